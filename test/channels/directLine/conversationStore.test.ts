import { ConversationLimits, ConversationStore, DEFAULT_LIMITS } from '../../../src/channels/directLine/conversationStore';
import { MemoryConversationStore } from '../../../src/channels/directLine/memoryConversationStore';
import { PostgresConversationStore } from '../../../src/channels/directLine/postgresConversationStore';
import { loadConfig } from '../../../src/config/loadConfig';
import { PostgresDatabase } from '../../../src/storage/postgres/postgresDatabase';
import { ManualClock } from '../../../src/util/clock';
import { describePostgres, testSchema, TestSchema } from '../../helpers/postgres';

const message = (text: string) => ({ type: 'message', text });

/** Makes a store (a second call: another instance on the same backend, where there is one). */
type MakeStore = (clock: ManualClock, limits?: ConversationLimits) => ConversationStore & { size(): number | Promise<number> };

/** A new conversation; the store must have room. */
async function start(store: ConversationStore, userId?: string) {
  const issued = await store.create(userId);
  if (!issued) throw new Error('the store refused a new conversation');
  return issued;
}

async function authorized(store: ConversationStore, issued: { conversationId: string; token: string }) {
  const conversation = await store.authorize(issued.conversationId, issued.token);
  if (!conversation) throw new Error('not authorized');
  return conversation;
}

/** What every conversation store does, in memory or in PostgreSQL. */
function describeConversationStore(name: string, setup: () => { make: MakeStore }): void {
  describe(name, () => {
    let make: MakeStore;
    beforeEach(() => {
      ({ make } = setup());
    });

    it('gives each conversation its own token, and accepts only that one', async () => {
      const store = make(new ManualClock());
      const a = await start(store, 'user-a');
      const b = await start(store, 'user-b');
      expect(a.token).not.toBe(b.token);
      expect((await store.authorize(a.conversationId, a.token))?.userId).toBe('user-a');
      expect(await store.authorize(a.conversationId, b.token)).toBeUndefined();
      expect(await store.authorize('no-such-id', a.token)).toBeUndefined();
      expect((await store.authorizeToken(b.token))?.id).toBe(b.conversationId);
      expect(await store.authorizeToken('x'.repeat(43))).toBeUndefined();
    });

    it('expires tokens unless refreshed; a refresh keeps the previous token until it expires', async () => {
      const clock = new ManualClock();
      const store = make(clock, { ...DEFAULT_LIMITS, tokenTtlSeconds: 60 });
      const issued = await start(store);
      clock.advance(30_000);
      const refreshed = await store.refresh(await authorized(store, issued));
      expect(await store.authorize(issued.conversationId, issued.token)).toBeDefined();
      clock.advance(31_000);
      expect(await store.authorize(issued.conversationId, issued.token)).toBeUndefined();
      expect(await store.authorize(issued.conversationId, refreshed.token)).toBeDefined();
    });

    it('keeps a window of activities with watermarks that stay valid', async () => {
      const store = make(new ManualClock(), { ...DEFAULT_LIMITS, maxActivities: 3 });
      const conversation = await authorized(store, await start(store));
      for (const text of ['1', '2', '3', '4', '5']) await store.append(conversation, message(text));
      expect(await store.since(conversation, 0, 50)).toEqual({ activities: [expect.objectContaining({ text: '3' }), expect.objectContaining({ text: '4' }), expect.objectContaining({ text: '5' })], watermark: '5' });
      expect((await store.since(conversation, 4, 50)).activities.map((a) => a.text)).toEqual(['5']);
      expect(await store.since(conversation, 5, 50)).toEqual({ activities: [], watermark: '5' });
      expect(await store.since(conversation, 0, 1)).toEqual({ activities: [expect.objectContaining({ text: '3', id: `${conversation.id}|0000002` })], watermark: '3' });
    });

    it('drops the idlest conversation when full, once it is no longer in use', async () => {
      const clock = new ManualClock();
      const store = make(clock, { ...DEFAULT_LIMITS, maxConversations: 2, inUseSeconds: 60 });
      const first = await start(store);
      clock.advance(1000);
      const second = await start(store);
      clock.advance(60_000);
      await store.authorize(first.conversationId, first.token);
      await start(store);
      expect(await store.size()).toBe(2);
      expect(await store.authorize(second.conversationId, second.token)).toBeUndefined();
      expect(await store.authorize(first.conversationId, first.token)).toBeDefined();
    });

    it('refuses a new conversation rather than drop one in use', async () => {
      const clock = new ManualClock();
      const store = make(clock, { ...DEFAULT_LIMITS, maxConversations: 2, inUseSeconds: 60 });
      const first = await start(store);
      await start(store);
      clock.advance(59_000);
      expect(await store.create()).toBeUndefined();
      expect(await store.authorize(first.conversationId, first.token)).toBeDefined();
    });

    it('limits conversation starts per client address', () => {
      const clock = new ManualClock();
      const store = make(clock, { ...DEFAULT_LIMITS, maxStartsPerMinutePerClient: 2 });
      expect([store.allowStart('10.0.0.1'), store.allowStart('10.0.0.1'), store.allowStart('10.0.0.1')]).toEqual([true, true, false]);
      expect(store.allowStart('10.0.0.2')).toBe(true);
      clock.advance(60_001);
      expect(store.allowStart('10.0.0.1')).toBe(true);
    });

    it('limits posts per minute, and lets them through again a minute later', async () => {
      const clock = new ManualClock();
      const store = make(clock, { ...DEFAULT_LIMITS, maxPostsPerMinute: 2 });
      const conversation = await authorized(store, await start(store));
      expect([store.allowPost(conversation), store.allowPost(conversation), store.allowPost(conversation)]).toEqual([true, true, false]);
      clock.advance(60_001);
      expect(store.allowPost(conversation)).toBe(true);
    });

    it('binds a conversation to its first user and welcomes once', async () => {
      const store = make(new ManualClock());
      const conversation = await authorized(store, await start(store));
      expect(await store.bindUser(conversation, 'ana')).toBe('ana');
      expect(await store.bindUser(conversation, 'bo')).toBe('ana');
      expect((await store.findOpen(conversation.id))?.userId).toBe('ana');
      expect([await store.markJoined(conversation), await store.markJoined(conversation)]).toEqual([true, false]);
    });

    it("forgets a user's transcripts but keeps watermarks valid", async () => {
      const store = make(new ManualClock());
      const mine = await authorized(store, await start(store, 'ana'));
      const theirs = await authorized(store, await start(store, 'bo'));
      for (const text of ['my name is Ana', 'hello Ana']) await store.append(mine, message(text));
      await store.append(theirs, message('hi'));
      await store.forgetUser('ana');
      expect(await store.since(mine, 0, 50)).toEqual({ activities: [], watermark: '2' });
      await store.append(mine, message('what next'));
      expect(await store.since(mine, 2, 50)).toEqual({ activities: [expect.objectContaining({ text: 'what next', id: `${mine.id}|0000002` })], watermark: '3' });
      expect((await store.since(theirs, 0, 50)).activities).toHaveLength(1);
    });

    it('appends nothing to a conversation that is gone', async () => {
      const clock = new ManualClock();
      const store = make(clock, { ...DEFAULT_LIMITS, tokenTtlSeconds: 60 });
      const conversation = await authorized(store, await start(store));
      clock.advance(61_000);
      await start(store);
      expect(await store.findOpen(conversation.id)).toBeUndefined();
      expect(await store.append(conversation, message('late reply'))).toBeUndefined();
      expect(await store.since(conversation, 0, 50)).toEqual({ activities: [], watermark: '0' });
    });
  });
}

