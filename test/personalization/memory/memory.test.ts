import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage } from '../../../src/storage/memoryStorage';
import { loadDialogs } from '../../../src/content/loadDialogs';
import { createRapport, REQUIRED_REPLIES } from '../../../src/createRapport';
import { ManualClock } from '../../../src/util/clock';
import { seededRandom } from '../../../src/util/random';
import { DIALOGS_DIR, isReply, realCatalog, sayText } from '../../helpers/testRapport';
import { told, memoryChat } from '../../helpers/memoryChat';

describe('personal memory through the turn pipeline', () => {
  it('keeps every fact of one message and acknowledges them in one reply', async () => {
    const t = memoryChat();
    const [reply] = await sayText(t.adapter, "I'm from Porto and I've got a cat named Bolacha");
    expect(isReply(reply, 'memory.noted', { facts: 'Porto and Bolacha the cat' })).toBe(true);
    const profile = await t.profile();
    expect(profile.memory.facts.map(({ key, value, detail }) => ({ key, value, detail }))).toEqual([
      { key: 'from', value: 'Porto', detail: undefined },
      { key: 'pet', value: 'Bolacha', detail: 'cat' },
    ]);
  });

  it('answers questions about the person from the profile, and says when it does not know', async () => {
    const t = await told('we adopted a greyhound, his name is Bolt');
    expect(await sayText(t.adapter, "what's my dog called?")).toEqual([expect.stringContaining('Bolt')]);
    const [unknown] = await sayText(t.adapter, 'where do I live?');
    expect(isReply(unknown, 'memory.unknown', { label: 'where you live' })).toBe(true);
    const profile = await t.profile();
    expect(profile.memory.facts).toHaveLength(1);
  });

  it('takes only real names: never a state, a diet or a pet name', async () => {
    const t = memoryChat();
    for (const line of ["I'm exhausted", "I'm vegan", 'we got a puppy, her name is Nala', "I'm Theo btw"]) await sayText(t.adapter, line);
    const profile = await t.profile();
    expect(profile.explicit.name).toBe('Theo');
    expect(profile.memory.facts.map((fact) => fact.value)).toEqual(['vegan', 'Nala']);
  });

  it('updates, takes back and forgets one thing without touching the rest', async () => {
    const t = await told('I live in Buenos Aires', 'scratch that, I moved to Montevideo', 'I have a son called Leo and a daughter called Mia', 'I love jazz', "I don't like jazz anymore");
    const [forgot] = await sayText(t.adapter, 'forget about my son');
    expect(isReply(forgot, 'memory.forgot', { label: 'your children' })).toBe(true);
    const profile = await t.profile();
    expect(profile.memory.facts.map(({ key, value }) => `${key}:${value}`)).toEqual(['home:Montevideo', 'child:Mia', 'dislike:jazz']);
    expect(profile.learned.city).toBe('Montevideo');
    expect(JSON.stringify(profile.memory.turns)).not.toContain('Leo');
    // A daughter is still known: no son that was told of.
    const [son] = await sayText(t.adapter, 'do I have a son?');
    expect(isReply(son, 'memory.notTold', { detail: 'sons' })).toBe(true);
  });

  it('does not show personal facts in a shared conversation', async () => {
    const t = await told('my wife is called Sara');
    const group = t.adapterFor('dana-1', { id: 'group-1', isGroup: true, conversationType: 'groupChat' });
    const [reply] = await sayText(group, "what's my wife's name?");
    expect(reply).not.toContain('Sara');
    expect(isReply(reply, 'privacy.shared')).toBe(true);
  });

  it('learns nothing while private mode is on', async () => {
    const t = await told('/private on');
    const [reply] = await sayText(t.adapter, 'I work as an electrician');
    expect(isReply(reply, 'fact.notLearning')).toBe(true);
    expect((await t.profile()).memory.facts).toEqual([]);
  });

  it('learns a fact kind a writer adds in dialogs/ without code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-dialogs-'));
    cpSync(DIALOGS_DIR, dir, { recursive: true });
    writeFileSync(
      join(dir, 'car.yaml'),
      ['facts:', '  car:', '    label: your car', '    say: [i drive a, my car is a]', '    ask: [my car, what car do i drive, what do i drive]', '    answer:', '      - "You drive a {{value}}."', ''].join('\n'),
    );
    const content = loadDialogs(dir, REQUIRED_REPLIES);
    const rapport = createRapport({ content, storage: new MemoryStorage(), clock: new ManualClock('2026-03-02T10:00:00Z'), random: seededRandom(3), lapsedAfterDays: 14, catalog: realCatalog() });
    const ask = async (text: string) => (await rapport.runTurn({ kind: 'message', channelId: 'test', userId: 'fan', conversationId: 'c', text })).replies.map((reply) => reply.text);
    await ask('I drive a Fiat Panda');
    expect(await ask('what car do I drive?')).toEqual(['You drive a Fiat Panda.']);
  });
});

