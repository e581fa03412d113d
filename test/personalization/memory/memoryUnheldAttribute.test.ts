import { told, type MemoryChat } from '../../helpers/memoryChat';

/** The reply keys of the last answer. */
const lastKeys = async (chat: MemoryChat) => (await chat.profile()).memory.turns.at(-1)?.replyKeys ?? [];

const NOTE_KEYS = ['memory.fromNote', 'memory.fromNoteSaid', 'memory.fromNotePart'];

/** Whether the last answer told back a note or a part of one. */
const fromNote = async (chat: MemoryChat) => (await lastKeys(chat)).some((key) => NOTE_KEYS.includes(key));

/**
 * A question for an attribute whose value has a type of its own (a phone number, an email address, a surname, a
 * colour), or for who does something, is not answered by a note that only names the person or thing asked about.
 */
describe('personal memory: a note that names what is asked about but not the attribute asked', () => {
  it('does not answer a phone number with another figure said beside the person', async () => {
    const t = await told("I'm Ines", 'my neighbour Gustavo lent me his 18V drill, I owe him 2 beers');
    const reply = await t.ask("what's Gustavo's phone number?");
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('18V');
  });

  it('does not answer an email address with the note that names her', async () => {
    const t = await told("I'm Ines", 'the landlord is Odette Marchal, rent goes up in april');
    const reply = await t.ask("what's odette's email address?");
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('april');
  });

  it('does not answer a surname when only the first name was said', async () => {
    const t = await told("I'm Ines", 'my climbing buddy Wendell just moved to bouldering only');
    const reply = await t.ask("what's wendell's surname?");
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('bouldering');
  });

  it('does not answer a colour with a note that names the thing but no colour', async () => {
    const t = await told("I'm Ines", 'bought a 1988 Vespa PX off a guy in Porto for 2000 euros');
    const reply = await t.ask('what colour is the vespa?');
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('Porto');
  });

  it('does not answer who does something with a note that names no one', async () => {
    const t = await told("I'm Ines", 'quiz night entry fee is 5 quid, deadline is 3 October');
    const reply = await t.ask("who's hosting the quiz night?");
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('quid');
  });

  it('still answers when the note holds a value of the type asked', async () => {
    const t = await told("I'm Ines", 'my neighbour Gustavo, his number is 07700 900123', 'my vespa is painted sky blue now', 'quiz night is hosted by Raymond this time');
    expect(await t.ask("what's Gustavo's phone number?")).toContain('07700 900123');
    expect((await t.ask('what colour is my vespa?')).toLowerCase()).toContain('sky blue');
    expect(await t.ask("who's hosting the quiz night?")).toContain('Raymond');
  });

  it('does not answer a kind of number with a figure from a note that never says that kind', async () => {
    const t = await told("I'm Ines", 'restoring a 1964 Lambretta TV175 in the shed');
    const reply = await t.ask("what's the frame number on the lambretta?");
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('1964');
  });

  it('does not answer what a noun asks for with a note that holds nothing of its kind', async () => {
    const t = await told("I'm Ines", "I've been reading my son Milo the hobbit at bedtime, he loves the dragon");
    const reply = await t.ask('what school does Milo go to?');
    expect(await fromNote(t)).toBe(false);
    expect(reply).not.toContain('dragon');
  });

  it('still answers what a noun asks for from a note that names something of its kind', async () => {
    const t = await told("I'm Ines", 'my son Milo just started at Greenfield Primary, he loves it');
    expect(await t.ask('what school does Milo go to?')).toContain('Greenfield');
  });

  it('still answers a colour named by a word the colour list holds beyond the basic ones', async () => {
    const t = await told("I'm Ines", 'bought a second-hand kayak in mustard, bit faded but fine');
    expect((await t.ask('what colour is my kayak?')).toLowerCase()).toContain('mustard');
  });

  it('reads "name" after "I" as the verb: "what did I name …?" asks the name given, of no kind of name', async () => {
    const t = await told("I'm Ines", 'my kayak is a red Dagger Mamba, her name is Pickle');
    expect(await t.ask('what did I name my kayak?')).toContain('Pickle');
  });
});
