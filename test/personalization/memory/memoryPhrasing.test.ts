import { sayText } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** Other wordings of what people say about themselves (own sets 20–23), each with wording not in those sets. */
describe('personal memory in more wordings', () => {

  it('reads a span of time between the words of a phrase', async () => {
    const t = await told('married nearly twenty years to Harriet', 'I spent a decade as a welder', 'I spent my whole career in Glasgow');
    expect(await t.factsWithDetail()).toEqual(['partner:Harriet', 'job:welder', 'pastHome:Glasgow']);
    expect(await sayText(t.adapter, 'what was my job?')).toEqual([expect.stringContaining('welder')]);
  });

  it('reads a past job and "where I …" after a place', async () => {
    const t = await told('I lived in Oslo for years where I worked as a ship broker');
    expect(await t.factsWithDetail()).toEqual(['pastHome:Oslo', 'job:ship broker']);
  });

  it('reads running or starting out in work, and the city it is in', async () => {
    const t = await told("I've been running a flower stall in Bruges");
    expect(await t.factsWithDetail()).toEqual(['job:flower stall', 'home:Bruges']);
    const s = await told('just started out as a junior copywriter');
    expect(await s.factsWithDetail()).toEqual(['job:junior copywriter']);
  });

  it('reads "we are in", and a time said first after a comma starts a new statement', async () => {
    const t = await told('I live in Porto', 'not Porto anymore, since two months we are in Braga');
    expect(await t.factsWithDetail()).toEqual(['home:Braga']);
  });

  it('takes back only what a correction says again', async () => {
    const t = await told('I grew up in Quito and live in Lima', 'correction: we live in Cusco now');
    expect(await t.factsWithDetail()).toEqual(['grewUp:Quito', 'home:Cusco']);
  });

  it('reads other ways of saying an allergy, a dislike and what one may not eat', async () => {
    const t = await told('I am allergic against shellfish', "I've got no time for opera", "I'm not allowed to eat sugar since the operation");
    expect(await t.factsWithDetail()).toEqual(['allergy:shellfish', 'dislike:opera', 'avoids:sugar']);
  });

  it('keeps someone named in news of a loss, without a word of it', async () => {
    const t = await told('it has been hard since my husband Reginald died');
    expect(await t.factsWithDetail()).toEqual(['partner:Reginald:husband']);
    expect(await sayText(t.adapter, "what was my husband's name?")).toEqual([expect.stringContaining('Reginald')]);
  });

  it('reads names with their ages, counted in words, the eldest or youngest, and a bro', async () => {
    const t = await told('three daughters - Mira is 9, Lotte is 6 and Fenna is 2', 'eldest is Bram', 'my big bro Sander lives in Delft');
    expect(await t.factsWithDetail()).toEqual(['child:Mira:daughter', 'child:Lotte:daughter', 'child:Fenna:daughter', 'child:Bram:child', 'sibling:Sander:brother']);
  });

  it('reads an age with its unit or before something else, and a birthday after an age', async () => {
    const t = await told('Kai. 27 y.o. Designer');
    expect(await t.factsWithDetail()).toContain('age:27');
    const s = await told("I'll be turning 41 on the 3rd of June");
    expect(await s.factsWithDetail()).toEqual(['age:41', 'birthday:3 June']);
    const u = await told("I'm 5 minutes late");
    expect(await u.factsWithDetail()).toEqual([]);
  });
});
