import { told } from '../../helpers/memoryChat';

// A household's animals are not all the person's own: one someone else has ("my nephew Raj has a rabbit called
// Toffee", "Priya's got a tortoise named Shelby") or one said to be theirs ("Duke is my brother's") is kept about its
// owner, asked after by the owner ("what's my nephew's rabbit called?") and by whose it is ("who owns the tortoise?").
describe('whose animal it is', () => {
  it('an animal someone has is kept about them, not as the person\'s own pet', async () => {
    const chat = await told("I'm Noor", 'my nephew Raj has a rabbit called Toffee', 'I have a terrier named Scout');
    expect(await chat.facts()).not.toContain('pet:Toffee');
    expect(await chat.facts()).toContain('pet:Scout');
    const profile = await chat.profile();
    expect(profile.memory.aboutOthers).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'pet', value: 'Toffee', detail: 'rabbit', about: expect.objectContaining({ noun: 'nephew' }) })]));
  });

  it('"what\'s my …\'s dog called?" finds the one of theirs, by the sort\'s kind too', async () => {
    const chat = await told("I'm Noor", 'my daughter Lina has a spaniel called Poppy', 'I have a cat called Figaro');
    const reply = await chat.ask("what's my daughter's dog called?");
    expect(reply).toContain('Poppy');
    expect(reply).not.toContain('Figaro');
  });

  it('someone named alone owns what they have, asked with their name and "\'s"', async () => {
    const chat = await told("I'm Noor", "Priya's got a tortoise named Shelby", 'Tom has two budgies, Kiwi and Mango');
    expect(await chat.ask('who owns the tortoise?')).toContain('Priya');
    const budgies = await chat.ask("what are Tom's budgies called?");
    expect(budgies).toContain('Kiwi');
    expect(budgies).toContain('Mango');
  });

  it('"whose … is …?" names the owner, and the person\'s own animal is theirs', async () => {
    const chat = await told("I'm Noor", 'my husband Karim keeps a parrot called Rio', 'we also have a cat, Misty, she is mine');
    expect(await chat.ask('whose parrot is Rio?')).toContain('Karim');
    expect(await chat.ask('whose cat is Misty?')).not.toContain('Karim');
  });

  it('said after it was named ("Duke is my brother\'s", "belongs to my neighbour"), the animal is moved to its owner', async () => {
    const chat = await told("I'm Noor", 'we have two dogs, Duke and Rolo', "Duke is technically my brother's dog", 'Bramble is a pony that belongs to my aunt');
    expect(await chat.facts()).not.toContain('pet:Duke');
    expect(await chat.facts()).toContain('pet:Rolo');
    expect(await chat.ask('who does Duke belong to?')).toContain('brother');
    expect(await chat.ask('who does Bramble belong to?')).toContain('aunt');
  });

  it('"which … belongs to my …?" is asked as their animal\'s name', async () => {
    const chat = await told("I'm Noor", 'my son Idris has a hamster called Biscuit', 'I have a hamster too, Peanut');
    const reply = await chat.ask('which hamster belongs to my son?');
    expect(reply).toContain('Biscuit');
    expect(reply).not.toContain('Peanut');
  });

  it('"what kind of pet does … have?" answers the sort kept of theirs', async () => {
    const chat = await told("I'm Noor", 'my niece Sara has a gecko called Ziggy');
    expect(await chat.ask('what kind of pet does my niece have?')).toContain('gecko');
  });

  it('"whose … is …?" about an animal no one told of says so in whole words', async () => {
    const chat = await told("I'm Noor", 'my son Idris has a hamster called Biscuit');
    const reply = await chat.ask('whose tortoise is Shelly?');
    expect(reply).toMatch(/don't know that|do not know that/i);
    expect(reply).not.toMatch(/know {2}/);
  });
});
