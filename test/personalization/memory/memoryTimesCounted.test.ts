import { told } from '../../helpers/memoryChat';

/** "how many times …?": a word that says how many times ("twice") answers, not an age said beside it. */
describe('personal memory: how many times', () => {
  it('answers with the times said, not with an age', async () => {
    const t = await told('our lurcher Moss is 3 and got sent back twice before we adopted him');
    const reply = await t.ask('how many times was Moss sent back before we adopted him?');
    expect(reply).toContain('twice');
    expect(reply).not.toMatch(/\b3\b/);
  });
});
