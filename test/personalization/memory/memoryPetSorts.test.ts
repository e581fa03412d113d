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
});
