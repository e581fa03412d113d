import { sayText } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** What people type about themselves as notes: labels and colons, and telegraphic introductions (own sets 20–23). */
describe('personal memory from notes and telegraphic introductions', () => {

  it('reads a label of a kind, then ":" or "=", then its value or values', async () => {
    const t = await told('Occupation: plumbing engineer', 'home town = Tartu', 'languages: Romanian, Hungarian, German', 'Likes: jazz, hiking. Dislikes: olives', 'my allergies: shellfish', 'dob 2 March');
    expect(await t.factsWithDetail()).toEqual(['job:plumbing engineer', 'from:Tartu', 'speaks:Romanian', 'speaks:Hungarian', 'speaks:German', 'like:jazz', 'like:hiking', 'dislike:olives', 'allergy:shellfish', 'birthday:2 March']);
    expect(await sayText(t.adapter, 'what do I do for work?')).toEqual([expect.stringContaining('plumbing engineer')]);
    expect(await sayText(t.adapter, 'where am I from?')).toEqual([expect.stringContaining('Tartu')]);
  });

  it('reads a noun of a named kind as a label, with or without a colon, but no word that is no name', async () => {
    const t = await told('husband = omar', 'son Idris, cat Pixel', 'dog walking is my cardio');
    expect(await t.factsWithDetail()).toEqual(['partner:Omar:husband', 'child:Idris:son', 'pet:Pixel:cat']);
  });

  it('keeps an age out of a label said about someone else', async () => {
    const t = await told('I have a daughter, age 4');
    expect(await t.factsWithDetail()).not.toContain('age:4');
  });

  it('reads past words before a colon that are no label ("quick intro:")', async () => {
    const t = await told('since you keep asking, here it is: Farid, 44, bus mechanic, Marseille');
    const profile = await t.profile();
    expect(profile.explicit.name).toBe('Farid');
    expect(await t.factsWithDetail()).toEqual(['age:44', 'job:bus mechanic', 'home:Marseille']);
  });

  it('reads a telegraphic introduction: a name (with a family name), an age, work, and a city alone between commas', async () => {
    const t = await told('Ingrid Larsen, 51, tram driver, Bergen');
    expect(await t.factsWithDetail()).toEqual(['age:51', 'job:tram driver', 'home:Bergen', 'surname:Larsen']);
    expect(await sayText(t.adapter, 'where do I live?')).toEqual([expect.stringContaining('Bergen')]);
  });

  it('passes over a short piece that says nothing kept, and reads work after a bare name', async () => {
    const t = await told('Joaquín, sous chef, fine dining, Valparaíso');
    const profile = await t.profile();
    expect(profile.explicit.name).toBe('Joaquín');
    expect(await t.factsWithDetail()).toEqual(['job:sous chef', 'home:Valparaíso']);
  });

  it('reads an aside in brackets after the rest, and drops a lone number in brackets', async () => {
    const t = await told('one whippet (adopted) named Comet, and my son Luka (9)');
    expect(await t.factsWithDetail()).toEqual(['pet:Comet:whippet', 'child:Luka:son']);
  });
});
