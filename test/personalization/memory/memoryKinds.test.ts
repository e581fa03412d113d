import { isReply, sayText } from '../../helpers/testRapport';
import { told, memoryChat } from '../../helpers/memoryChat';

/** Kinds declared only in dialogs/memory.yaml (teams, instruments, vehicles), and questions about oneself read loosely. */
describe('teams, instruments and vehicles', () => {

  it('keeps the team someone is a fan of by name, and a fan of a common word as a like', async () => {
    const t = await told('massive Boca Juniors fan, obviously', 'I also root for the Packers', "I'm a big fan of jazz");
    expect(await t.facts()).toEqual(['team:Boca Juniors', 'team:the Packers', 'like:jazz']);
    expect(isReply(await t.ask('which teams do I support?'), 'fact.team.answer', { value: 'Boca Juniors and the Packers' })).toBe(true);
    expect(isReply(await t.ask('what music am I into?'), 'fact.like.answer', { value: 'jazz' })).toBe(true);
  });

  it('keeps a team said with a supporter idiom, in lower case too, and answers questions worded with the sport or slang', async () => {
    const t = await told('celtic til i die lol');
    expect(await t.facts()).toEqual(['team:celtic']);
    expect(isReply(await t.ask('what soccer team do i follow?'), 'fact.team.answer', { value: 'celtic' })).toBe(true);
    expect(isReply(await t.ask('which club do I ride for?'), 'fact.team.answer', { value: 'celtic' })).toBe(true);
  });

  it('reads a team said after a comma in a list of what one plays as a statement of its own', async () => {
    const t = await told('I play rugby at the weekends, Leinster fan of course');
    expect(await t.facts()).toEqual(['like:rugby', 'team:Leinster']);
  });

  it('reads a team said as a fan with a filler before the comma, after a colon, and another one said with "too"', async () => {
    const t = await told('massive Packers fan tbh, it hurts most seasons', 'Basketball though: Celtics forever. Red Sox too lol');
    expect(await t.facts()).toEqual(['team:Packers', 'team:Celtics', 'team:Red Sox']);
    expect(isReply(await t.ask('which basketball team do I support?'), 'fact.team.answer', { value: 'Packers, Celtics, and Red Sox' })).toBe(true);
  });

  it('answers a team question from likes when the team was only said as a like', async () => {
    const t = await told('I follow the Yankees');
    expect(isReply(await t.ask('what team do I support?'), 'fact.like.answer', { value: 'the Yankees' })).toBe(true);
  });

  it('keeps an instrument played as an instrument and a game played as a like', async () => {
    const t = await told('I play the cello in a community orchestra', 'I play chess with my dad');
    expect(await t.facts()).toEqual(['instrument:the cello', 'like:chess']);
    expect(isReply(await t.ask('which instruments do I play?'), 'fact.instrument.answer', { value: 'the cello' })).toBe(true);
    expect(isReply(await t.ask('what games do I play?'), 'fact.like.answer', { value: 'chess' })).toBe(true);
  });

  it('keeps what someone drives or rides, with a label too, and says when it does not know', async () => {
    const t = memoryChat();
    expect(isReply(await t.ask('what car do I drive?'), 'memory.unknown', { label: 'what you drive' })).toBe(true);
    await t.tell('I drive a Skoda Octavia');
    expect(isReply(await t.ask('what car do I drive?'), 'fact.vehicle.answer', { value: 'Skoda Octavia' })).toBe(true);
    const other = await told('motorbike: yamaha mt-07, 3 years old now');
    expect(await other.facts()).toEqual(['vehicle:yamaha mt-07']);
    expect(isReply(await other.ask('what bike do I have?'), 'fact.vehicle.answer', { value: 'yamaha mt-07' })).toBe(true);
  });

  it('forgets a new kind by name and removes it with /profile remove', async () => {
    const t = await told('I support Benfica', 'I ride a Vespa');
    const profile = (await sayText(t.adapter, '/profile')).join('\n');
    expect(profile).toContain('Benfica');
    expect(profile).toContain('Vespa');
    expect(isReply((await t.ask('forget my team')).split('\n')[0], 'memory.forgot', { label: 'the teams you support' })).toBe(true);
    expect(await t.facts()).toEqual(['vehicle:Vespa']);
    await t.tell('/profile remove fact vehicle');
    expect(await t.facts()).toEqual([]);
  });
});

