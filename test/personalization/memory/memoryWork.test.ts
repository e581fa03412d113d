import { sayText } from '../../helpers/testRapport';
import { told, memoryChat } from '../../helpers/memoryChat';

/** Work said the way people say it: by what they do, with a typo, after retiring, bare after their name. */
describe('personal memory: work', () => {

  it('reads work from what one does and where ("i bake at a bakery" is a baker there)', async () => {
    const t = await told('i bake at a little bakery in town, early starts');
    expect(await t.ask('what do I do for work?')).toContain('baker');
    expect(await t.ask('where do I work?')).toContain('bakery');
  });

  it('does not read a span of time, a pastime or whom one does it for as work', async () => {
    const t = memoryChat();
    for (const line of ['I drive for 2 hours every day', 'I paint for fun', 'i cook for my kids', 'I sing at church on Sundays', 'I work for myself', 'I drive at night']) await sayText(t.adapter, line);
    const profile = await t.profile();
    expect(profile.memory.facts.filter((fact) => ['job', 'workplace'].includes(fact.key))).toEqual([]);
  });

  it('reads work from what one does with where or for whom ("I do rota planning at a warehouse")', async () => {
    const t = await told('honestly I do rota planning at a warehouse outside town');
    expect(await t.ask('what is my job?')).toContain('rota planning');
    expect(await t.ask('where do I work?')).toContain('warehouse');
    const s = await told('I do tech support for a bank, mostly nights');
    expect(await s.ask('what do I do for work?')).toContain('tech support');
    const hours = await told('i do 20 hours a week at the garden centre');
    expect(await hours.ask('where do I work?')).toContain('garden centre');
  });

  it('does not read a pastime, a stretch of time or a chore done somewhere as work', async () => {
    const t = memoryChat();
    for (const line of ['I do yoga at the gym', 'I do karate for a club on Fridays', 'I do shifts at the hospital', 'I do my homework at the library', 'I do the cooking at home']) await sayText(t.adapter, line);
    const profile = await t.profile();
    expect(profile.memory.facts.filter((fact) => fact.key === 'job')).toEqual([]);
  });

  it('reads what one does "for a living" with its own verb, not a wish or a doubt', async () => {
    const t = await told('i repair old clocks for a living, it is quiet work');
    expect(await t.ask("what's my job?")).toContain('repair old clocks');
    const u = memoryChat();
    for (const line of ["I don't know what I want to do for a living", 'I would love to sing for a living']) await sayText(u.adapter, line);
    expect((await u.profile()).memory.facts.filter((fact) => fact.key === 'job')).toEqual([]);
  });

  it('reads a verb of a phrase typed with one typo ("wroking at")', async () => {
    const t = await told('wroking at accenture these days');
    expect((await t.ask('where do I work?')).toLowerCase()).toContain('accenture');
  });

  it('keeps the work one retired from and the employer apart ("retired from the Post Office after thirty years as a postman")', async () => {
    const t = await told("I'm retired from the Post Office after thirty years as a postman");
    expect(await t.ask('what was my job?')).toContain('postman');
    expect(await t.ask('who did I work for?')).toContain('Post Office');
  });

  it('takes a name no place list holds after work as where the work is, and a place WordNet knows as home', async () => {
    const t = await told('I work as a product designer in Spotify');
    expect(await t.ask('what company do I work for?')).toContain('Spotify');
    const s = await told("I've been a plumber in Ghent for years");
    expect(await s.ask('where do I live?')).toContain('Ghent');
  });

  it('reads work said bare after a name, in lower case too, and never takes it for a second name', async () => {
    const t = await told('im tomas, barista at a cafe near the station');
    expect(await t.ask('what do I do?')).toContain('barista');
    const profile = await t.profile();
    expect(profile.explicit.name).toBe('Tomas');
  });

  it('reads work after a full name said as a note or after "my name is"', async () => {
    const t = await told('name: Amara Okafor, freelance illustrator, based in Porto');
    expect(await t.ask('what do I do for a living?')).toContain('illustrator');
    expect(await t.ask('where am I based?')).toContain('Porto');
    expect((await t.profile()).explicit.name).toBe('Amara');
    const s = await told('my name is Joao, pharmacist');
    expect(await s.ask('what is my job?')).toContain('pharmacist');
  });

  it('keeps a nationality as where one is from, never as a name', async () => {
    const t = await told("I'm Nigerian, living in Leeds");
    expect(await t.ask('what country am I from?')).toContain('Nigeria');
    expect(await t.ask('where do I live?')).toContain('Leeds');
    const profile = await t.profile();
    expect(profile.explicit.name).toBeUndefined();
  });

  it('reads work said in passing: before a preposition, by day and by night, without its article, after a name in another language', async () => {
    const t = await told("I'm a night nurse on a maternity ward at a clinic in Leeds");
    expect(await t.ask('what do I do for work?')).toContain('night nurse');
    const s = await told('ok so: carpenter by day, DJ by night');
    expect(await s.ask('what is my job?')).toContain('carpenter');
    const r = await told('In Poland I was electrician, now I drive taxi');
    expect(await r.ask('what was my profession?')).toContain('electrician');
    const m = await told('soy Mateo, dentist, from Rosario');
    expect(await m.ask('what do I do for a living?')).toContain('dentist');
    expect((await m.profile()).explicit.name).toBe('Mateo');
  });

  it('keeps the subject taught in the past as work, and no city it was taught in as home', async () => {
    const t = await told('I taught secondary school French for twenty years in Lille');
    expect(await t.ask('what subject did I teach?')).toContain('French');
    expect(await t.ask('where do I live?')).not.toContain('Lille');
  });
});
