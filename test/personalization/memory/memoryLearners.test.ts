import { told } from '../../helpers/memoryChat';

/** Learners' English: articles and copulas left out, questions in statement order, news of a loss after a statement. */
describe('personal memory in learners\' English', () => {
  it('reads a phrase said without its article', async () => {
    const t = await told('I am huge fan of Hajduk Split', 'I am Rangers fan since school', 'I drive Toyota van for the bakery');
    expect(await t.facts()).toEqual(expect.arrayContaining(['like:Hajduk Split', 'team:Rangers', 'vehicle:Toyota van']));
    expect(await t.ask('which team do I support?')).toContain('Rangers');
  });

  it('never reads "I am" without "a" as work, nor a preposition as a value', async () => {
    const t = await told('I am Oksana', 'I am in Porto as student of biology');
    expect((await t.profile()).explicit.name).toBe('Oksana');
    expect(await t.facts()).toEqual(['home:Porto', 'study:biology']);
  });

  it('gives a name said bare after a noun to that noun, not to the person', async () => {
    const t = await told('I am Teodor.', 'we have a beagle, name is Rocco.');
    expect((await t.profile()).explicit.name).toBe('Teodor');
    expect(await t.factsWithDetail()).toEqual(['pet:Rocco:beagle']);
    expect(await t.ask('what kind of dog do I have?')).toContain('beagle');
  });

  it('takes "my name" without "is", and a first name said again in a full name', async () => {
    expect((await (await told('my name Anatoly, from Omsk')).profile()).explicit.name).toBe('Anatoly');
    expect((await (await told('I am Thao, Tran Thi Thao.')).profile()).explicit.name).toBe('Thao');
  });

  it('keeps what is said before news of a loss joined by "since" or "after"', async () => {
    const t = await told('I live in Kobe by myself since my wife passed away last year');
    expect(await t.facts()).toContain('home:Kobe');
    expect(await t.ask('where do I live?')).toContain('Kobe');
  });

  it('answers a question asked in statement order', async () => {
    const t = await told('now I am in Graz', 'the doctor says i have high blood pressure');
    expect(await t.ask('where I am now?')).toContain('Graz');
    expect(await t.ask('what health problem i have?')).toContain('high blood pressure');
  });

  it('finds family brought in by "have" without an article, adjectives before the noun too', async () => {
    const t = await told('I have husband, his name is Goran, and little daughter Mila, she have 6 years');
    expect(await t.factsWithDetail()).toEqual(expect.arrayContaining(['partner:Goran:husband', 'child:Mila:daughter']));
    expect(await t.ask('how is called my daughter?')).toContain('Mila');
  });

  it('reads work said with "like" for "as" only when it is work', async () => {
    const t = await told('I live in Lyon, work like bus driver');
    expect(await t.facts()).toEqual(['home:Lyon', 'job:bus driver']);
    expect(await (await told('I work like crazy these days')).facts()).toEqual([]);
  });

  it('counts grandchildren said as "grandma to" or in Spanish, with no name made of "de"', async () => {
    expect(await (await told('Hi! Agnes, 74, grandma to three')).factsWithDetail()).toContain('count:3:grandchild');
    const t = await told('soy Julio, abuela de 7');
    expect(await t.factsWithDetail()).toEqual(['count:7:grandchild']);
    expect(await t.ask('how many grandkids do I have?')).toContain('7');
  });

  it('keeps the city said after a nationality, a diet said "pure" and a liking said "rather fond of"', async () => {
    const t = await told('I am kenyan from Mombasa', 'I am pure vegan', "I'm rather fond of Sibelius", 'I drive Fiat van for work');
    expect(await t.facts()).toEqual(['from:Mombasa, Kenya', 'diet:vegan', 'like:Sibelius', 'vehicle:Fiat van']);
    expect(await t.ask('which brand is my van?')).toContain('Fiat');
  });
});
