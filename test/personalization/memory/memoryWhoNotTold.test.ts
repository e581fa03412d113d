import { isReply } from '../../helpers/testRapport';
import { told, type MemoryChat } from '../../helpers/memoryChat';

/** The reply keys of the last answer. */
const lastKeys = async (chat: MemoryChat) => (await chat.profile()).memory.turns.at(-1)?.replyKeys ?? [];

/** What is kept of the person, besides the turns remembered. */
const kept = async (chat: MemoryChat) => {
  const { facts, notes, aboutOthers } = (await chat.profile()).memory;
  return { facts, notes, aboutOthers };
};

/** A question about someone named that nothing told answers: not told, naming them, never the intent model's guess. */
describe('personal memory: someone asked about who was never told of', () => {
  it('says it does not know one never named, whatever is asked of them', async () => {
    const t = await told("I'm Rosa", 'my brother Teo plays the cello in Porto');
    expect(isReply(await t.ask('who is Wanjiru?'), 'memory.whoUnknown', { name: 'Wanjiru' })).toBe(true);
    expect(isReply(await t.ask('how old is Wanjiru'), 'memory.whoUnknown', { name: 'Wanjiru' })).toBe(true);
    expect(isReply(await t.ask("what are Wanjiru's daughters called?"), 'memory.whoUnknown', { name: 'Wanjiru' })).toBe(true);
    expect(isReply(await t.ask("what's up with Wanjiru these days"), 'memory.whoUnknown', { name: 'Wanjiru' })).toBe(true);
    // In lower case, a word the tagger knows only as a proper noun.
    expect(isReply(await t.ask('whos priscilla'), 'memory.whoUnknown', { name: 'Priscilla' })).toBe(true);
  });

  it('says so of one forgotten, and asking changes nothing kept', async () => {
    const t = await told('my old flatmate Dmitri still owes me 200 quid', 'honestly just forget Dmitri');
    const before = await kept(t);
    expect(isReply(await t.ask("who's Dmitri?"), 'memory.whoUnknown', { name: 'Dmitri' })).toBe(true);
    expect(isReply(await t.ask('what does Dmitri do for a living'), 'memory.whoUnknown', { name: 'Dmitri' })).toBe(true);
    expect(await kept(t)).toEqual(before);
  });

  it('names someone the person told of when what is asked of them was never said, and still says who they are', async () => {
    const t = await told("I'm Lisa", 'my husband is called Bram');
    expect(isReply(await t.ask("what's Bram up to"), 'memory.aboutUnknown', { about: 'husband Bram' })).toBe(true);
    expect(isReply(await t.ask('who is Bram?'), 'memory.who', { value: 'Bram', detail: 'husband' })).toBe(true);
    const said = await told('my niece Orla started uni in Galway');
    expect(isReply(await said.ask('how old is Orla'), 'memory.aboutNamedUnknown', { name: 'Orla' })).toBe(true);
    expect(await said.ask('what does Orla study?')).toContain('Galway');
  });

  it('leaves questions about the bot, the person, places, times and things to what answered them before', async () => {
    const t = await told("I'm Rosa");
    for (const question of ['who are you?', 'who made you?', "what's your name?", 'who am I?', 'who is Rosa?', 'what is Netflix?', 'when is Easter?', 'where is Peru?', 'what time is it in Tokyo?']) {
      await t.ask(question);
      expect(await lastKeys(t)).not.toContain('memory.whoUnknown');
    }
  });
});
