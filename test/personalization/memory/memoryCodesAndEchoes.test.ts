import { told } from '../../helpers/memoryChat';

/**
 * A number that says which one is told back whole, as typed in its parts; a question's own words are never its
 * answer, however the note writes them; of two notes for a price, the one that says a price answers.
 */
describe('personal memory: codes, echoes and the note that holds a price', () => {
  it('reads a code with letters and a dash, not a sum said per month, as the number asked for', async () => {
    const t = await told('we moor in berth D-14 at the marina, the berth fee is 640 a month');
    expect(await t.ask("what's my berth number?")).toMatch(/D-14/);
  });

  it('reads a phone number typed in groups as one number', async () => {
    const t = await told('the plumber is Kofi, his number is 07911 123 456');
    expect(await t.ask("what's the plumber's number?")).toMatch(/07911 123 456/);
  });

  it('keeps a reference in parts split by slashes whole', async () => {
    const t = await told('the council gave me a case ref 12/3345/23 for the pothole');
    expect(await t.ask('what did I say about the pothole?')).toMatch(/12\/3345\/23/);
  });

  it('does not answer "who" with a hyphenated name the question says', async () => {
    const t = await told('sailing from Oban on a Nauticat-Halcyon this summer');
    expect(await t.ask('who owns the nauticat halcyon?')).not.toMatch(/Nauticat-Halcyon,/);
  });

  it('does not answer a price from a note whose figure is an age when another note says the price', async () => {
    const t = await told('my gran is 88 and had a cataract op in June, she is fine now', 'the private cataract op cost us 900');
    expect(await t.ask("how much did gran's cataract op cost?")).not.toMatch(/\b88\b/);
  });
});
