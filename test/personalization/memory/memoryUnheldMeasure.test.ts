import { told, type MemoryChat } from '../../helpers/memoryChat';

/** The reply keys of the last answer. */
const lastKeys = async (chat: MemoryChat) => (await chat.profile()).memory.turns.at(-1)?.replyKeys ?? [];

const NOTE_KEYS = ['memory.fromNote', 'memory.fromNoteSaid', 'memory.fromNotePart'];

/** Whether the last answer told back a note or a part of one. */
const fromNote = async (chat: MemoryChat) => (await lastKeys(chat)).some((key) => NOTE_KEYS.includes(key));

/**
 * A question for something never told (a time of day, a distance, a count, a name) is not answered by a note that only
 * mentions the thing asked about: a day is no time of day, a place in a race no distance, a figure the question says
 * itself no count, and a word that names nothing ("NOT") no name. What was told is still answered.
 */
describe('personal memory: a note about the thing asked that holds nothing of the measure asked', () => {
  it('does not answer a time of day with a note that only says the day', async () => {
    const t = await told("I'm Wren", 'my eye test is next thursday');
    const reply = await t.ask('what time is my eye test?');
    expect(await fromNote(t)).toBe(false);
    expect(reply.toLowerCase()).not.toContain('thursday');
  });

  it('does not answer how far with a place in a race', async () => {
    const t = await told("I'm Wren", 'my brother Osian came 12th in the fell race on saturday');
    const reply = await t.ask('how far was the fell race?');
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('12th');
  });

  it('does not answer a count with a figure the question says itself', async () => {
    const t = await told("I'm Wren", 'I go to a pottery class at Studio 9 on Wednesday evenings, it is cheap');
    const reply = await t.ask('how many people are in my Studio 9 class?');
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('Wednesday');
  });

  it('still answers a name that is spelled like a little word', async () => {
    const t = await told("I'm Wren", 'for the recital my uncle Per will turn the pages for me');
    expect(await t.ask('who will turn the pages for me?')).toContain('Per');
  });

  it('does not take a word that names nothing for a name', async () => {
    const t = await told("I'm Wren", 'repainting the shed purple, my dad is NOT impressed');
    const reply = await t.ask("what's my dad's name?");
    expect(reply).not.toContain('NOT');
  });

  it('still answers a time of day, a distance and a count that were told', async () => {
    const t = await told("I'm Wren", 'my eye test is next thursday at 9:40', 'my commute to the depot is 23 miles each way', 'there are 8 of us in the pottery class');
    expect(await t.ask('what time is my eye test?')).toContain('9:40');
    expect(await t.ask('how far is my commute?')).toContain('23');
    expect(await t.ask('how many people are in my pottery class?')).toContain('8');
  });

  it('answers a reference number from a note that holds that one figure', async () => {
    const t = await told("I'm Wren", 'booked the boiler repair with Hearth & Co, ref HC-204871');
    expect(await t.ask("what's my job number for the boiler?")).toContain('204871');
  });

  it('answers who is doing something from a note that says who, however the name is typed', async () => {
    const t = await told("I'm Wren", 'for the camping trip jae-min is bringing the big tent and I am on food');
    expect((await t.ask("who's bringing the tent?")).toLowerCase()).toContain('jae-min');
  });

  it('answers a number of some kind from a note that says it as a number', async () => {
    const t = await told("I'm Wren", 'I live at number 31 btw, been here 6 years');
    expect(await t.ask("what's my house number?")).toContain('31');
  });

  it('answers which station from a note that names a suburb, typed in lower case', async () => {
    const t = await told("I'm Wren", 'new job so new commute, I get off at wimbledon and walk the rest');
    expect((await t.ask('which station do I get off at?')).toLowerCase()).toContain('wimbledon');
  });

  it("does not answer someone's number with a note that only names them", async () => {
    const t = await told("I'm Wren", 'plumber Kofi Boateng is fixing the leaky bath tap');
    const reply = await t.ask("what was Kofi Boateng's number?");
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('tap');
  });
});
