import { told, type MemoryChat } from '../../helpers/memoryChat';

/** The reply keys of the last answer. */
const lastKeys = async (chat: MemoryChat) => (await chat.profile()).memory.turns.at(-1)?.replyKeys ?? [];

const NOTE_KEYS = ['memory.fromNote', 'memory.fromNoteSaid', 'memory.fromNotePart'];

/** Whether the last answer told back a note or a part of one. */
const fromNote = async (chat: MemoryChat) => (await lastKeys(chat)).some((key) => NOTE_KEYS.includes(key));

/**
 * A figure said counting things ("48 mugs", "15 beehives") answers no price and no count of a thing of another sort;
 * an age said after a name ("Ines, 39") is no price; a note with no figure and no money says no price. A price or a
 * count that was told is still answered.
 */
describe('personal memory: a figure that counts other things, or no figure, for a price or a count asked', () => {
  it('does not answer a price with the number of things ordered', async () => {
    const t = await told("I'm Wren, I throw pots in a shed in Ludlow", 'a tea room ordered 48 speckled mugs from me, due in May');
    const reply = await t.ask('how much am I charging per mug?');
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('48');
  });

  it('answers a price said with a currency mark of a letter or two after it ("90 rs")', async () => {
    const t = await told("I'm Ravi, retired teacher in Pune", 'i go to the library in deccan, rickshaw fare is now 90 rs each way');
    expect(await t.ask('how much is my rickshaw fare?')).toContain('90');
  });

  it('does not answer how many people with a count of things', async () => {
    const t = await told("I'm Wren", 'I keep bees at the back of our farmhouse b&b, 15 hives so far');
    const reply = await t.ask('how many guests can the b&b sleep?');
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('15');
  });

  it('does not answer a price with an age said after a name', async () => {
    const t = await told('hello! Ines, 39', 'I run a small bike repair shop in Porto with my cousin');
    const reply = await t.ask('how much rent do I pay for the shop?');
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('39');
    expect(reply.toLowerCase()).not.toContain('porto');
  });

  it('still answers a price told without a sign, and a count of the very things asked', async () => {
    const t = await told("I'm Wren", 'I charge 30 a lesson for beginners', 'the b&b has 6 guest rooms');
    expect(await t.ask('how much do I charge per lesson?')).toContain('30');
    expect(await t.ask('how many rooms does the b&b have?')).toContain('6');
  });

  it('does not give the name said after a word for a child as the name of a pet', async () => {
    const t = await told("I'm Wren, 52, a thatcher in Dorset", 'me son Tobias is 17 and in Bristol at college doing marine biology');
    const reply = await t.ask("what's my dog called?");
    expect(reply).not.toContain('Tobias');
  });

  it('does not answer what someone does for work with something else said of them', async () => {
    const t = await told("I'm Wren", 'my wife Ottilie moans about the kiln fumes all the time');
    const reply = await t.ask('what does Ottilie do for work?');
    expect(reply).not.toContain('moans');
  });
});
