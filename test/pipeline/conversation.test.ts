import { MemoryStorage } from '../../src/storage/memoryStorage';
import type { Activity } from 'botbuilder';
import { ManualClock } from '../../src/util/clock';
import { createTestRapport, expectKey, isReply, sayText } from '../helpers/testRapport';

const DAY = 24 * 60 * 60 * 1000;

describe('a first conversation', () => {
  it('welcomes a new user, asks their name, and remembers it', async () => {
    const { adapter } = createTestRapport();
    await adapter
      .send('hello')
      .assertReply(expectKey('welcome.new'))
      .send('Dana')
      .assertReply(expectKey('name.saved', { name: 'Dana' }))
      .send("what's my name?")
      .assertReply(expectKey('name.known', { name: 'Dana' }))
      .startTest();
  });

  it('keeps the name question open through a greeting', async () => {
    const { adapter } = createTestRapport();
    await adapter
      .send('hello')
      .assertReply(expectKey('welcome.new'))
      .send('hi there')
      .assertReply((activity) => {
        const [greeting, ask] = (activity.text ?? '').split('\n');
        expect(isReply(greeting, 'greet')).toBe(true);
        expect(isReply(ask, 'name.ask')).toBe(true);
      })
      .send('Dana')
      .assertReply(expectKey('name.saved', { name: 'Dana' }))
      .startTest();
  });

  it('does not take a common word typed in lower case as the name asked for, but does take a name', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'hello');
    const [reply] = await sayText(t.adapter, 'increase');
    expect(isReply(reply, 'name.unclear')).toBe(true);
    expect((await t.rapport.profiles.load('test', 'dana-1')).profile.explicit.name).toBeUndefined();
    const other = createTestRapport();
    await sayText(other.adapter, 'hello');
    const [saved] = await sayText(other.adapter, 'mark');
    expect(isReply(saved, 'name.saved', { name: 'Mark' })).toBe(true);
  });

  it('takes a full name answered with a full stop ("Grace Okafor.")', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'hello');
    const [saved] = await sayText(t.adapter, 'Grace Okafor.');
    expect(isReply(saved, 'name.saved', { name: 'Grace Okafor' })).toBe(true);
  });

  it('lets the user skip the name question', async () => {
    const { adapter } = createTestRapport();
    await adapter.send('hi').assertReply(expectKey('welcome.new')).send('skip').assertReply(expectKey('name.skipped')).send('what is my name').assertReply(expectKey('name.unknown')).startTest();
  });

  it.each(['my name is Dana', 'call me Dana', "I'm Dana", 'i am dana'])('learns the name from "%s"', async (sentence) => {
    const { adapter } = createTestRapport();
    await adapter.send(sentence).assertReply(expectKey('name.saved', { name: 'Dana' })).send('what is my name').assertReply(expectKey('name.known', { name: 'Dana' })).startTest();
  });

  it('does not take "I\'m tired" as a name', async () => {
    const { adapter, rapport } = createTestRapport();
    await adapter.send('hello').assertReply(expectKey('welcome.new')).send("I'm tired").startTest();
    const { profile } = await rapport.profiles.load('test', 'dana-1');
    expect(profile.explicit.name).toBeUndefined();
  });

  it('shows a name with template syntax as typed, never as a template', async () => {
    const { adapter, rapport } = createTestRapport();
    await adapter.send('call me {{#x}}').startTest();
    const { profile } = await rapport.profiles.load('test', 'dana-1');
    expect(profile.explicit.name).toBeUndefined();
  });

  it('answers small talk and falls back kindly on nonsense', async () => {
    const { adapter } = createTestRapport();
    await adapter
      .send('call me Sam')
      .assertReply(expectKey('name.saved', { name: 'Sam' }))
      .send('thank you so much')
      .assertReply(expectKey('thanks', { name: 'Sam' }))
      .send('qwzx plorf vrumble')
      .assertReply(expectKey('fallback'))
      .send('bye')
      .assertReply(expectKey('bye', { name: 'Sam' }))
      .startTest();
  });
});

