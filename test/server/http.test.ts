import { SDK_UNDER_TEST } from '../helpers/testChannel';
import { isReply } from '../helpers/testRapport';
import { TestServer, message, postActivity, startTestServer } from '../helpers/testServer';

describe('the HTTP server', () => {
  let server: TestServer;
  beforeAll(async () => {
    // No model cache: /healthz must report a model trained from dialogs/ at start-up.
    server = await startTestServer({ MAX_BODY_BYTES: '4096', NLU_CACHE_DIR: '' });
  });
  afterAll(() => server.close());

  it('answers GET /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    const health = (await res.json()) as { nlu: { intents: number; examples: number; source: string } };
    expect(health).toMatchObject({ status: 'ok', storage: 'memory', authenticated: false, sdk: SDK_UNDER_TEST });
    // The intent model trained from dialogs/ (no cache for this server).
    expect(health.nlu.source).toBe('trained');
    expect(health.nlu.intents).toBeGreaterThan(10);
    expect(health.nlu.examples).toBeGreaterThan(health.nlu.intents);
  });

  it('runs a turn and returns the replies with expectReplies', async () => {
    const [reply] = await server.say('http-user', 'my name is Dana');
    expect(isReply(reply, 'name.saved', { name: 'Dana' })).toBe(true);
    const [answer] = await server.say('http-user', "what's my name?");
    expect(isReply(answer, 'name.known', { name: 'Dana' })).toBe(true);
  });

  it('answers malformed JSON with 400 and a JSON body', async () => {
    const res = await postActivity(server.url, '{"type": "message",');
    expect(res.status).toBe(400);
    expect(await res.json()).toHaveProperty('message');
  });

  it.each([
    ['a number instead of an object', 42],
    ['an array', [1, 2]],
    ['missing from', { ...message('u', 'hi'), from: undefined }],
    ['missing conversation', { ...message('u', 'hi'), conversation: undefined }],
    ['a wrong type for text', { ...message('u', 'hi'), text: { evil: true } }],
    ['a serviceUrl that is not a URL', { ...message('u', 'hi'), serviceUrl: 'not a url' }],
  ])('rejects %s with 400 and says what is wrong', async (_label, body) => {
    const res = await postActivity(server.url, body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { code: string; message: string };
    expect(json.code).toBe('InvalidActivity');
    expect(json.message.length).toBeGreaterThan(5);
  });

  it('rejects an oversized body with 413', async () => {
    const res = await postActivity(server.url, message('u', 'x'.repeat(10_000)));
    expect(res.status).toBe(413);
    expect(await res.json()).toHaveProperty('message');
  });

  it('rejects a body that is not JSON with 415', async () => {
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(res.status).toBe(415);
  });

  it('without an app id, refuses to send replies to a non-loopback serviceUrl', async () => {
    const res = await postActivity(server.url, message('u', 'hi', { serviceUrl: 'https://attacker.example.com', deliveryMode: undefined }));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('ServiceUrlNotAllowed');
  });

  it('accepts an activity without a recipient', async () => {
    const res = await postActivity(server.url, { ...message('no-recipient', 'call me Robin'), recipient: undefined });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ text: string }> };
    expect(isReply(body.activities[0]?.text, 'name.saved', { name: 'Robin' })).toBe(true);
  });

  it('removes a Teams @mention of the bot before understanding the message', async () => {
    const teams = message('teams-user', '<at>Rapport</at> call me Dana', {
      channelId: 'msteams',
      entities: [{ type: 'mention', text: '<at>Rapport</at>', mentioned: { id: 'rapport', name: 'Rapport' } }],
    });
    const res = await postActivity(server.url, teams);
    const body = (await res.json()) as { activities: Array<{ text: string }> };
    expect(isReply(body.activities[0]?.text, 'name.saved', { name: 'Dana' })).toBe(true);
  });

  it('keeps serving after all of that', async () => {
    const replies = await server.say('another-user', 'hello');
    expect(isReply(replies[0], 'welcome.new')).toBe(true);
  });
});

describe('graceful shutdown', () => {
  it('waits for work tracked as in flight before closing the store', async () => {
    const server = await startTestServer();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const events: string[] = [];
    const work = server.app.http.track(async () => {
      await gate;
      events.push('turn finished');
    });
    const closed = server.close().then(() => events.push('closed'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual([]);
    release();
    await Promise.all([work, closed]);
    expect(events).toEqual(['turn finished', 'closed']);
  });
});
