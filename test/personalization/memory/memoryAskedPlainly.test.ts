import { told } from '../../helpers/memoryChat';

const DONT_KNOW = /don't know|haven't told/i;

// Questions about oneself typed the way people do: without "?", "the" for one's own thing, a preposition before the
// question word, and "she"/"he" for the one asked about just before; and questions a request intent would take.
describe('a question about one\'s own thing, typed without "?"', () => {
  it('"where\'s the allotment" after telling of it', async () => {
    const chat = await told("I'm Gus", "I've got an allotment up in Headingley, grow leeks mostly");
    expect(await chat.ask("where's the allotment")).toContain('Headingley');
  });

  it('"when does the course start" after telling of it', async () => {
    const chat = await told("I'm Gus", 'my pottery course starts in October');
    expect(await chat.ask('when does the course start')).toContain('October');
  });
});

describe('a preposition before the question word', () => {
  it('"in which town is my allotment" is asked, not told', async () => {
    const chat = await told("I'm Gus", "I've got an allotment up in Headingley");
    expect(await chat.ask('in which town is my allotment')).toContain('Headingley');
  });

  it('"on what device do I read" is asked even when nothing answers it', async () => {
    const chat = await told("I'm Gus");
    expect(await chat.ask('on what device do I read')).toMatch(DONT_KNOW);
  });
});

describe('a question about oneself read as a request the bot cannot do', () => {
  it('"when is my physio appointment" is not a reminder request', async () => {
    const chat = await told("I'm Gus");
    expect(await chat.ask('when is my physio appointment')).toMatch(DONT_KNOW);
  });
});

describe('"she" and "he" for the one asked about just before', () => {
  it('"how old is she?" after "what\'s my daughter\'s name?"', async () => {
    const chat = await told("I'm Ida", 'my daughter Runa is 4 and my son Bo is 9');
    expect(await chat.ask("what's my daughter's name?")).toContain('Runa');
    const reply = await chat.ask('how old is she?');
    expect(reply).toContain('4');
    expect(reply).not.toContain('9');
  });

  it('"what\'s his name?" two questions after "my son"', async () => {
    const chat = await told("I'm Ida", 'my daughter Runa is 4 and my son Bo is 9');
    await chat.ask('and my son, how old is he?');
    await chat.ask('how old is he?');
    expect(await chat.ask("what's his name?")).toContain('Bo');
  });

  it('with no one named before, "how old is she?" is not answered from the person\'s own age', async () => {
    const chat = await told("I'm Ida", "I'm 41");
    expect(await chat.ask('how old is she?')).not.toContain('41');
  });
});
