import { createTestRapport, sayText } from '../helpers/testRapport';

/** Work said the way people say it: by what they do, with a typo, after retiring, bare after their name. */
describe('personal memory: work', () => {
  type Bot = ReturnType<typeof createTestRapport>;
  const ask = async (t: Bot, question: string) => (await sayText(t.adapter, question)).join('\n');

  it('reads work from what one does and where ("i bake at a bakery" is a baker there)', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'i bake at a little bakery in town, early starts');
    expect(await ask(t, 'what do I do for work?')).toContain('baker');
    expect(await ask(t, 'where do I work?')).toContain('bakery');
  });

  it('does not read a span of time, a pastime or whom one does it for as work', async () => {
    const t = createTestRapport();
    for (const line of ['I drive for 2 hours every day', 'I paint for fun', 'i cook for my kids', 'I sing at church on Sundays', 'I work for myself', 'I drive at night']) await sayText(t.adapter, line);
    const { profile } = await t.rapport.profiles.load('test', 'dana-1');
    expect(profile.memory.facts.filter((fact) => ['job', 'workplace'].includes(fact.key))).toEqual([]);
  });

  it('reads a verb of a phrase typed with one typo ("wroking at")', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'wroking at accenture these days');
    expect((await ask(t, 'where do I work?')).toLowerCase()).toContain('accenture');
  });

  it('keeps the work one retired from and the employer apart ("retired from the Post Office after thirty years as a postman")', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I'm retired from the Post Office after thirty years as a postman");
    expect(await ask(t, 'what was my job?')).toContain('postman');
    expect(await ask(t, 'who did I work for?')).toContain('Post Office');
  });

  it('takes a name no place list holds after work as where the work is, and a place WordNet knows as home', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I work as a product designer in Spotify');
    expect(await ask(t, 'what company do I work for?')).toContain('Spotify');
    const s = createTestRapport();
    await sayText(s.adapter, "I've been a plumber in Ghent for years");
    expect(await ask(s, 'where do I live?')).toContain('Ghent');
  });

  it('reads work said bare after a name, in lower case too, and never takes it for a second name', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'im tomas, barista at a cafe near the station');
    expect(await ask(t, 'what do I do?')).toContain('barista');
    const { profile } = await t.rapport.profiles.load('test', 'dana-1');
    expect(profile.explicit.name).toBe('Tomas');
  });

  it('reads work after a full name said as a note or after "my name is"', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'name: Amara Okafor, freelance illustrator, based in Porto');
    expect(await ask(t, 'what do I do for a living?')).toContain('illustrator');
    expect(await ask(t, 'where am I based?')).toContain('Porto');
    expect((await t.rapport.profiles.load('test', 'dana-1')).profile.explicit.name).toBe('Amara');
    const s = createTestRapport();
    await sayText(s.adapter, 'my name is Joao, pharmacist');
    expect(await ask(s, 'what is my job?')).toContain('pharmacist');
  });

  it('keeps a nationality as where one is from, never as a name', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I'm Nigerian, living in Leeds");
    expect(await ask(t, 'what country am I from?')).toContain('Nigeria');
    expect(await ask(t, 'where do I live?')).toContain('Leeds');
    const { profile } = await t.rapport.profiles.load('test', 'dana-1');
    expect(profile.explicit.name).toBeUndefined();
  });

  it('reads work said in passing: before a preposition, by day and by night, without its article, after a name in another language', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I'm a night nurse on a maternity ward at a clinic in Leeds");
    expect(await ask(t, 'what do I do for work?')).toContain('night nurse');
    const s = createTestRapport();
    await sayText(s.adapter, 'ok so: carpenter by day, DJ by night');
    expect(await ask(s, 'what is my job?')).toContain('carpenter');
    const r = createTestRapport();
    await sayText(r.adapter, 'In Poland I was electrician, now I drive taxi');
    expect(await ask(r, 'what was my profession?')).toContain('electrician');
    const m = createTestRapport();
    await sayText(m.adapter, 'soy Mateo, dentist, from Rosario');
    expect(await ask(m, 'what do I do for a living?')).toContain('dentist');
    expect((await m.rapport.profiles.load('test', 'dana-1')).profile.explicit.name).toBe('Mateo');
  });

  it('keeps the subject taught in the past as work, and no city it was taught in as home', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I taught secondary school French for twenty years in Lille');
    expect(await ask(t, 'what subject did I teach?')).toContain('French');
    expect(await ask(t, 'where do I live?')).not.toContain('Lille');
  });
});
