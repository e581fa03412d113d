import { told, type MemoryChat } from '../../helpers/memoryChat';

/** The reply keys of the last answer. */
const lastKeys = async (chat: MemoryChat) => (await chat.profile()).memory.turns.at(-1)?.replyKeys ?? [];

const NOTE_KEYS = ['memory.fromNote', 'memory.fromNoteSaid', 'memory.fromNotePart'];

/** Whether the last answer told back a note. */
const fromNote = async (chat: MemoryChat) => (await lastKeys(chat)).some((key) => NOTE_KEYS.includes(key));

/**
 * A question that asks for a value of a sort (a name, a time, a number, a place, a kind of work) is not
 * answered by a note that holds none: the bot says it does not know rather than reciting the note.
 */
describe('personal memory: a note that holds no value of the sort asked', () => {
  it('says it does not know a place the note does not say', async () => {
    const t = await told("I'm Theo", "i play bass in a band, we've got a gig saturday");
    const where = await t.ask("where's the gig?");
    expect(await fromNote(t)).toBe(false);
    expect(where.toLowerCase()).not.toContain('saturday');
  });

  it('says it does not know a name the note does not say', async () => {
    const t = await told("I'm Kwame", 'my mum back in Kumasi keeps asking when I will visit');
    const reply = await t.ask("what's my mum's name?");
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('Kumasi');
  });

  it('says it does not know a birthday when the note about them says none', async () => {
    const t = await told("I'm Sophie", "Naomi's husband Joe is a firefighter, no idea when his birthday is");
    const reply = await t.ask("when is Joe's birthday?");
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('firefighter');
  });

  it('still answers from a note that holds a value of the sort asked', async () => {
    const t = await told("I'm Theo", 'i play bass in a band called the wet socks, we have a gig saturday', 'my brother Rafi is a firefighter');
    expect((await t.ask('when is the gig?')).toLowerCase()).toContain('saturday');
    expect((await t.ask("what's my band called?")).toLowerCase()).toContain('wet socks');
    expect((await t.ask('what does Rafi do?')).toLowerCase()).toContain('firefighter');
  });
});
