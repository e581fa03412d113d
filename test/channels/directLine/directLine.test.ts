import { isReply, textsOf } from '../../helpers/testRapport';
import { TestServer, startTestServer } from '../../helpers/testServer';
import { DirectLineActivity, Issued, directLine, say } from './directLineClient';

interface ActivitySet {
  activities: DirectLineActivity[];
  watermark: string;
}

describe('the built-in Direct Line endpoint', () => {
  let server: TestServer;
  let dl: ReturnType<typeof directLine>;
  beforeAll(async () => {
    server = await startTestServer();
    dl = directLine(server.url);
  });
  afterAll(() => server.close());

  async function open(userId: string): Promise<Issued> {
    const generated = (await (await dl.generate(userId)).json()) as Issued;
    const res = await dl.start(generated.token);
    expect(res.status).toBe(201);
    return (await res.json()) as Issued;
  }

  async function read(conversation: Issued, watermark?: string): Promise<ActivitySet> {
    const res = await dl.get(conversation.conversationId, conversation.token, watermark);
    expect(res.status).toBe(200);
    return (await res.json()) as ActivitySet;
  }

  it('welcomes on join, echoes the user, and answers through the bot', async () => {
    const conversation = await open('dl-user-1');
    expect(conversation).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 3600 });
    const join = await dl.post(conversation.conversationId, conversation.token, { type: 'event', name: 'webchat/join', from: { id: 'dl-user-1' } });
    expect(join.status).toBe(200);
    const welcome = await read(conversation);
    expect(welcome.activities.filter((a) => a.type === 'message' && a.from.role === 'bot').length).toBeGreaterThan(0);

    const posted = await dl.post(conversation.conversationId, conversation.token, { ...say('dl-user-1', 'call me Dana'), channelData: { clientActivityID: 'c-1' } });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    const after = await read(conversation, welcome.watermark);
    const echo = after.activities.find((a) => a.id === id);
    expect(echo).toMatchObject({ type: 'message', text: 'call me Dana', from: { id: 'dl-user-1', role: 'user' }, channelData: { clientActivityID: 'c-1' } });
    expect(after.activities.some((a) => a.type === 'typing')).toBe(true);
    const reply = after.activities.filter((a) => a.type === 'message' && a.from.role === 'bot').pop();
    expect(isReply(reply?.text, 'name.saved', { name: 'Dana' })).toBe(true);
    expect(Number(after.watermark)).toBeGreaterThan(Number(welcome.watermark));
    expect((await read(conversation, after.watermark)).activities).toEqual([]);
  });

  it('keeps the profile per user id across conversations (a page reload)', async () => {
    const first = await open('dl-user-2');
    await dl.post(first.conversationId, first.token, say('dl-user-2', 'call me Robin'));
    const second = await open('dl-user-2');
    await dl.post(second.conversationId, second.token, say('dl-user-2', "what's my name?"));
    const texts = (await read(second)).activities.filter((a) => a.from.role === 'bot' && a.type === 'message').map((a) => a.text);
    expect(texts.some((text) => isReply(text, 'name.known', { name: 'Robin' }))).toBe(true);
  });

  it('sends suggested actions as Web Chat renders them', async () => {
    const conversation = await open('dl-user-3');
    await dl.post(conversation.conversationId, conversation.token, say('dl-user-3', '/hepl'));
    const reply = (await read(conversation)).activities.find((a) => a.from.role === 'bot' && a.type === 'message');
    expect(isReply(reply?.text, 'command.suggest', { command: 'hepl', suggestion: 'help' })).toBe(true);
    expect(reply?.suggestedActions?.actions).toEqual([expect.objectContaining({ value: '/help' })]);
  });

  it('isolates conversations: another conversation token cannot read or write', async () => {
    const mine = await open('dl-user-4');
    const theirs = await open('dl-user-5');
    await dl.post(theirs.conversationId, theirs.token, say('dl-user-5', 'call me Secret'));
    expect((await dl.get(theirs.conversationId, mine.token)).status).toBe(403);
    expect((await dl.post(theirs.conversationId, mine.token, say('dl-user-4', 'hi'))).status).toBe(403);
    expect((await dl.get(theirs.conversationId, 'x'.repeat(43))).status).toBe(403);
    const missing = await fetch(`${server.url}/v3/directline/conversations/${theirs.conversationId}/activities`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ code: 'TokenMissing' });
  });

  it('binds a conversation to its user id', async () => {
    const conversation = await open('dl-user-6');
    const res = await dl.post(conversation.conversationId, conversation.token, say('dl-user-7', 'hi'));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'WrongUser' });
  });

  it('answers whether a conversation is still there (the page asks, to notice a restart)', async () => {
    const mine = await open('dl-user-9');
    const theirs = await open('dl-user-10');
    const res = await dl.reconnect(mine.conversationId, mine.token);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ conversationId: mine.conversationId, token: mine.token });
    expect((await dl.reconnect(theirs.conversationId, mine.token)).status).toBe(403);
    expect((await dl.reconnect('no-such-conversation', mine.token)).status).toBe(403);
    expect((await dl.reconnect(mine.conversationId)).status).toBe(401);
  });

  it('refreshes a token; the new one works', async () => {
    const conversation = await open('dl-user-8');
    const res = await dl.refresh(conversation.token);
    expect(res.status).toBe(200);
    const refreshed = (await res.json()) as Issued;
    expect(refreshed.conversationId).toBe(conversation.conversationId);
    expect(refreshed.token).not.toBe(conversation.token);
    expect((await dl.get(conversation.conversationId, refreshed.token)).status).toBe(200);
    expect((await dl.refresh('y'.repeat(43))).status).toBe(403);
  });

  it.each([
    ['malformed JSON', '{"type":', 400],
    ['an unknown activity type', { type: 'invoke', from: { id: 'dl-user-9' } }, 400],
    ['a user id with spaces', { type: 'message', text: 'hi', from: { id: 'a b' } }, 400],
    ['text that is not a string', { type: 'message', text: { evil: true }, from: { id: 'dl-user-9' } }, 400],
    ['text over the limit', { type: 'message', text: 'x'.repeat(6000), from: { id: 'dl-user-9' } }, 413],
  ])('rejects %s with a JSON error', async (_label, body, status) => {
    const conversation = await open('dl-user-9');
    const res = await dl.post(conversation.conversationId, conversation.token, body);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ code: expect.any(String), message: expect.any(String) });
  });

  it('after /forget, the conversation\'s transcript no longer holds what was erased (issue #17, item 8)', async () => {
    const conversation = await open('dl-forget');
    await dl.post(conversation.conversationId, conversation.token, say('dl-forget', 'call me Zebediah'));
    await dl.post(conversation.conversationId, conversation.token, say('dl-forget', 'I love astronomy'));
    expect(JSON.stringify(await read(conversation))).toContain('Zebediah');
    await dl.post(conversation.conversationId, conversation.token, say('dl-forget', '/forget'));
    await dl.post(conversation.conversationId, conversation.token, say('dl-forget', 'yes'));
    // Anyone holding the token, reading from the start, sees only what came after the erase.
    const after = await read(conversation);
    expect(JSON.stringify(after)).not.toMatch(/Zebediah|astronomy/);
    expect(after.activities.some((a) => a.from.role === 'bot' && isReply(a.text, 'forget.done'))).toBe(true);
    await dl.post(conversation.conversationId, conversation.token, say('dl-forget', "what's my name?"));
    const next = await read(conversation, after.watermark);
    expect(next.activities.some((a) => a.from.role === 'bot' && isReply(a.text, 'name.unknown'))).toBe(true);
  });

  it('rejects a bad watermark', async () => {
    const conversation = await open('dl-user-10');
    expect((await dl.get(conversation.conversationId, conversation.token, '-3')).status).toBe(400);
    expect((await dl.get(conversation.conversationId, conversation.token, 'abc')).status).toBe(400);
  });

  it('limits posts per minute with 429', async () => {
    const conversation = await open('dl-user-11');
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1) statuses.push((await dl.post(conversation.conversationId, conversation.token, { type: 'typing', from: { id: 'dl-user-11' } })).status);
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it('serves the page and the Web Chat bundle from the installed package', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('/webchat/webchat.js');
    const bundle = await fetch(`${server.url}/webchat/webchat.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
    expect(textsOf('greet').length).toBeGreaterThan(0);
  });
});

describe('starting conversations under a flood (issue #17, item 2)', () => {
  it('limits conversation starts per client address with 429', async () => {
    const server = await startTestServer({ WEB_CHAT_STARTS_PER_MINUTE: '5' });
    try {
      const dl = directLine(server.url);
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await dl.generate(`flood-${i}`)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      const refused = await dl.start();
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ code: 'TooManyConversations' });
    } finally {
      await server.close();
    }
  });

  it('never evicts a conversation in use for new ones: a full server refuses new conversations with 503', async () => {
    const server = await startTestServer({ WEB_CHAT_MAX_CONVERSATIONS: '3', WEB_CHAT_STARTS_PER_MINUTE: '1000' });
    try {
      const dl = directLine(server.url);
      const live = (await (await dl.generate('live-user')).json()) as Issued;
      await dl.post(live.conversationId, live.token, say('live-user', 'call me Ingrid'));
      const flood = await Promise.all(Array.from({ length: 50 }, (_, i) => dl.generate(`anonymous-${i}`)));
      const statuses = flood.map((res) => res.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(2);
      expect(statuses.filter((status) => status === 503)).toHaveLength(48);
      expect(await flood.find((res) => res.status === 503)?.json()).toMatchObject({ code: 'ConversationsFull' });
      // The live conversation still works, transcript and all.
      const posted = await dl.post(live.conversationId, live.token, say('live-user', "what's my name?"));
      expect(posted.status).toBe(200);
      const res = await dl.get(live.conversationId, live.token);
      expect(res.status).toBe(200);
      expect(JSON.stringify(await res.json())).toContain('Ingrid');
    } finally {
      await server.close();
    }
  });
});

describe('the Direct Line endpoint when switched off', () => {
  it.each([
    ['WEB_CHAT_ENABLED=false', { WEB_CHAT_ENABLED: 'false' }],
    ['NODE_ENV=production by default', { NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' }],
  ])('is not served with %s', async (_label, env) => {
    const server = await startTestServer(env);
    try {
      expect((await fetch(`${server.url}/`)).status).toBe(404);
      expect((await directLine(server.url).start()).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('can be switched on in production, and runs turns with an app id configured', async () => {
    const server = await startTestServer({ NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', WEB_CHAT_ENABLED: 'true', HOST: '127.0.0.1' });
    try {
      const dl = directLine(server.url);
      const conversation = (await (await dl.start()).json()) as Issued;
      expect((await dl.post(conversation.conversationId, conversation.token, say('prod-user', 'call me Kim'))).status).toBe(200);
      const { activities } = (await (await dl.get(conversation.conversationId, conversation.token)).json()) as ActivitySet;
      expect(activities.some((a) => isReply(a.text, 'name.saved', { name: 'Kim' }))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
