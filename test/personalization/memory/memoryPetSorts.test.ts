import { told } from '../../helpers/memoryChat';

// A pet of a sort no kind lists is kept as the sort said, read by the animal sense of the word in WordNet, never by
// another sense ("skunk" is also a "dirty dog", a person); "a pet X" names the sort after the general noun.
describe('a pet of a sort no kind lists', () => {
  it('"a skunk named …" is a skunk, not a dog', async () => {
    const chat = await told("I'm Marit", 'we have a skunk named Pepper');
    const facts = await chat.factsWithDetail();
    expect(facts).toContain('pet:Pepper:skunk');
  });

  it('"my pet ferret" keeps the ferret as the sort', async () => {
    const chat = await told("I'm Marit", 'my pet ferret is called Noodle');
    expect(await chat.factsWithDetail()).toContain('pet:Noodle:ferret');
  });

  it('a sort a kind lists is still read as listed', async () => {
    const chat = await told("I'm Marit", 'a ginger tom called Marmalade lives with us');
    expect(await chat.factsWithDetail()).toContain('pet:Marmalade:cat');
  });

  it('a question about another sort does not answer with the skunk', async () => {
    const chat = await told("I'm Marit", 'we have a skunk named Pepper');
    expect(await chat.ask("what's my hamster called?")).not.toContain('Pepper');
  });
  it('counted and named, a sort is read in its plural and by its second sense too ("donkey" is first a party emblem), and asked after by that word', async () => {
    const chat = await told("I'm Marit", 'out back we keep three little donkeys, Hazel, Juniper and Moss');
    expect(await chat.factsWithDetail()).toEqual(expect.arrayContaining(['pet:Hazel:donkey', 'pet:Juniper:donkey', 'pet:Moss:donkey']));
    const reply = await chat.ask('what are my donkeys called?');
    for (const name of ['Hazel', 'Juniper', 'Moss']) expect(reply).toContain(name);
    expect(await chat.ask("what's my skunk called?")).not.toContain('Hazel');
  });

  it('counted names after a word whose animal sense is far down are no pets ("two games, …")', async () => {
    const chat = await told("I'm Marit", 'I finished two games, Hades and Celeste, this month');
    expect((await chat.factsWithDetail()).filter((fact) => fact.startsWith('pet:'))).toEqual([]);
  });

  it('right after "my" and a sort, a capitalised word the lexicon knows first as a name is the pet\'s name ("Pip", not "pip")', async () => {
    const chat = await told("I'm Marit", 'I live in a flat in Perth with my canary Pip and far too many plants');
    expect(await chat.factsWithDetail()).toContain('pet:Pip:canary');
    expect(await chat.ask('do I have any pets?')).toContain('Pip');
  });
});
