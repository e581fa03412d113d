import { told, type MemoryChat } from '../../helpers/memoryChat';

/** Where people live and come from, said the way people say it: described, in lower case, by a town the bot does not list. */
describe('personal memory: homes and origins', () => {
  const facts = async (t: MemoryChat) => (await t.profile()).memory.facts.map(({ key, value }) => `${key}:${value}`);

  it('reads a place described before its name: "a little fishing village called …", "a small town near … called …"', async () => {
    const t = await told('I grew up in a little fishing village called Ballycotton', 'these days we live in a small town near Leeds called Otley');
    expect(await t.ask('where am I from?')).toContain('Ballycotton');
    const home = await t.ask('where do I live?');
    expect(home).toContain('Otley');
    expect(home).not.toContain('Leeds');
  });

  it('takes the name of a group one is in ("a choir called …") for no home, while "a village called …" still is one', async () => {
    const t = await told("I'm in a choir called the Larks", 'we live in a tiny village called Slad');
    expect((await facts(t)).filter((fact) => fact.startsWith('home:'))).toEqual(['home:Slad']);
    const alone = await told("I'm in a darts team called Treble Trouble");
    expect((await facts(alone)).some((fact) => fact.startsWith('home:'))).toBe(false);
    expect(await alone.ask('where do I live?')).toMatch(/don't know/i);
  });

  it('reads a place where one lives in something ("a flat in bristol"), and a home named after it', async () => {
    const t = await told("i'm renting a room in a flat in bristol during term but my home is saltash");
    expect(await facts(t)).toContain('home:Saltash');
    expect(await t.ask('where is home for me?')).toContain('Saltash');
  });

  it('keeps a place no list knows when it is typed in lower case after a phrase that calls for one', async () => {
    const t = await told('living in moseley w my cousin, kinda chaotic');
    expect(await t.ask('which area do I live in?')).toContain('Moseley');
  });

  it('takes "came to X" as a move there, and a town English knows as a name as typed, not as a city it is near to', async () => {
    const t = await told('I was born in Winchester, and came to Cork for work in 2004');
    const born = await t.ask('where was I born?');
    expect(born).toContain('Winchester');
    expect(born).not.toContain('Manchester');
    expect(await t.ask('where do I live?')).toContain('Cork');
  });

  it('sets right only the place told last when "no wait, it\'s …" follows, keeping the rest of what was told', async () => {
    const t = await told("I'm from Lima, doing my masters in architecture in Milan", "no wait, it's Turin actually");
    expect(await facts(t)).toEqual(expect.arrayContaining(['from:Lima', 'study:architecture', 'home:Turin']));
    expect(await facts(t)).not.toContain('home:Milan');
  });

  it('never takes a city said after "it is" for the person’s name', async () => {
    const t = await told('my name is Ines', "wait no, it's Lisbon, not Porto");
    const profile = await t.profile();
    expect(profile.explicit.name).toBe('Ines');
  });

  it('reads where one is from "here in …" said in passing, unless the rest says it is a stay', async () => {
    const t = await told('I run a small bakery here in Valencia with my brother');
    expect(await t.ask('which city do I live in?')).toContain('Valencia');
    const s = await told("I'm on holiday here in Lisbon");
    expect(await facts(s)).toEqual(['staying:Lisbon']);
  });

  it('keeps a district said after the city, and a city said as a side of it', async () => {
    const t = await told('I live in Tokyo, Shibuya-ku, tiny flat lol');
    expect(await t.ask('which district do I live in?')).toContain('Shibuya');
    const s = await told("I'm from the north side of Dublin");
    expect(await s.ask('what city am I from?')).toContain('Dublin');
  });
});

describe('questions about "we"', () => {
  it('answers where we live now without where we used to', async () => {
    const t = await told('we moved from Porto to Braga in the spring');
    const now = await t.ask('where do we live now?');
    expect(now).toContain('Braga');
    expect(now).not.toContain('Porto');
    expect(await t.ask('where did we live before?')).toContain('Porto');
  });
  it('reads a place past a lower-case word for which part of it, and near or just outside it, keeping names that hold such a word', async () => {
    expect(await (await told('we live in southern Oregon these days')).ask('where do I live?')).toContain('Oregon');
    expect(await (await told("we're just outside Harrogate, on a farm")).ask('where do I live?')).toContain('Harrogate');
    const named = await told('I live in Northern Ireland');
    expect(await named.ask('where do I live?')).toContain('Northern Ireland');
  });
});
