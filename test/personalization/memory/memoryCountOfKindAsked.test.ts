import { told } from '../../helpers/memoryChat';

/**
 * "how many people do I manage?" of "9 electricians answer to me": a count is answered by the note that counts the
 * noun asked, or a kind of it, though another note says more of the question's words.
 */
describe('personal memory: a count answered by the note that counts what is asked', () => {
  it('answers a count of a kind of the noun asked, in other words than the question', async () => {
    const t = await told('I run the maintenance crew at a big hotel in Leeds, 9 electricians answer to me', 'we got a new van for the crew last spring');
    const reply = await t.ask('how many people do I supervise?');
    expect(reply).toContain('9');
  });

  it('answers by the note that counts the noun over one that says more of the question', async () => {
    const t = await told('there are 31 volunteers on the rota this year', 'I chair the volunteer committee of the garden club too');
    const reply = await t.ask('how many volunteers are in our club?');
    expect(reply).toContain('31');
  });
});
