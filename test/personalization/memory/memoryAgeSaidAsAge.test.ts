import { isReply } from '../../helpers/testRapport';
import { told, type MemoryChat } from '../../helpers/memoryChat';

/** An age is kept only when it is said as one: a number in a clock time, a duration, a count or a rate is none. */
describe('personal memory: only an age said as an age', () => {
  const ages = async (t: MemoryChat) => (await t.facts()).filter((fact) => fact.startsWith('age:'));
  const noAge = (reply: string) => isReply(reply, 'memory.unknown', { label: 'your age' });

  it('takes no age from the minutes of a clock time or a race time', async () => {
    const t = await told('choir practice is never skipped, tuesdays at 6:40', 'my marathon best is 3:41:09');
    expect(await ages(t)).toEqual([]);
    expect(noAge(await t.ask('how old am I?'))).toBe(true);
  });

  it('keeps the age told when a time is said later', async () => {
    const t = await told('Mirela, 46', 'my ferry leaves at 8:05 on weekdays');
    expect(await ages(t)).toEqual(['age:46']);
    expect(isReply(await t.ask('how old am I?'), 'fact.age.answer', { value: '46' })).toBe(true);
  });

  it('keeps a time whole in what is kept in the person’s words', async () => {
    const t = await told('I never skip open mic night at 9:15 at the Crown');
    expect(((await t.profile()).memory.notes ?? []).map((note) => note.text)).toEqual(['I never skip open mic night at 9:15 at the Crown']);
  });

  it('takes no age from a number after a name that counts or measures something', async () => {
    for (const line of ['Dario, 20 mins from the stadium', 'Ola, 12 hours a week at the bakery', 'Kemi, 3 kids and a parrot', 'Rhys, 40 years on the railways', 'Suki, 15 a month on the gym', 'Bram, 60 miles from the coast']) {
      const t = await told(line);
      expect([line, await ages(t)]).toEqual([line, []]);
    }
  });

  it('still takes a bare number after the person’s own name as their age', async () => {
    expect(await ages(await told('Ines, 52, nurse'))).toEqual(['age:52']);
    expect(await ages(await told('Tove, 61 years old, retired'))).toEqual(['age:61']);
  });

  it('answers "how old am I?" only from an age told, not from a number in a note or someone else’s age', async () => {
    const t = await told('I coach 3 squads, around 70 kids all told', 'my niece is 9 and my nephew is 13');
    expect(await ages(t)).toEqual([]);
    expect(noAge(await t.ask('how old am I?'))).toBe(true);
    // "28 years" kept in the person's words says how long, not how old.
    const years = await told('Petra, 28 years on the buses and counting');
    expect(noAge(await years.ask('how old am I?'))).toBe(true);
  });
});