describe('facts said in passing', () => {
  it('does not take "I\'m off" or "I\'m good" for a new name', async () => {
    const { adapter } = createTestRapport();
    await adapter.send('call me Dana').assertReply(expectKey('name.saved', { name: 'Dana' })).startTest();
    for (const text of ["I'm off", "i'm good"]) {
      const [reply] = await sayText(adapter, text);
      expect(reply).not.toMatch(/Off|Good/);
    }
    await adapter.send("what's my name?").assertReply(expectKey('name.known', { name: 'Dana' })).startTest();
  });

  it('keeps where someone grew up apart from where they live', async () => {
    const { adapter, rapport } = createTestRapport();
    await sayText(adapter, 'call me Dana');
    await adapter.send('I grew up in Dublin').assertReply(expectKey('memory.noted', { facts: 'Dublin' })).startTest();
    const { profile } = await rapport.profiles.load('test', 'dana-1');
    expect(profile.learned.city).toBeUndefined();
  });
});

describe('a returning user', () => {
  it('is welcomed back by name in a new session, and warmly after a long absence', async () => {
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    const storage = new MemoryStorage();
    const first = createTestRapport({ storage, clock });
    await first.adapter.send('call me Dana').assertReply(expectKey('name.saved', { name: 'Dana' })).startTest();

    clock.advance(2 * 60 * 60 * 1000);
    const later = createTestRapport({ storage, clock });
    await later.adapter.send('hello').assertReply(expectKey('welcome.back', { name: 'Dana' })).send('hello').assertReply(expectKey('greet', { name: 'Dana' })).startTest();

    clock.advance(30 * DAY);
    const muchLater = createTestRapport({ storage, clock });
    await muchLater.adapter.send('hey').assertReply(expectKey('welcome.returning', { name: 'Dana' })).startTest();
  });

  it('keeps users apart: a second user does not see the first one\'s name', async () => {
    const { adapter, adapterFor } = createTestRapport();
    await adapter.send('my name is Dana').assertReply(expectKey('name.saved', { name: 'Dana' })).startTest();
    await adapterFor('lee-2').send("what's my name").assertReply(expectKey('name.unknown')).startTest();
  });
});

describe('profile bookkeeping', () => {
  it('counts turns, remembers a bounded history and keeps lifecycle timestamps', async () => {
    const { adapter, rapport } = createTestRapport();
    let flow = adapter.send('hello');
    for (let i = 0; i < 25; i++) flow = flow.send(`message number ${i}`);
    await flow.startTest();
    const { profile } = await rapport.profiles.load('test', 'dana-1');
    expect(profile.lifecycle.turnCount).toBe(26);
    expect(profile.memory.turns).toHaveLength(20);
    expect(profile.memory.turns.at(-1)?.text).toBe('message number 24');
    expect(profile.lifecycle.firstSeen).toBe('2026-03-02T10:00:00.000Z');
    expect(profile.lifecycle.sessionCount).toBe(1);
  });

  it('greets a user who joins a conversation before they say anything', async () => {
    const { adapter } = createTestRapport();
    await adapter
      .send({ type: 'conversationUpdate', membersAdded: [{ id: 'dana-1', name: 'Dana' }], recipient: { id: 'rapport', name: 'Rapport' } } as Partial<Activity>)
      .assertReply(expectKey('welcome.new'))
      .send('Dana')
      .assertReply(expectKey('name.saved', { name: 'Dana' }))
      .startTest();
  });
});

describe('when a turn fails', () => {
  it('answers the user with the apology from content', async () => {
    const storage = new MemoryStorage();
    storage.read = () => Promise.reject(new Error('disk on fire'));
    const { adapter } = createTestRapport({ storage });
    await adapter.send('hello').assertReply(expectKey('error.turn')).startTest();
  });
});
