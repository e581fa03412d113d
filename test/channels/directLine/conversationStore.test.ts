import { ConversationStore, DEFAULT_LIMITS } from '../../../src/channels/directLine/conversationStore';
import { loadConfig } from '../../../src/config/loadConfig';
import { ManualClock } from '../../../src/util/clock';

const message = (text: string) => ({ type: 'message', text });

/** A new conversation; the store must have room. */
function start(store: ConversationStore, userId?: string) {
  const issued = store.create(userId);
  if (!issued) throw new Error('the store refused a new conversation');
  return issued;
}

describe('ConversationStore', () => {
  it('gives each conversation its own token, and accepts only that one', () => {
    const store = new ConversationStore(new ManualClock());
    const a = start(store, 'user-a');
    const b = start(store, 'user-b');
    expect(a.token).not.toBe(b.token);
    expect(store.authorize(a.conversationId, a.token)?.userId).toBe('user-a');
    expect(store.authorize(a.conversationId, b.token)).toBeUndefined();
    expect(store.authorize('no-such-id', a.token)).toBeUndefined();
    expect(store.authorizeToken(b.token)?.id).toBe(b.conversationId);
  });

  it('expires tokens unless refreshed; a refresh keeps the previous token until it expires', () => {
    const clock = new ManualClock();
    const store = new ConversationStore(clock, { ...DEFAULT_LIMITS, tokenTtlSeconds: 60 });
    const issued = start(store);
    clock.advance(30_000);
    const conversation = store.authorize(issued.conversationId, issued.token);
    const refreshed = conversation && store.refresh(conversation);
    clock.advance(31_000);
    expect(store.authorize(issued.conversationId, issued.token)).toBeUndefined();
    expect(store.authorize(issued.conversationId, refreshed?.token ?? '')).toBeDefined();
  });

  it('keeps a window of activities with watermarks that stay valid', () => {
    const store = new ConversationStore(new ManualClock(), { ...DEFAULT_LIMITS, maxActivities: 3 });
    const issued = start(store);
    const conversation = store.authorize(issued.conversationId, issued.token);
    if (!conversation) throw new Error('not authorized');
    for (const text of ['1', '2', '3', '4', '5']) store.append(conversation, message(text));
    expect(store.since(conversation, 0, 50)).toEqual({ activities: [expect.objectContaining({ text: '3' }), expect.objectContaining({ text: '4' }), expect.objectContaining({ text: '5' })], watermark: '5' });
    expect(store.since(conversation, 4, 50).activities.map((a) => a.text)).toEqual(['5']);
    expect(store.since(conversation, 5, 50)).toEqual({ activities: [], watermark: '5' });
    expect(store.since(conversation, 0, 1)).toEqual({ activities: [expect.objectContaining({ text: '3', id: `${conversation.id}|0000002` })], watermark: '3' });
  });

  it('drops the idlest conversation when full, once it is no longer in use', () => {
    const clock = new ManualClock();
    const store = new ConversationStore(clock, { ...DEFAULT_LIMITS, maxConversations: 2, inUseSeconds: 60 });
    const first = start(store);
    clock.advance(1000);
    const second = start(store);
    clock.advance(60_000);
    store.authorize(first.conversationId, first.token);
    start(store);
    expect(store.size()).toBe(2);
    expect(store.authorize(second.conversationId, second.token)).toBeUndefined();
    expect(store.authorize(first.conversationId, first.token)).toBeDefined();
  });

  it('refuses a new conversation rather than drop one in use', () => {
    const clock = new ManualClock();
    const store = new ConversationStore(clock, { ...DEFAULT_LIMITS, maxConversations: 2, inUseSeconds: 60 });
    const first = start(store);
    start(store);
    clock.advance(59_000);
    expect(store.create()).toBeUndefined();
    expect(store.authorize(first.conversationId, first.token)).toBeDefined();
  });

  it('limits conversation starts per client address, and forgets the quietest clients first', () => {
    const clock = new ManualClock();
    const store = new ConversationStore(clock, { ...DEFAULT_LIMITS, maxStartsPerMinutePerClient: 2 });
    expect([store.allowStart('10.0.0.1'), store.allowStart('10.0.0.1'), store.allowStart('10.0.0.1')]).toEqual([true, true, false]);
    expect(store.allowStart('10.0.0.2')).toBe(true);
    clock.advance(60_001);
    expect(store.allowStart('10.0.0.1')).toBe(true);
  });

  it('limits posts per minute, and lets them through again a minute later', () => {
    const clock = new ManualClock();
    const store = new ConversationStore(clock, { ...DEFAULT_LIMITS, maxPostsPerMinute: 2 });
    const issued = start(store);
    const conversation = store.authorize(issued.conversationId, issued.token);
    if (!conversation) throw new Error('not authorized');
    expect([store.allowPost(conversation), store.allowPost(conversation), store.allowPost(conversation)]).toEqual([true, true, false]);
    clock.advance(60_001);
    expect(store.allowPost(conversation)).toBe(true);
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
