import { told } from '../../helpers/memoryChat';

// What a person tells is kept, in their words, even when part of the message speaks to the bot, when a line is a
// label the bot has no kind for, when a verb opens it, or when the intent model hears a feeling in "I'm a …".
describe('asides to the bot inside a statement', () => {
  it('"since you asked, I took up …" keeps what follows the aside', async () => {
    const chat = await told("I'm Wanjiru", "Since you asked about my weekends, I've taken up kayaking and last month paddled the whole of Lake Naivasha");
    expect(await chat.notes()).toEqual(expect.arrayContaining([expect.stringContaining('Lake Naivasha')]));
    expect(await chat.ask('which lake did I paddle?')).toContain('Naivasha');
  });

  it('"My trainer now, you would call her a coach, is Ingeborg" keeps the name without the aside', async () => {
    const chat = await told("I'm Lotte", 'My trainer now, you would call her a coach, is Ingeborg, she runs the club in Utrecht');
    const notes = await chat.notes();
    expect(notes.join(' ')).toContain('Ingeborg');
    expect(notes.join(' ')).not.toMatch(/\byou\b/i);
  });

  it('"how you say" in a learner\'s line does not drop the line', async () => {
    const chat = await told("I'm Thiago", 'I have one gata, a cat, she call Farofa, how you say, a street cat');
    expect((await chat.notes()).join(' ')).toContain('Farofa');
    expect(await chat.ask("what's my cat's name?")).toContain('Farofa');
  });

  it('a line said only to the bot is still not kept', async () => {
    const chat = await told("I'm Thiago", 'can you imagine how you would feel');
    expect(await chat.notes()).toEqual([]);
  });
});

describe('labels the bot has no kind for', () => {
  it('"Tools: Figma, Miro" and "band: The Cardigans" are kept and answer later', async () => {
    const chat = await told("I'm Sanna", 'Tools: Figma, Miro, Notion', 'band: The Cardigans');
    const notes = (await chat.notes()).join(' | ');
    expect(notes).toContain('Figma');
    expect(notes).toContain('The Cardigans');
    expect(await chat.ask('what band do I like?')).toContain('Cardigans');
  });
});

describe('a verb first, a fact read', () => {
  it('"play drums in a covers band called Loose Gravel" keeps the band beside the instrument', async () => {
    const chat = await told("I'm Ruairi", 'play drums in a covers band called Loose Gravel most fridays');
    expect(await chat.facts()).toContain('instrument:drums');
    expect((await chat.notes()).join(' ')).toContain('Loose Gravel');
    expect(await chat.ask("what's my band called?")).toContain('Loose Gravel');
  });
});

describe('"I\'m a …" with a word more often a verb', () => {
  it('"I am a tailor" is work, even when the model hears a feeling', async () => {
    const chat = await told("I'm Kojo", 'I am a tailor');
    expect(await chat.facts()).toContain('job:tailor');
    expect(await chat.ask("what's my job?")).toContain('tailor');
  });

  it('"I\'m a cook in a hotel in Kisumu" is work', async () => {
    const chat = await told("I'm Achieng", "I'm a cook in a hotel in Kisumu");
    expect(await chat.ask('what do I do for work?')).toContain('cook');
  });

  it('"I\'m a mess" and "I\'m a bit tired" are still no work', async () => {
    const chat = await told("I'm Kojo", "I'm a mess", "I'm a bit tired");
    expect((await chat.facts()).filter((fact) => fact.startsWith('job:'))).toEqual([]);
  });
});

describe('questions said with a form of address first, or with a label of the kind', () => {
  it('"sweetheart, where do I live?" and "mate where do I work?" are asked of the person', async () => {
    const chat = await told("I'm Edna", 'I live in Whitby and work at the lifeboat station');
    expect(await chat.ask('sweetheart, where do I live?')).toContain('Whitby');
    expect(await chat.ask('mate where do I work?')).toContain('lifeboat station');
  });

  it('"love what I do" is still no question', async () => {
    const chat = await told("I'm Edna");
    expect(await chat.ask('love what I do')).not.toMatch(/don't know|haven't told/);
  });

  it('a one-word label of a kind names it in a question ("what village do I live in?", "which employer am I with?")', async () => {
    const chat = await told("I'm Gwen", 'I live in Llanberis', 'I work at Snowdon Mountain Railway');
    expect(await chat.ask('what village do I live in?')).toContain('Llanberis');
    expect(await chat.ask('which employer am I with?')).toContain('Snowdon Mountain Railway');
  });
});

describe('a word that describes one of a kind in a question', () => {
  it('"what\'s the new puppy called?" and "my clever granddaughter\'s name?" ask for that kind', async () => {
    const chat = await told("I'm Maeve", 'we have a cat called Sooty and a new puppy, Biscuit', 'my granddaughter is Niamh');
    expect(await chat.ask("what's the new puppy called?")).toContain('Biscuit');
    expect(await chat.ask("what's my clever granddaughter's name?")).toContain('Niamh');
  });

  it('"how many grandchildren do I have?" still counts', async () => {
    const chat = await told("I'm Maeve", 'I have three grandchildren');
    expect(await chat.ask('how many grandchildren do I have?')).toMatch(/3|three/i);
  });
});
