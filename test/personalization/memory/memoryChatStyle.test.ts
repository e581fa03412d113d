import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** How young people type about themselves: bare lists, a family's move, what they ride, where they play. */
describe('personal memory in chat style', () => {
  it('reads a name, an age and a place said bare in one message', async () => {
    const t = await told('yo', 'aiko. 16. nagoya');
    expect((await t.profile()).explicit.name).toBe('Aiko');
    expect(await t.facts()).toEqual(['age:16', 'home:Nagoya']);
  });

  it('reads an age after what one is, and a place after it, as clauses of their own', async () => {
    const t = await told('im a senior, 18, in denver');
    expect(await t.facts()).toEqual(['schoolYear:senior', 'age:18', 'home:Denver']);
    // Said after someone, the number is theirs.
    const parent = await told('I have a daughter, 6');
    expect((await parent.facts()).filter((fact) => fact.startsWith('age:'))).toEqual([]);
  });

  it('keeps a place as home when the family moved there, or it is called home', async () => {
    expect(await (await told('my family moved to Ghent last year')).facts()).toEqual(['home:Ghent']);
    expect(await (await told('Utrecht is home now')).facts()).toEqual(['home:Utrecht']);
  });

  it('keeps which vehicle after a comma', async () => {
    const t = await told('got a scooter, vespa primavera');
    expect(await t.facts()).toEqual(['vehicle:vespa primavera']);
    expect(isReply(await t.ask('what do i ride?'), 'fact.vehicle.answer', { value: 'vespa primavera' })).toBe(true);
  });

  it('keeps the position played in a team, apart from an instrument or a sport', async () => {
    const t = await told('i play shortstop on the school team', 'I play the cello', 'I play tennis');
    expect(await t.facts()).toEqual(['position:shortstop', 'instrument:the cello', 'like:tennis']);
    expect(isReply(await t.ask('what position do i play?'), 'fact.position.answer', { value: 'shortstop' })).toBe(true);
    expect(await (await told('i play goalkeeper for my club')).facts()).toEqual(['position:goalkeeper']);
  });

  it('hears "who am I a fan of?" as a question about what one is a fan of, not one’s name', async () => {
    const t = await told("I'm Marek", 'massive Rangers fan');
    const reply = await t.ask('who am i a huge fan of?');
    expect(reply).toContain('Rangers');
    expect(reply).not.toContain('Marek');
    expect(await t.ask('who am i?')).toContain('Marek');
  });
});

describe('when something is done is no part of it', () => {
  it('ends a value before a time of the week or day', async () => {
    const t = await told('i play squash on weekends', 'I love swimming in the mornings');
    expect(await t.facts()).toEqual(['like:squash', 'like:swimming']);
  });
});

describe('plans', () => {
  it('keeps what one hopes to study, become or where to work, and answers it', async () => {
    const t = await told('wanna study law at uni after school', 'honestly I hope to become a pilot one day', "I'm trying to get a job at the aquarium");
    expect(await t.facts()).toEqual(['plan:study law', 'plan:become a pilot', 'plan:work at the aquarium']);
    expect(await t.ask('what do i want to study later?')).toContain('study law');
    // "I'm a …" is still loose, so a feeling said with it is not kept as work.
    expect(await (await told("I'm a wreck today, honestly")).facts()).toEqual([]);
  });

  it('keeps no plan from a request to the bot', async () => {
    const t = await told('I want to book a table for two', 'i want to go to the cinema tonight', 'I would like to open an account');
    expect(await t.facts()).toEqual([]);
  });
});

describe('the year of school or university', () => {
  it('keeps the year said beside what one studies, and answers it', async () => {
    const t = await told('3rd year physics student at Bristol');
    expect(await t.facts()).toEqual(['study:physics', 'school:Bristol', 'schoolYear:3rd year']);
    expect(isReply(await t.ask('what year am i in?'), 'fact.schoolYear.answer', { value: '3rd year' })).toBe(true);
    expect(await (await told('im a sophomore at rutgers')).facts()).toEqual(['school:rutgers', 'schoolYear:sophomore']);
  });

  it('keeps no year said of someone else', async () => {
    const t = await told('my brother is in his final year at Leeds', 'my daughter is in year 9', 'the first year of the course was hard');
    expect((await t.facts()).filter((fact) => fact.startsWith('schoolYear'))).toEqual([]);
  });
});
