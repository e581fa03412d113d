import { told, type MemoryChat } from '../../helpers/memoryChat';

const stored = async (chat: MemoryChat): Promise<string> => JSON.stringify(await chat.profile()).toLowerCase();
const DONT_KNOW = /don't know|haven't told/i;

// A forget request that names one thing, the way people name it in passing: nothing of that thing stays (facts, what
// was told of others, notes), and nothing else goes.
describe('forgetting one thing named in passing', () => {
  it('reads what is named up to a word that only softens, with no comma before it', async () => {
    const chat = await told("I'm Wren", "I'm 31 and I keep bees on my roof");
    await chat.tell('forget I said my age honestly it was a bit much to share');
    expect(await chat.facts()).not.toContain('age:31');
    expect(await chat.ask('how old am I?')).toMatch(DONT_KNOW);
    expect(await stored(chat)).toContain('bees');
  });

  it('takes "scrap" as a forget verb ("scrap the job thing")', async () => {
    const chat = await told("I'm Wren", 'I work as a courier for a parcel firm', 'I keep bees on my roof');
    await chat.tell("ok scrap the job thing, I'd rather it wasn't saved");
    expect(await stored(chat)).not.toContain('courier');
    expect(await chat.ask('what do I do for work?')).not.toContain('courier');
    expect(await stored(chat)).toContain('bees');
  });

  it('forgets what was told of someone named by their name alone, and keeps them and the rest', async () => {
    const chat = await told("I'm Wren", 'my daughters are Ines (12) and Maud (9)');
    await chat.tell("forget Maud's age please, she'd hate that");
    const about = (await chat.profile()).memory.aboutOthers ?? [];
    expect(about.map((fact) => fact.value)).toEqual(['12']);
    expect(await chat.ask('how old is Maud?')).not.toContain('9');
    expect(await chat.ask('how old is Ines?')).toContain('12');
    expect(await chat.ask('what are my daughters called?')).toContain('Maud');
  });
});

describe('forgetting an item of a numbered list by its number', () => {
  const list = async () => told("hi, I'm Wren", 'some facts, numbered:\n1) 31 years old\n2) a courier in Leeds\n3) vegan since 2020', '4) cycle to work, best time 28:15\n5) two rabbits');

  it('"don\'t keep #4" forgets what that item said and keeps the other items', async () => {
    const chat = await list();
    const reply = await chat.ask("pls don't keep #4, it's a slow time");
    expect(reply).toContain('28:15');
    const profile = await stored(chat);
    expect(profile).not.toContain('28');
    expect(profile).toContain('vegan');
    expect(profile).toContain('rabbits');
  });

  it('"forget number 3" names the item too', async () => {
    const chat = await list();
    await chat.tell('forget number 3');
    expect(await stored(chat)).not.toContain('vegan');
    expect(await stored(chat)).toContain('rabbits');
  });

  it('takes a number as a number when no list was typed', async () => {
    const chat = await told("hi, I'm Wren", 'I have 4 rabbits');
    await chat.tell('forget number 4');
    expect(await stored(chat)).toContain('rabbits');
  });
});

describe('forgetting one of several people a note names', () => {
  it('"forget the stepmum bit" takes her part and her name told in brackets, and keeps the others', async () => {
    const chat = await told("hi, I'm Wren", 'at home: dad (Tomas), stepmum (Greta), little sister Pia who is 7');
    const reply = await chat.ask('hmm forget the stepmum bit, she moved out');
    expect(reply).toContain('stepmum');
    const profile = await stored(chat);
    expect(profile).not.toMatch(/"text":"[^"]*greta/);
    expect(profile).not.toMatch(/"text":"[^"]*stepmum/);
    // Asked by name, she is someone never told of: the reply says so (and names her, as the question did).
    expect(await chat.ask('who is Greta?')).toMatch(/don't know who Greta is|haven't told/i);
    const notes = ((await chat.profile()).memory.notes ?? []).map((note) => note.text).join(' ');
    expect(notes).toContain('Pia');
    expect(notes).toContain('Tomas');
  });
});

describe('forgetting what was said of someone, named as theirs', () => {
  it('"forget what I said about Ellis\'s redundancy" forgets that, and keeps Ellis', async () => {
    const chat = await told("hi, I'm Wren", 'my brother Ellis lives in Hull', 'Ellis was made redundant last week');
    const reply = await chat.ask("please forget what I said about Ellis's redundancy, not my news to share");
    expect(reply).not.toMatch(/forgotten Ellis\./);
    expect(await stored(chat)).not.toMatch(/"text":"[^"]*redundan/);
    expect(await chat.facts()).toContain('sibling:Ellis');
    expect(await chat.ask('where does my brother live?')).toContain('Hull');
  });
});
