import { isReply } from '../../helpers/testRapport';
import { told, type MemoryChat } from '../../helpers/memoryChat';

/** How old the people in one's life are, however young, and who is oldest or youngest. */
describe('personal memory: the ages of the people in one’s life', () => {
  const ages = async (t: MemoryChat) => ((await t.profile()).memory.aboutOthers ?? []).filter((fact) => fact.key === 'age').map(({ value, about }) => `${about.name ?? about.noun}:${value}`);

  it('keeps a young child’s age said after a pronoun or "who", in months or with a half', async () => {
    const t = await told("we fostered then adopted our daughter Noor, she's one and a half", 'and there is our boy Tariq who is 8 months old and already crawling');
    expect(await ages(t)).toEqual(['Noor:one and a half', 'Tariq:8 months']);
    expect(isReply(await t.ask('how old is my daughter?'), 'fact.age.aboutAnswer', { about: 'daughter', value: 'one and a half' })).toBe(true);
    expect(isReply(await t.ask('how old is Tariq?'), 'fact.age.aboutAnswer', { about: 'son', value: '8 months' })).toBe(true);
  });

  it('reads ages in a list of names, after a verb or shared by twins', async () => {
    const t = await told('kids: Amara is 10, Kofi is 4, and the twins Esi and Ama are 2');
    expect(await ages(t)).toEqual(['Amara:10', 'Kofi:4', 'Esi:2', 'Ama:2']);
    expect(isReply(await t.ask('who is my eldest?'), 'memory.ranked', { value: 'Amara', rank: 'eldest', age: '10' })).toBe(true);
    expect(isReply(await t.ask("who's our youngest?"), 'memory.ranked', { value: 'Esi and Ama', rank: 'youngest', age: '2' })).toBe(true);
    const other = await told('kids: Lina is 7, Omar is 5, and Sami just turned 1 on Monday');
    expect(isReply(await other.ask("who's my youngest?"), 'memory.ranked', { value: 'Sami', rank: 'youngest', age: '1' })).toBe(true);
  });

  it('asks about "the baby" and answers for the one told as the baby, not every child', async () => {
    const t = await told('my kids are Lola (7), Sami (5) and baby Ines who is 6 weeks');
    expect(isReply(await t.ask('how old is the baby?'), 'fact.age.aboutAnswer', { about: 'baby', value: '6 weeks' })).toBe(true);
    expect(isReply(await t.ask("who's the youngest?"), 'memory.ranked', { value: 'Ines', rank: 'youngest', age: '6 weeks' })).toBe(true);
  });

  it('does not say who is oldest when a child’s age was never told', async () => {
    const t = await told('two boys, Jonah is 9 and Eli');
    expect(await t.ask('who is my oldest?')).not.toContain('Jonah');
  });

  it('takes a learner’s "has 11" for an age, and keeps the age now, not the one to come', async () => {
    const t = await told('I live with my son Bruno, he has 12 years', 'sorry, Bruno has 11, he will be 12 in May');
    expect(await ages(t)).toEqual(['Bruno:11']);
    expect(isReply(await t.ask('how old is my son?'), 'fact.age.aboutAnswer', { about: 'son', value: '11' })).toBe(true);
    // "has 2 cats" is no age.
    const other = await told('my daughter Mia has 2 cats');
    expect(await ages(other)).toEqual([]);
  });

  it('does not take a child’s name for a pet named in the same breath', async () => {
    const t = await told('kids: Rafa is 8, Lucia is 5', 'we bought a budgie named Pip, Lucia chose him');
    expect(await t.factsWithDetail()).toEqual(['child:Rafa:kid', 'child:Lucia:kid', 'pet:Pip:budgie']);
  });

  it('keeps a child’s health condition about them, and forgets it with the condition', async () => {
    const t = await told('our son Theo, he is 6', 'Theo has eczema, so we use a special cream');
    expect(isReply(await t.ask('does Theo have any health problems?'), 'fact.health.aboutAnswer', { about: 'son', value: 'eczema' })).toBe(true);
    await t.tell('actually forget the eczema bit');
    expect(await t.ask('does Theo have any health problems?')).not.toContain('eczema');
  });

  it('does not answer a question about someone from a note that only names them', async () => {
    const t = await told('my wife Hanna drives a tram in Helsinki, early shifts mostly');
    expect(isReply(await t.ask("when is Hanna's birthday?"), 'memory.aboutUnknown', { about: 'wife' })).toBe(true);
  });

  it('keeps hens and a bearded dragon as pets', async () => {
    const t = await told('we keep 3 hens, Pearl and Mabel and Dot', 'also a bearded dragon called Spike');
    expect(await t.ask('what are our hens called?')).toContain('Mabel');
    expect(await t.ask("what's my lizard's name?")).toContain('Spike');
  });
});
