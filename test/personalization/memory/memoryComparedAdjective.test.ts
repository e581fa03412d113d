import { told } from '../../helpers/memoryChat';

/** "how old is my parrot?" of "a parrot who is older than my husband": an adjective said to compare meets its plain form. */
describe('personal memory: an adjective said to compare meets the question\'s plain one', () => {
  it('answers from the note that says the thing asked with the compared form, over one that says only the plain adjective', async () => {
    const t = await told('we share the flat with a grey parrot named Kiwi who is older than my husband, she is 52', 'my van is an old Transit with 190k miles on it');
    const reply = await t.ask('how old is my parrot?');
    expect(reply).toContain('52');
    expect(reply).not.toContain('190');
  });
});
