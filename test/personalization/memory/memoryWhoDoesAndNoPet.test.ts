import { told } from '../../helpers/memoryChat';

// "who" asked of what someone does, and a person said with a word that is also an animal's.
describe('"who" asked of what someone does, in one word', () => {
  it.each([
    ['my neighbour Hector is retiring next spring', "who's retiring?", 'Hector'],
    ['my cousin Bea got engaged last weekend!!', 'who got engaged, and when?', 'Bea'],
    ['my sister Ilse is moving to Ghent', 'who is moving?', 'Ilse'],
  ])('"%s" answers "%s"', async (line, question, answer) => {
    const chat = await told(line);
    expect(await chat.ask(question)).toContain(answer);
  });

  it('a one-word "who" question no note says is not answered from notes ("who made you?" is about the bot)', async () => {
    const chat = await told('my neighbour Hector is retiring next spring');
    expect(await chat.ask('who made you?')).not.toContain('Hector');
  });
});

describe('a person said with a word that is also an animal\'s is no pet', () => {
  it.each(['my friend Layla got engaged to a guy named Ibrahim', 'I met a guy named Leo at the climbing gym'])('"%s" keeps no pet', async (line) => {
    const chat = await told(line);
    expect((await chat.facts()).filter((fact) => fact.startsWith('pet:'))).toEqual([]);
  });

  it('a noun filed under an animal still names a pet ("a ginger tom called Marmalade")', async () => {
    const chat = await told('we have a ginger tom called Marmalade');
    expect(await chat.facts()).toContain('pet:Marmalade');
  });
});

describe('a question for a sort is not answered by a name', () => {
  it.each([
    ['pets: 1 dog, Biscuit, whippet', 'what breed is my dog?', 'whippet'],
    ['my cat Mochi is a ragdoll, so fluffy', 'what breed is my cat?', 'ragdoll'],
  ])('"%s": "%s" tells what was said of the pet', async (line, question, sort) => {
    const chat = await told(line);
    expect(await chat.ask(question)).toContain(sort);
  });

  it('a sort kept is told as before ("we have a beagle called Toby")', async () => {
    const chat = await told('we have a beagle called Toby');
    expect(await chat.ask('what breed is my dog?')).toContain('beagle');
  });
});

describe('a question for a city is answered by a city', () => {
  it('"which city am I from?" after a country and a city: the city', async () => {
    const chat = await told("I'm Amina, from Morocco, Marrakesh originally");
    expect(await chat.ask('which city am I from?')).toContain('Marrakesh');
    expect(await chat.ask('which country am I from?')).toContain('Morocco');
  });
});

describe('a thing named is no pet because a rare sense of its word is an animal', () => {
  it.each(['find a video game called Young', "I'm playing a game called Hades"])('"%s" keeps no pet', async (line) => {
    const chat = await told(line);
    expect((await chat.facts()).filter((fact) => fact.startsWith('pet:'))).toEqual([]);
  });

  it('an animal in its commonest sense is kept as typed ("an axolotl called Pinky")', async () => {
    const chat = await told('we have an axolotl called Pinky');
    expect(await chat.facts()).toContain('pet:Pinky');
  });
});
