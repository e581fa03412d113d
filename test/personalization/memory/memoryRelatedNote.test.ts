import { told } from '../../helpers/memoryChat';

// A question nothing kept answers by its own words, but a note says the thing in other words: a kind of what is
// asked (a marathon is a race), or a compound that holds it (a housemate shares the house). The note answers,
// not "I don't know"; a note that only shares the topic does not.
describe('a question is answered by the note most related to it', () => {
  it.each([
    ['I signed up for a marathon in October, terrified', 'when is my race?', 'October'],
    ['my housemate Priya is moving out in June', 'who do I share my house with?', 'Priya'],
    ['ugh my workmate Dolores microwaves fish every day', 'who do I work with?', 'Dolores'],
    ['my roommate-turned-bestie is Amara', 'who is my bestie?', 'Amara'],
  ])('"%s" answers "%s"', async (line, question, answer) => {
    const chat = await told(line);
    expect(await chat.ask(question)).toContain(answer);
  });

  it('only the part of the note that meets the question is told', async () => {
    const chat = await told('my housemate Priya is moving out in June, and I got a promotion at the bank');
    const reply = await chat.ask('who do I share my house with?');
    expect(reply).toContain('Priya');
    expect(reply).not.toContain('bank');
  });

  it.each([
    ['I signed up for a marathon in October', "what's my phone number?"],
    ['my housemate Priya is moving out in June', 'which colleague keeps cancelling on me?'],
  ])('"%s" does not answer "%s", which shares no more than a topic', async (line, question) => {
    const chat = await told(line);
    const reply = await chat.ask(question);
    expect(reply).not.toContain('October');
    expect(reply).not.toContain('Priya');
  });
});

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
