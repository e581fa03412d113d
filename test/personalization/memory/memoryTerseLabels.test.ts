import { sayText } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** Terse people: label lists with colons or dashes, and questions of a label alone ("Employer?", "City, current."). */
describe('personal memory from label lists and one-word questions', () => {
  it('reads a label before a dash as before a colon, and a name or a place before a dash stays as it was', async () => {
    const t = await told('Wife – Odile. Daughter - Noor (7).', 'Birthday - 2 Feb.', 'Interests - bouldering, go.', 'Hates - cold calls.');
    expect(await t.factsWithDetail()).toEqual(['partner:Odile:wife', 'child:Noor:daughter', 'birthday:2 Feb', 'like:bouldering', 'like:go', 'dislike:cold calls']);
    const again = await told('Paulo Reis - nurse - Lisbon.');
    expect((await again.factsWithDetail()).filter((fact) => fact.startsWith('partner') || fact.startsWith('child'))).toEqual([]);
  });

  it('reads the labels of where one is based, is from, was raised, supports and drives', async () => {
    const t = await told('Based: Porto. From: Recife.', 'Raised: Tartu.', 'Supports: Benfica.', 'Drives: old Saab.');
    expect(await t.factsWithDetail()).toEqual(['home:Porto', 'from:Recife', 'grewUp:Tartu', 'team:Benfica', 'vehicle:old Saab']);
    const [home] = await sayText(t.adapter, 'Where do I live?');
    expect(home).toContain('Porto');
    expect(home).not.toContain('Recife');
  });

  it('keeps "from" in a sentence as it was: no label without its colon', async () => {
    const t = await told('liam, from Galway, 27');
    expect((await t.profile()).explicit.name).toBe('Liam');
    expect(await t.factsWithDetail()).toEqual(['from:Galway', 'age:27']);
  });

  it('reads "Kids - none" and "Pets - no" as having none, never as a name', async () => {
    const t = await told('Kids - none.', 'Pets - no.');
    expect(await t.factsWithDetail()).toEqual(['none:kids:kid', 'none:pets:pet']);
  });

  it('answers a label asked alone, with words that only ask to be reminded', async () => {
    const t = await told('Studio: Brava Works. Lyon.', 'Allergy: sesame.');
    expect(await sayText(t.adapter, 'Current city?')).toEqual([expect.stringContaining('Lyon')]);
    expect(await sayText(t.adapter, 'City, current.')).toEqual([expect.stringContaining('Lyon')]);
    expect(await sayText(t.adapter, 'Studio name?')).toEqual([expect.stringContaining('Brava Works')]);
    expect(await sayText(t.adapter, 'Allergies on file?')).toEqual([expect.stringContaining('sesame')]);
  });

  it('reads a label and "remind me" as a question, not a reminder', async () => {
    const t = await told('Occupation: actuary.');
    expect(await sayText(t.adapter, 'Role, remind me.')).toEqual([expect.stringContaining('actuary')]);
  });

  it('reads a noun label, then a sort of it and a name, and answers the name with the sort when both are asked', async () => {
    const t = await told('Cat: tabby, Miso.', 'Two dogs: beagle, Bruno.');
    expect(await t.factsWithDetail()).toEqual(['pet:Miso:tabby', 'pet:Bruno:beagle']);
    const [both] = await sayText(t.adapter, "Cat's name and breed.");
    expect(both).toContain('Miso');
    expect(both).toContain('tabby');
    expect(await sayText(t.adapter, 'What breed is my dog?')).toEqual([expect.stringContaining('beagle')]);
  });

  it('sets right a name said with its noun and "is", without "my" ("correction: daughter is Mira, not Mina")', async () => {
    const t = await told('Daughter - Mina.', 'Shellfish allergy.', 'Correction: daughter is Mira, not Mina.');
    expect(await t.factsWithDetail()).toEqual(['allergy:Shellfish', 'child:Mira:daughter']);
  });

  it('takes a company of two capitalised words after work said bare, though its last word is an adjective', async () => {
    const t = await told('Oskar. Quantity surveyor, Vistula Civil. Poznan.');
    expect(await t.factsWithDetail()).toEqual(expect.arrayContaining(['workplace:Vistula Civil']));
  });

  it('forgets what is asked to be removed "from your notes"', async () => {
    const t = await told('Birthday: 9 June.', 'Delete my birthday from your records.');
    expect(await t.factsWithDetail()).toEqual([]);
  });

  it('reads an aside after a value that is no one as more of it, never as work said bare', async () => {
    const t = await told('Lena. Head of Sales, Norbright Foods.', 'Hobby - choir (soprano).');
    const facts = await t.factsWithDetail();
    expect(facts).toEqual(expect.arrayContaining(['job:Head of Sales', 'like:choir']));
    expect(facts.filter((fact) => fact.startsWith('job:'))).toEqual(['job:Head of Sales']);
  });

  it('reads a label asked alone before the words of another kind\'s question ("practice" of an instrument)', async () => {
    const t = await told('Practice: Harbour Physio.');
    expect(await sayText(t.adapter, 'Practice name?')).toEqual([expect.stringContaining('Harbour Physio')]);
  });
});