describeConversationStore('MemoryConversationStore', () => ({ make: (clock, limits) => new MemoryConversationStore(clock, limits) }));

describePostgres('PostgresConversationStore', () => {
  let schema: TestSchema;
  let first: PostgresDatabase;
  let second: PostgresDatabase;
  beforeAll(async () => {
    schema = testSchema();
    // Two pools, as two instances would have.
    first = await PostgresDatabase.open(schema.url);
    second = await PostgresDatabase.open(schema.url);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await schema?.drop();
  });
  beforeEach(async () => {
    await first.query(`TRUNCATE ${first.table('directline_conversations')} CASCADE`);
  });

  let made = 0;
  describeConversationStore('on one database', () => ({ make: (clock, limits) => new PostgresConversationStore(made++ % 2 === 0 ? first : second, clock, limits) }));

  it('is one conversation for two instances: a token, a user, activities and watermarks from either', async () => {
    const clock = new ManualClock();
    const a = new PostgresConversationStore(first, clock);
    const b = new PostgresConversationStore(second, clock);
    const issued = await start(a);
    const onB = await authorized(b, issued);
    expect(await b.bindUser(onB, 'ana')).toBe('ana');
    expect((await a.authorize(issued.conversationId, issued.token))?.userId).toBe('ana');
    expect(await a.markJoined(onB)).toBe(true);
    expect(await b.markJoined(onB)).toBe(false);
    const refreshed = await b.refresh(onB);
    expect(await a.authorizeToken(refreshed.token)).toMatchObject({ id: issued.conversationId });
    // Concurrent appends from both instances: every sequence number once, no gaps.
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).append(onB, message(`m${i}`))));
    const page = await a.since(onB, 0, 50);
    expect(page.watermark).toBe('40');
    expect(page.activities.map((activity) => activity.id)).toEqual(Array.from({ length: 40 }, (_, i) => `${issued.conversationId}|${String(i).padStart(7, '0')}`));
    expect(new Set(page.activities.map((activity) => activity.text)).size).toBe(40);
  });
});

describe('channel configuration', () => {
  it('serves the chat page by default, not in production unless asked', () => {
    expect(loadConfig({}).webChatEnabled).toBe(true);
    const production = { NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret' };
    expect(loadConfig(production).webChatEnabled).toBe(false);
    expect(loadConfig({ ...production, WEB_CHAT_ENABLED: 'true' }).webChatEnabled).toBe(true);
    expect(loadConfig({ WEB_CHAT_ENABLED: 'false' }).webChatEnabled).toBe(false);
  });

  it('reports a bad WEB_CHAT_ENABLED and a too short SLACK_SIGNING_SECRET together', () => {
    expect(() => loadConfig({ WEB_CHAT_ENABLED: 'yes', SLACK_SIGNING_SECRET: 'short' })).toThrow(/WEB_CHAT_ENABLED[\s\S]*SLACK_SIGNING_SECRET/);
  });
});
