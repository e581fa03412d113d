import { told } from '../../helpers/memoryChat';

/** "when …?" of a note that says both "this year" and a day of the month: the day says when, the year only which one. */
describe('personal memory: a day of the month answers "when", not the year beside it', () => {
  it('answers the date, not "this year"', async () => {
    const t = await told("I'm organising the school reunion this year. it's on the 3rd of October");
    const reply = await t.ask("when's the school reunion?");
    expect(reply).toContain('3rd of October');
    expect(reply).not.toContain('this year');
  });

  it('answers the date, not the season', async () => {
    const t = await told("we're renewing our vows next summer, 14 July at the old chapel");
    expect(await t.ask('when are we renewing our vows?')).toContain('14 July');
  });

  it('still answers a year when that is all the note says', async () => {
    const t = await told("I've been captain of the darts team since 2019");
    expect(await t.ask('since when have I been captain?')).toContain('2019');
  });
});