describe('questions about oneself read loosely', () => {

  it('answers a question with words no kind is asked with from the kind its own words name', async () => {
    const t = await told('I love kayaking', "I can't stand ketchup");
    expect(isReply(await t.ask('what do I love doing on the water?'), 'fact.like.answer', { value: 'kayaking' })).toBe(true);
    expect(isReply(await t.ask('which sauce do I hate?'), 'fact.dislike.answer', { value: 'ketchup' })).toBe(true);
  });

  it('keeps what one is getting into as a like, and answers a question narrowed by a word no kind knows', async () => {
    const t = await told("I'm trying to get into bouldering");
    expect(isReply(await t.ask('what new hobby am I getting into?'), 'fact.like.answer', { value: 'bouldering' })).toBe(true);
  });

  it('answers what sport one does from a note of a verb done for its own sake, not of one done to something', async () => {
    const t = await told('I run a small bakery', 'we swim in the sea before breakfast most days');
    expect(await t.ask('what sport do I do?')).toContain('swim');
  });

  it('keeps a hobby said as done whenever one can, in a list of other things', async () => {
    const t = await told("I'm a nurse, sea swimming every chance I get, and I have a cat called Pip");
    expect(isReply(await t.ask('what do I do in my spare time?'), 'fact.like.answer', { value: 'sea swimming' })).toBe(true);
  });

  it('leaves out what a question sets apart ("apart from")', async () => {
    const t = await told('I love jazz and pottery');
    expect(isReply(await t.ask("what's my hobby besides music?"), 'fact.like.answer', { value: 'pottery' })).toBe(true);
  });

  it('answers what one does in free time from what was said, not from work', async () => {
    const t = await told("I'm a pharmacist", 'I go birdwatching on the weekends');
    const reply = await t.ask('what do I do at weekends?');
    expect(reply).toContain('birdwatching');
    expect(reply).not.toContain('pharmacist');
  });

  it('answers from a note that says the word no kind is asked with, before the kind', async () => {
    const t = await told("I'm a welder. Running along the canal most fridays.");
    const reply = await t.ask('what do I run on fridays?');
    expect(reply).toContain('canal');
  });
});

describe('surname', () => {

  it('keeps the family name said with one\'s name, calls one by the first, and answers the surname', async () => {
    const t = memoryChat();
    const replies = await sayText(t.adapter, "Hello there, I'm Ingrid Solberg, I live in Bergen");
    expect(replies.join('\n').split('\n').some((line) => isReply(line, 'name.saved', { name: 'Ingrid' }))).toBe(true);
    expect((await t.facts()).sort()).toEqual(['home:Bergen', 'surname:Solberg']);
    expect(isReply(await t.ask('what is my family name?'), 'fact.surname.answer', { value: 'Solberg' })).toBe(true);
  });

  it('says it knows only the first name when no surname was given, and that it knows neither when no name was', async () => {
    const t = memoryChat();
    expect(isReply(await t.ask("what's my last name?"), 'fact.surname.unknown', { label: 'your surname' })).toBe(true);
    await t.tell('call me Priya');
    const reply = await t.ask('do you know my surname?');
    expect(isReply(reply, 'fact.surname.unknown', { label: 'your surname', name: 'Priya' })).toBe(true);
    expect(reply).toContain('Priya');
  });

  it('keeps a vehicle said as one\'s ride or with "drive" and no "I", and a pet after a possessive and a word that describes it', async () => {
    const t = await told('my ride is a 2015 tacoma, love that truck');
    expect(await t.ask('what do I drive?')).toContain('tacoma');
    const s = await told('drive an old Volvo estate, it never dies');
    expect(await s.ask('what car do I have?')).toContain('Volvo');
    const p = await told('we live on a farm with our rescue lurcher Ziggy');
    expect(await p.ask("what's my dog called?")).toContain('Ziggy');
    const q = await told('got a kelpie called Red, best worker on the place');
    expect(await q.ask('what breed is my dog?')).toContain('kelpie');
  });

  it('reads a favourite show said as telly, and a dislike said with "can\'t abide"', async () => {
    const t = await told('fave telly is Bluey, no shame');
    expect(await t.ask("what's my favourite tv show?")).toContain('Bluey');
    await t.tell("I can't abide golf on the telly");
    expect(await t.ask('what sport do I dislike?')).toContain('golf');
  });
});
