import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * "which hats sell quickest?" read, unsure, as asking for the topics: an intent that has no answer for a question
 * leaves one that points at what the person told to the note that says it, though the note calls them "ones".
 */
describe('personal memory: a question the intent model is unsure of and has no answer for', () => {
  const lines = ['I knit hats from vintage yarn and sell them online', 'our mohair ones sell the quickest, always gone in a day'];

  it('is answered from the note that says it', async () => {
    const t = await told(...lines);
    expect(await t.ask('which hats sell quickest?')).toMatch(/mohair/);
  });

  it('still shows the topics and help when asked for them', async () => {
    const t = await told(...lines);
    expect(await t.ask('help')).not.toMatch(/mohair|you mentioned/i);
    expect(await t.ask('what topics are there?')).not.toMatch(/mohair|you mentioned/i);
  });

  it('is not answered from notes for someone who told nothing', async () => {
    expect(await memoryChat().ask('which hats sell quickest?')).not.toMatch(/mohair/);
  });
});
