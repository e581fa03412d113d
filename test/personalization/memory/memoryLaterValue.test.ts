import { told } from '../../helpers/memoryChat';

/** A day moved, put off or extended later: only the newest value answers, and nothing else kept changes with it. */
describe('personal memory: the newest day after a change', () => {
  it('reads a day of the month said alone after a delay', async () => {
    const t = await told('the new sofa should be delivered on the 12th', "sofa is delayed, they're saying the 19th now");
    const reply = await t.ask("when's the sofa coming now?");
    expect(reply).toContain('19');
    expect(reply).not.toContain('12th');
  });

  it('tells the day a deadline was extended to, not the one it was', async () => {
    const t = await told('the deadline for essays was the 10th but they extended it to the 17th, so I can relax a bit');
    const reply = await t.ask("what's the essay deadline now?");
    expect(reply).toContain('17');
    expect(reply).not.toContain('10th');
  });

  it('moves only the day of the thing moved, told with the day it leaves behind', async () => {
    const t = await told('choir is every Tuesday at 7 in the church hall', 'my cleaner comes mon wed fri', "change of plan: choir is moving to Thursdays because the hall isn't free on Tuesdays anymore");
    const reply = await t.ask('what day is choir now?');
    expect(reply).toMatch(/thursday/i);
    expect(reply).not.toMatch(/tuesday/i);
    expect((await t.notes()).find((note) => note.includes('cleaner'))).toContain('mon wed fri');
  });

  it('takes the day someone comes instead of the one they cannot make', async () => {
    const t = await told('the electrician, Bram, is coming friday afternoon to fix the sockets', "oh update, bram can't make friday, he's coming monday morning instead");
    const reply = await t.ask('which day is the electrician coming?');
    expect(reply).toMatch(/monday/i);
    expect(reply).not.toMatch(/friday/i);
  });

  it('moves the day of an event kept with its time, the time as it was', async () => {
    const t = await told('The raffle draw is Saturday at 3pm', 'they emailed, raffle draw moved to Sunday, still 3pm');
    const day = await t.ask('what day is the raffle draw?');
    expect(day).toMatch(/sunday/i);
    expect(day).not.toMatch(/saturday/i);
  });
});
