import { createTestRapport, sayText } from '../helpers/testRapport';

/** Other wordings of what people say about themselves (own sets 20–23), each with wording not in those sets. */
describe('personal memory in more wordings', () => {
  const factsOf = async (t: ReturnType<typeof createTestRapport>) =>
    (await t.rapport.profiles.load('test', 'dana-1')).profile.memory.facts.map(({ key, value, detail }) => [key, value, detail].filter(Boolean).join(':'));

  it('reads a span of time between the words of a phrase', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'married nearly twenty years to Harriet');
    await sayText(t.adapter, 'I spent a decade as a welder');
    await sayText(t.adapter, 'I spent my whole career in Glasgow');
    expect(await factsOf(t)).toEqual(['partner:Harriet', 'job:welder', 'pastHome:Glasgow']);
    expect(await sayText(t.adapter, 'what was my job?')).toEqual([expect.stringContaining('welder')]);
  });

  it('reads a past job and "where I …" after a place', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I lived in Oslo for years where I worked as a ship broker');
    expect(await factsOf(t)).toEqual(['pastHome:Oslo', 'job:ship broker']);
  });

  it('reads running or starting out in work, and the city it is in', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I've been running a flower stall in Bruges");
    expect(await factsOf(t)).toEqual(['job:flower stall', 'home:Bruges']);
    const s = createTestRapport();
    await sayText(s.adapter, 'just started out as a junior copywriter');
    expect(await factsOf(s)).toEqual(['job:junior copywriter']);
  });

  it('reads "we are in", and a time said first after a comma starts a new statement', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I live in Porto');
    await sayText(t.adapter, 'not Porto anymore, since two months we are in Braga');
    expect(await factsOf(t)).toEqual(['home:Braga']);
  });

  it('takes back only what a correction says again', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I grew up in Quito and live in Lima');
    await sayText(t.adapter, 'correction: we live in Cusco now');
    expect(await factsOf(t)).toEqual(['from:Quito', 'home:Cusco']);
  });

  it('reads other ways of saying an allergy, a dislike and what one may not eat', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I am allergic against shellfish');
    await sayText(t.adapter, "I've got no time for opera");
    await sayText(t.adapter, "I'm not allowed to eat sugar since the operation");
    expect(await factsOf(t)).toEqual(['allergy:shellfish', 'dislike:opera', 'avoids:sugar']);
  });

  it('keeps someone named in news of a loss, without a word of it', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'it has been hard since my husband Reginald died');
    expect(await factsOf(t)).toEqual(['partner:Reginald:husband']);
    expect(await sayText(t.adapter, "what was my husband's name?")).toEqual([expect.stringContaining('Reginald')]);
  });

  it('reads names with their ages, counted in words, the eldest or youngest, and a bro', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'three daughters - Mira is 9, Lotte is 6 and Fenna is 2');
    await sayText(t.adapter, 'eldest is Bram');
    await sayText(t.adapter, 'my big bro Sander lives in Delft');
    expect(await factsOf(t)).toEqual(['child:Mira:daughter', 'child:Lotte:daughter', 'child:Fenna:daughter', 'child:Bram:child', 'sibling:Sander:brother']);
  });

  it('reads an age with its unit or before something else, and a birthday after an age', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'Kai. 27 y.o. Designer');
    expect(await factsOf(t)).toContain('age:27');
    const s = createTestRapport();
    await sayText(s.adapter, "I'll be turning 41 on the 3rd of June");
    expect(await factsOf(s)).toEqual(['age:41', 'birthday:June 3']);
    const u = createTestRapport();
    await sayText(u.adapter, "I'm 5 minutes late");
    expect(await factsOf(u)).toEqual([]);
  });
});
