import { told } from '../../helpers/memoryChat';

/**
 * "how many people am I in charge of?" of "14 drivers report to me": a count is answered by the note that counts the
 * noun asked or a kind of it WordNet files under it, though it shares no other word with the question.
 */
describe('personal memory: a count answered by the note that counts a kind of what is asked', () => {
  it.each(['how many people am I in charge of?', 'how many people do I oversee?'])('answers "%s" from a count of drivers', async (question) => {
    const t = await told('I lead the night shift at the depot, 14 drivers report to me', 'the depot got 3 new vans in May');
    const reply = await t.ask(question);
    expect(reply).toContain('14');
    expect(reply).not.toContain('3');
  });

  it('does not take a length in years for a count of times', async () => {
    const t = await told("i've hosted the pub quiz at the Anchor for 4 years", 'I keep bees on the roof');
    const reply = await t.ask('how many times have i been rained off?');
    expect(reply).not.toContain('4 years');
    expect(reply).toMatch(/haven't told/);
  });
});
