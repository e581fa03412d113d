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
