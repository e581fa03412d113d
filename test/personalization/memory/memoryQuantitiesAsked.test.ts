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
    const t = await told('doing translation work on the side, billing them 48/hr for legal texts, about 30 hours so far');
    expect(await t.ask('how much am I billing for legal texts?')).toMatch(/\b48\b/);
  });

  it('finds a rate asked by "rate" in a note that says what is charged per hour', async () => {
    const t = await told('i do dog walking, i charge $18/hr or 90 a week for daily walks');
    expect(await t.ask("what's my hourly rate?")).toMatch(/\b18\b/);
  });

  it('answers "how fast" with a figure in a unit the number reader does not know', async () => {
    const t = await told('practising touch typing every evening, up to 62 wpm now, aiming for 80 by summer');
    expect(await t.ask('how fast is my typing now?')).toMatch(/\b62\b/);
  });

  it('answers "how many days a week" from a figure that counts days after a noun', async () => {
    const t = await told('picking up shifts to cover bills, supply nurse 4 days a week');
    expect(await t.ask('how many days a week do i work as a nurse')).toMatch(/\b4\b/);
  });
});
