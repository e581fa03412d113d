import { memoryChat, told, type MemoryChat } from '../../helpers/memoryChat';
import { textsOf } from '../../helpers/testRapport';
import { FORGET_UNDO_MS } from '../../../src/profile/forgetUndo';

const DONT_KNOW = /don't know|haven't told/i;
/** Everything the store holds, as written (not only the test user's profile). */
const onDisk = async (chat: MemoryChat): Promise<string> => JSON.stringify(await chat.storage.read(['users/test/dana-1'])).toLowerCase();
const kept = textsOf('memory.keptAfterAll');
const hint = textsOf('memory.takeBackHint');

// A forget request can be taken back by the very next message, within a few minutes: what it took comes back as it
// was. The copy that makes it possible is never written to the store.
describe('taking a forget back right after it', () => {
  it('puts back a relative\'s name on "oh hang on, keep it, he\'s fine with it"', async () => {
    const chat = await told("I'm Joss", 'my brother is called Ruari');
    const forgot = await chat.ask("forget my brother's name please");
    expect(hint.some((text) => forgot.includes(text))).toBe(true);
    expect(await onDisk(chat)).not.toContain('ruari');
    const reply = await chat.ask("oh hang on, keep it, he's fine with it");
    expect(kept).toContain(reply);
    expect(await chat.ask("what's my brother called?")).toContain('Ruari');
  });

  it('puts back a note and learns what the rest of the message says', async () => {
    const chat = await told("I'm Joss", 'my partner Wynn wants us to move to Oregon next year');
    await chat.tell('forget the Oregon thing, nothing is settled');
    expect(await onDisk(chat)).not.toContain('oregon');
    await chat.tell("actually no, remember it, we talked it over. I'm 52 by the way");
    expect(await onDisk(chat)).toContain('oregon');
    expect(await chat.ask('how old am I?')).toContain('52');
  });

  it('takes it back by naming what was forgotten ("fine, you can know my age")', async () => {
    const chat = await told("I'm Joss", "I'm 44");
    await chat.tell('please forget my age');
    expect(await chat.facts()).not.toContain('age:44');
    await chat.tell('meh you can remember my age, whatever');
    expect(await chat.ask('how old am I?')).toContain('44');
  });

  it('keeps the whole thing back, then forgets only the part named next ("not everything, just its name")', async () => {
    const chat = await told("I'm Joss", 'I have a hamster named Biscuit');
    await chat.tell('please forget everything about my hamster');
    expect(await onDisk(chat)).not.toContain('biscuit');
    await chat.tell("wait, not everything — just forget the hamster's name");
    expect(await onDisk(chat)).not.toContain('biscuit');
  });

  it('"hold on, not all of it, just forget her name, you can know I have a hamster" keeps the hamster, not its name', async () => {
    const chat = await told("I'm Joss", 'I have a hamster named Biscuit');
    await chat.tell('please forget everything about my hamster');
    await chat.tell('hold on, not all of it, just forget her name, you can know I have a hamster');
    expect(await onDisk(chat)).not.toContain('biscuit');
    expect(await onDisk(chat)).toContain('hamster');
    expect(await chat.ask('do I have any pets?')).toContain('hamster');
    expect(await chat.ask("what's my hamster called?")).not.toContain('Biscuit');
  });

  it('does not take a forget back on "keep it up" or "remember the milk"', async () => {
    for (const line of ['keep it up!', 'remember the milk on the way home']) {
      const chat = await told("I'm Joss", 'my brother is called Ruari');
      await chat.tell("forget my brother's name please");
      const reply = await chat.ask(line);
      expect(kept).not.toContain(reply);
      expect(await onDisk(chat)).not.toContain('ruari');
    }
  });

  it('holds only for the next message: a take-back after another message does nothing', async () => {
    const chat = await told("I'm Joss", 'my brother is called Ruari');
    await chat.tell("forget my brother's name please", 'I like hiking');
    await chat.tell('no wait, keep it');
    expect(await onDisk(chat)).not.toContain('ruari');
    expect(await chat.ask("what's my brother called?")).toMatch(DONT_KNOW);
  });
});

describe('privacy of a forget that could be taken back', () => {
  it('after the window, a take-back finds nothing and nothing of the value is stored', async () => {
    const chat = memoryChat();
    await chat.tell("I'm Joss", 'my brother is called Ruari', "forget my brother's name please");
    chat.clock.advance(FORGET_UNDO_MS + 1000);
    const reply = await chat.ask('no wait, keep it');
    expect(kept).not.toContain(reply);
    expect(await onDisk(chat)).not.toContain('ruari');
  });

  it('after /forget, a take-back brings nothing back', async () => {
    const chat = await told("I'm Joss", 'my brother is called Ruari', "forget my brother's name please", '/forget', 'yes');
    await chat.tell('keep it');
    expect(await onDisk(chat)).not.toContain('ruari');
    expect(JSON.stringify(await chat.profile())).not.toContain('Ruari');
  });

  it('/profile export never shows what is held for a take-back', async () => {
    const chat = await told("I'm Joss", 'my brother is called Ruari', "forget my brother's name please");
    expect((await chat.ask('/profile')).toLowerCase()).not.toContain('ruari');
  });
});

describe('forgetting what was said of someone, not them', () => {
  it('"forget that Tomás works weekends" keeps Tomás as husband and what he does', async () => {
    const chat = await told("I'm Joss", 'my husband Tomás works weekends as a paramedic');
    await chat.tell("please forget that Tomás works weekends, it's private");
    expect(await chat.ask("what's my husband's name?")).toContain('Tomás');
    expect(await onDisk(chat)).not.toContain('weekends');
  });
});
