import { told } from '../../helpers/memoryChat';

const DONT_KNOW = /don't know|haven't told/i;

// What is forgotten when the request only points at it, and what is not answered once it is: questions asked
// to be told again, words that only pause, and numbers that tell which one rather than how many.
describe('forgetting by a pronoun', () => {
  it('"the gecko died, rip. forget him" forgets the gecko named before, not the other pet', async () => {
    const chat = await told("I'm Noor", 'I keep a leopard gecko named Sultan and a tabby cat called Mishmish', 'the gecko died on sunday, rip. forget him, it hurts');
    expect(await chat.facts()).not.toContain('pet:Sultan');
    expect(await chat.facts()).toContain('pet:Mishmish');
    const reply = await chat.ask('what was my gecko called?');
    expect(reply).not.toContain('Sultan');
    expect(reply).toMatch(DONT_KNOW);
  });

  it('"forget about her" the message after naming someone forgets her, and erases nothing else', async () => {
    const chat = await told("I'm Noor", 'I live in Leeds', "been going on dates with someone, her name's Marisol");
    const reply = await chat.ask('actually forget about her');
    expect(reply).not.toMatch(/erases everything/i);
    expect((await chat.notes()).join(' ')).not.toContain('Marisol');
    expect(await chat.ask('who am I dating?')).not.toContain('Marisol');
    expect(await chat.ask('where do I live?')).toContain('Leeds');
  });

  it('a pronoun with nothing named before is left to the rest of the bot', async () => {
    const chat = await told("I'm Noor");
    expect(await chat.ask('forget him')).not.toMatch(/forgotten that/i);
  });
});

describe('the value said in a forgotten part of a note', () => {
  it('"forget the axolotl" takes the name said with it, and keeps the other pet', async () => {
    const chat = await told("I'm Noor", 'an axolotl named Pinky and a budgie named Kiwi live with me');
    await chat.ask('forget the axolotl');
    expect(await chat.facts()).not.toContain('pet:Pinky');
    expect(await chat.facts()).toContain('pet:Kiwi');
  });
});

describe('asked to be told again', () => {
  it('"remind me what my …" with nothing kept says so, not "I can\'t set reminders"', async () => {
    const chat = await told("I'm Noor");
    const reply = await chat.ask('remind me what my hamster was called?');
    expect(reply).toMatch(DONT_KNOW);
    expect(reply).not.toMatch(/reminder/i);
  });

  it('"what did I tell you about Dimitri?" with nothing said of him says so', async () => {
    const chat = await told("I'm Noor", 'my manager Rhoda is great');
    expect(await chat.ask('what did I tell you about Dimitri?')).toMatch(DONT_KNOW);
    expect(await chat.ask('what did I tell you about Rhoda?')).toContain('Rhoda');
  });

  it('"remind me to …" is still a reminder request', async () => {
    const chat = await told("I'm Noor");
    expect(await chat.ask('remind me to water the plants at 6')).not.toMatch(DONT_KNOW);
  });
});

describe('pauses and numbers', () => {
  it('"erm do forget I said the salary bit" forgets it', async () => {
    const chat = await told("I'm Noor", 'my salary went up to 52k this spring', 'erm do forget I said the salary bit');
    expect((await chat.notes()).join(' ')).not.toContain('52k');
  });

  it('"year 4" or "room 12" is no age', async () => {
    const chat = await told("I'm Noor", 'teaching assistant, year 4', 'my classroom is room 12');
    const reply = await chat.ask('how old am I?');
    expect(reply).not.toMatch(/\b(4|12)\b/);
  });

  it('the question\'s "\'s" meets no other possessive: "what\'s my husband\'s name?" is not answered by "my mother\'s garden"', async () => {
    const chat = await told("I'm Noor", "the lemon tree came from my mother's garden in Jaffa");
    const reply = await chat.ask("what's my husband's name?");
    expect(reply).not.toMatch(/lemon|garden|Jaffa/i);
  });
});

describe('forgetting work whole', () => {
  it('"forget my job" takes where the work is done too, and "for a living" asks no "living"', async () => {
    const chat = await told("I'm Noor", 'I share a flat in Porto with my cousin Ines', "I'm a surveyor at a mining firm, it's dull");
    await chat.ask('please forget my job, it is nobody’s business');
    expect((await chat.facts()).some((fact) => fact.startsWith('job:') || fact.startsWith('workplace:'))).toBe(false);
    const reply = await chat.ask('what do I do for a living?');
    expect(reply).not.toMatch(/Porto|flat|surveyor|mining/i);
    expect(reply).toMatch(DONT_KNOW);
  });
});

describe('days and months', () => {
  it('a name that opens like a month or a day ("Marisol", "Sunita") is still a name, and "on Sunday" names no one', async () => {
    const chat = await told("I'm Noor", "been going on dates with someone, her name's Marisol", 'we met on Sunday at the market');
    await chat.ask('forget about her');
    expect((await chat.notes()).join(' ')).not.toContain('Marisol');
    expect((await chat.notes()).join(' ')).toContain('market');
  });
});