describe('other wording through the turn pipeline', () => {

  it('forgets the name alone, then says it does not know it', async () => {
    const t = await told("I'm Yuki", 'I live in Tokyo');
    const [forgot] = await sayText(t.adapter, 'please forget my name');
    expect(isReply(forgot, 'memory.forgot', { label: 'your name' })).toBe(true);
    const profile = await t.profile();
    expect(profile.explicit.name).toBeUndefined();
    expect(profile.memory.facts.map((fact) => fact.value)).toEqual(['Tokyo']);
    const [asked] = await sayText(t.adapter, "what's my name?");
    expect(isReply(asked, 'name.unknown')).toBe(true);
  });

  it('answers what kind of dog with the breed, and the dog question with the name', async () => {
    const t = await told("I've got a beagle named Toby");
    const [sort] = await sayText(t.adapter, 'what kind of dog do I have?');
    expect(isReply(sort, 'fact.pet.sortAnswer', { value: 'beagle' })).toBe(true);
    expect(sort).not.toContain('Toby');
    const [name] = await sayText(t.adapter, "what's my dog's name?");
    expect(isReply(name, 'fact.pet.answer', { value: 'Toby', detail: 'dog' })).toBe(true);
    await t.tell('forget my dog');
    expect((await t.profile()).memory.facts).toEqual([]);
  });

  it('answers a question that sounds like a feeling, and keeps a statement made with its own phrase', async () => {
    const t = await told("I can't eat shellfish");
    const [reply] = await sayText(t.adapter, "what can't I eat?");
    expect(reply).toContain('shellfish');
  });

  it.each(['Ciao', 'Bonjour', 'Namaste', 'Aloha', 'Hola amigo', 'Oi'])('does not take the greeting "%s" for a name when asked for one', async (greeting) => {
    const t = await told('hi', greeting);
    expect((await t.profile()).explicit.name).toBeUndefined();
  });

  it('reads a statement after a phrase of time, and keeps a birthplace apart from a home', async () => {
    const t = await told('I was born in Braga but these days I live in Berlin');
    expect((await sayText(t.adapter, 'where do I live now?')).join(' ')).toContain('Berlin');
    expect((await sayText(t.adapter, 'where was I born?')).join(' ')).toMatch(/Braga/);
  });

  it('"forget where I live" also forgets the city and time zone learned from it, and /profile shows the home once', async () => {
    const t = await told('I live in Lisbon');
    const before = (await sayText(t.adapter, '/profile')).join('\n');
    // Once as where you live (and in the time zone's name), not again as a learned city.
    expect(before.match(/(?<!\/)Lisbon/g)).toHaveLength(1);
    expect((await t.profile()).learned).toMatchObject({ city: 'Lisbon', timeZone: 'Europe/Lisbon' });
    await t.tell('please forget where I live');
    const profile = await t.profile();
    expect(profile.learned.city).toBeUndefined();
    expect(profile.learned.timeZone).toBeUndefined();
    expect(JSON.stringify(profile)).not.toContain('Lisbon');
  });

  it('answers a feeling told with a fact, and keeps both ("my dog Kiko is sick, I\'m worried")', async () => {
    const t = memoryChat();
    const replies = (await sayText(t.adapter, "my dog Kiko is sick, I'm worried")).join('\n').split('\n');
    expect(replies).toHaveLength(2);
    expect(isReply(replies[0], 'feelNervous')).toBe(true);
    expect(isReply(replies[1], 'memory.noted', { facts: 'Kiko the dog' })).toBe(true);
    const profile = await t.profile();
    expect(profile.memory.facts.map((fact) => fact.value)).toEqual(['Kiko']);
    expect(profile.learned.mood).toBeLessThan(0);
  });

  it('lets a pet go when its loss is told, and answers the news instead of noting it', async () => {
    const t = await told('I have a cat called Miso and a dog called Rex');
    const [reply] = await sayText(t.adapter, 'my cat Miso passed away last week');
    expect(reply).not.toContain('Miso');
    expect(isReply(reply, 'memory.noted', { facts: 'Miso the cat' })).toBe(false);
    const profile = await t.profile();
    // Kept as a pet the person had, no longer as theirs now.
    expect(profile.memory.facts.map((fact) => `${fact.key}:${fact.value}`)).toEqual(['pet:Rex', 'formerPet:Miso']);
  });

  it('keeps what is told after a loss, and says sorry first ("she died last spring, now we\'ve got a goldfish called Noodle")', async () => {
    const t = memoryChat();
    const replies = (await sayText(t.adapter, "we had a hamster but she died last spring 😢 now we've got a goldfish called Noodle")).join('\n').split('\n');
    expect(isReply(replies[0], 'memory.loss')).toBe(true);
    expect(isReply(replies[1], 'memory.noted', { facts: 'Noodle the goldfish' })).toBe(true);
    expect(await sayText(t.adapter, 'what pet do I have now?')).toEqual([expect.stringContaining('Noodle')]);
  });

  it('"forget that I like chess" forgets chess, not the last thing said', async () => {
    const t = await told('I really enjoy chess and jazz', "I'm not into football at all");
    const [forgot] = await sayText(t.adapter, 'forget that I like chess');
    expect(isReply(forgot, 'memory.forgot', { label: 'chess' })).toBe(true);
    const profile = await t.profile();
    expect(profile.memory.facts.map(({ key, value }) => `${key}:${value}`)).toEqual(['like:jazz', 'dislike:football']);
  });

  it('takes a capitalized word after "called" as a name even when it is also an adjective, and keeps both children', async () => {
    const t = await told('my son is called Leo and my daughter is called Alma', 'we have a dog called Lucky');
    const profile = await t.profile();
    expect(profile.memory.facts.map(({ value, detail }) => `${detail}:${value}`)).toEqual(['son:Leo', 'daughter:Alma', 'dog:Lucky']);
    expect(profile.explicit.name).toBeUndefined();
  });

  it('answers "where am I from?" with where the person moved from when that is all it knows', async () => {
    const t = await told('I moved to Toronto from Mumbai');
    expect((await sayText(t.adapter, 'where am I originally from?')).join(' ')).toContain('Mumbai');
  });

  it('answers "what should you call me?" with the person\'s own name, not the bot\'s', async () => {
    const t = memoryChat();
    const [unknown] = await sayText(t.adapter, 'what should you call me?');
    expect(isReply(unknown, 'name.unknown')).toBe(true);
    await t.tell('call me Dana');
    const [known] = await sayText(t.adapter, 'what should you call me?');
    expect(isReply(known, 'name.known', { name: 'Dana' })).toBe(true);
  });

  it('keeps where someone is for now apart from their home', async () => {
    const t = await told('I live in Lisbon', "I'm in Vienna for work");
    expect((await sayText(t.adapter, 'where do I live?')).join(' ')).toContain('Lisbon');
    expect((await sayText(t.adapter, 'where am I right now?')).join(' ')).toContain('Vienna');
    const profile = await t.profile();
    expect(profile.learned.city).toBe('Lisbon');
  });

  it('keeps a subject studied and a name with a number in it', async () => {
    const t = await told("I'm a student studying physics", 'I love watching Formula 1');
    const profile = await t.profile();
    expect(profile.memory.facts.map(({ key, value }) => `${key}:${value}`)).toEqual(['job:student', 'study:physics', 'like:watching Formula 1']);
  });

  it('keeps a partner told as "married to" and answers when asked about a wife', async () => {
    const t = await told('married to Ana');
    const [reply] = await sayText(t.adapter, "what's my wife called?");
    expect(isReply(reply, 'fact.partner.answer', { value: 'Ana', detail: 'wife' })).toBe(true);
  });

  it('keeps "my partner is Sam" under the noun said, and acknowledges it in full', async () => {
    const t = memoryChat();
    const [noted] = await sayText(t.adapter, 'my partner is Sam');
    expect(noted).toContain('Sam, your partner');
    expect(await sayText(t.adapter, "who's my partner?")).toEqual([expect.stringContaining('Sam')]);
  });
});

describe('questions narrowed by a category (WordNet)', () => {
  it('answers only the likes of the kind asked about', async () => {
    const t = await told('I love jazz, tennis and pottery');
    const music = (await sayText(t.adapter, 'what kind of music am I into?')).join(' ');
    expect(music).toContain('jazz');
    expect(music).not.toMatch(/tennis|pottery/);
    const sports = (await sayText(t.adapter, 'which sports do I like?')).join(' ');
    expect(sports).toContain('tennis');
    expect(sports).not.toMatch(/jazz|pottery/);
    expect((await sayText(t.adapter, 'what do I like?')).join(' ')).toMatch(/jazz.*tennis.*pottery/);
  });
});
