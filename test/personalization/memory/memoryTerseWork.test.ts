import { told } from '../../helpers/memoryChat';

/** Professionals typing short bursts: "Ana, Product manager, Kestrel Logistics." */
describe('terse self-descriptions of work', () => {
  it('keeps the company named beside work said bare as where one works, and the title as work', async () => {
    const t = await told('Ana, Product manager, Kestrel Logistics.');
    expect(await t.facts()).toEqual(expect.arrayContaining(['job:Product manager', 'workplace:Kestrel Logistics']));
    const s = await told('Dev. Staff engineer. Quantile Systems.');
    expect(await s.facts()).toEqual(expect.arrayContaining(['job:Staff engineer', 'workplace:Quantile Systems']));
  });

  it('reads a title with a region after it, a head of something, and a company joined by "&"', async () => {
    const t = await told('Felix. Sales director EMEA, Brightloop.');
    expect(await t.facts()).toEqual(expect.arrayContaining(['job:Sales director', 'workplace:Brightloop']));
    const s = await told('Grace. Head of data, Lumen Retail.');
    expect(await s.facts()).toEqual(expect.arrayContaining(['job:Head of data', 'workplace:Lumen Retail']));
    const e = await told('Elena. General counsel, Marlow & Finch.');
    expect(await e.facts()).toEqual(expect.arrayContaining(['workplace:Marlow & Finch']));
  });

  it('reads a title WordNet files among people "at" a company, but not a meal', async () => {
    const t = await told('Hiro. Partner at Sato & Kline architects.');
    expect(await t.facts()).toEqual(expect.arrayContaining(['job:Partner', 'workplace:Sato & Kline']));
    const s = await told("Dinner at Nando's tonight.");
    expect((await s.facts()).filter((fact) => /^(job|workplace):/.test(fact))).toEqual([]);
  });

  it('takes no place, status or second job beside work for a company', async () => {
    const t = await told('Tom, plumber, Cardiff.');
    expect(await t.facts()).toEqual(['job:plumber', 'home:Cardiff']);
    const s = await told('Nurse. Married. Two kids.');
    expect((await s.facts()).filter((fact) => fact.startsWith('workplace:'))).toEqual([]);
  });

  it('answers short work questions with the company or the title', async () => {
    const t = await told('Jonas. CTO, Pivotal Grain (agritech).');
    for (const question of ['company?', 'what firm?', 'employer?', 'company name?']) expect(await t.ask(question)).toContain('Pivotal Grain');
    for (const question of ['title?', "what's my title?", "what's my position?"]) expect(await t.ask(question)).toContain('CTO');
    expect(await t.ask("what's my position?")).not.toContain('Pivotal');
  });

  it('answers "languages?" from the languages one speaks', async () => {
    const t = await told('Speak Spanish, Catalan, English.');
    expect(await t.ask('languages?')).toContain('Catalan');
  });
});

describe('terse allergies', () => {
  it('keeps "Peanut allergy." as an allergy, not a question', async () => {
    const t = await told('Peanut allergy. Carry an EpiPen.');
    expect(await t.facts()).toContain('allergy:Peanut');
    expect(await t.ask('allergies?')).toContain('Peanut');
  });

  it('takes a dictionary word opening a piece after work for no company', async () => {
    const t = await told('Retired teacher. Church on Sundays.');
    expect((await t.facts()).filter((fact) => fact.startsWith('workplace:'))).toEqual([]);
  });
});
