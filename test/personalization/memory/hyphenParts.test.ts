import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * "when's the drop-in session?" of "I volunteer at a drop in clinic": a compound with a little word in it ("in") is
 * written with a hyphen or apart alike, though the little word is never kept among a note's words.
 */
describe('personal memory: a hyphened compound with a little word, said apart', () => {
  it('answers from the note that says the compound apart', async () => {
    const t = await told('I volunteer at a drop in clinic for refugees on wednesday evenings');
    expect(await t.ask("when's the drop-in session?")).toMatch(/wednesday/i);
  });

  it('does not answer for someone who told nothing of it', async () => {
    expect(await memoryChat().ask("when's the drop-in session?")).not.toMatch(/wednesday|told me|you said/i);
  });
});
