import { told } from '../../helpers/memoryChat';

/**
 * "how many / how much / how fast / what's my rate" asked of figures the person said: the figure of what is asked,
 * not the question's own number, not the whole a share is of, not the count on the way to the new total.
 */
describe('personal memory: quantities asked of figures told', () => {
  it('counts a kind of many values when asked "how many"', async () => {
    const t = await told('I speak polish, italian and spanish');
    expect(await t.ask('how many languages do I speak?')).toMatch(/\b3\b/);
  });

  it('does not answer with the number the question says itself', async () => {
    const t = await told('went to the estuary on sunday, counted avocets, 52 on one mudflat');
    expect(await t.ask('how many avocets did I count on one mudflat?')).toMatch(/\b52\b/);
  });

  it('answers a share, not the whole it is of', async () => {
    const t = await told('the ferry has been late 9 out of 12 mornings this month');
    expect(await t.ask('how many mornings has the ferry been late?')).toMatch(/\b9\b/);
  });

  it('answers the total said after "make that", not the count on the way', async () => {
    const t = await told('I teach piano from home, 11 students right now', 'signed up 3 new students today so make that 14');
    expect(await t.ask('how many students do I have now?')).toMatch(/\b14\b/);
  });

  it('answers a rate typed with "/hr" as a price, not as hours', async () => {
    const t = await told('doing translation on the side, charging the agency 48/hr for legal work, maybe 30 hours total');
    expect(await t.ask('how much am i charging for legal work')).toMatch(/\b48\b/);
  });

  it('finds a rate asked by "rate" in a note that says what is charged per hour', async () => {
    const t = await told('i do dog walking, i charge $18/hr or 90 a week for daily walks');
    expect(await t.ask("what's my hourly rate?")).toMatch(/\b18\b/);
  });

  it('answers "how fast" with a figure in a unit the number reader does not know', async () => {
    const t = await told('practising touch typing every evening, up to 62 wpm now, aiming for 80 by summer');
    expect(await t.ask('how fast is my typing now?')).toMatch(/\b62\b/);
  });

  it('answers "how many nights a week" from a figure that counts nights after a noun', async () => {
    const t = await told('still busking to cover rent, session drummer 3 nights a week');
    expect(await t.ask('how many nights a week do i drum')).toMatch(/\b3\b/);
  });

  it('answers a ranking with the place said since, an ordinal after a verb', async () => {
    const t = await told('I play padel on the national tour, ranked 41 in Spain this year', 'tour update: finished 12th overall after Valencia');
    expect(await t.ask("what's my tour ranking")).toMatch(/\b12th\b/);
  });

  it('answers a figure typed with its unit on it, not a bare figure said of another lift', async () => {
    const t = await told('my snatch PB is 72kg, front squat 95');
    const reply = await t.ask('what is my snatch pb?');
    expect(reply).toMatch(/\b72/);
    expect(reply).not.toMatch(/\b95\b/);
  });

  it("answers a figure typed after its currency's letters, not the thousands cut from it", async () => {
    const t = await told('saving for a wedding, venue budget is KES900,000');
    expect(await t.ask('what was the venue budget again?')).toMatch(/900/);
  });
  it('answers a pb typed as a clock time with that time alone, not where it was run', async () => {
    const t = await told('half marathon PB is 1:38:12 from Cardiff');
    const reply = await t.ask("what's my half marathon pb");
    expect(reply).toMatch(/1:38:12/);
    expect(reply).not.toMatch(/Cardiff/);
  });
});
