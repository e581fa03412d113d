import { told } from '../../helpers/memoryChat';

/**
 * "which days do I …?", "what evenings …?": the days of the week a note lists answer, all of them, not only the
 * one the time recognizer reads with a time ("Wednesday evenings") nor the time beside them ("at 7am").
 */
describe('personal memory: which days something is on', () => {
  it('answers every day of a list, without the time said beside them', async () => {
    const t = await told('I row at the club mondays and fridays at 7am');
    const reply = await t.ask('which days do I row?');
    expect(reply).toMatch(/mondays and fridays/i);
    expect(reply).not.toContain('7am');
  });

  it('answers "what evenings" with all the days, the part of the day kept', async () => {
    const t = await told('I paint on Tuesday and Thursday evenings');
    const reply = await t.ask('what evenings do I paint?');
    expect(reply).toContain('Tuesday');
    expect(reply).toContain('Thursday');
  });

  it('still answers "what time" with the time, not a note that only says "each time"', async () => {
    const t = await told('i row at the club mondays and fridays at 7am', 'I do 12 km each time');
    expect(await t.ask('what time do I go rowing?')).toContain('7am');
  });
});

describe('personal memory: which days, of a note that says two lists of days', () => {
  it('answers the days said with what is asked about, a span of days kept whole', async () => {
    const t = await told('my bakery opens Monday to Thursday, and I teach yoga on Saturday and Sunday mornings');
    expect(await t.ask('which mornings do I teach yoga?')).toMatch(/Saturday and Sunday mornings/);
    expect(await t.ask('what days does my bakery open?')).toMatch(/Monday to Thursday/);
  });
});
