import { isReply } from '../../helpers/testRapport';
import { TestServer, startTestServer } from '../../helpers/testServer';
import { describePostgres, testSchema, TestSchema } from '../../helpers/postgres';
import { DirectLineActivity, Issued, directLine, say } from './directLineClient';

const NOTIFY_TOKEN = 'test-notify-token-0123456789abcdef';

interface ActivitySet {
  activities: DirectLineActivity[];
  watermark: string;
}

describePostgres('Direct Line conversations shared by two instances (STORAGE_URL postgres://)', () => {
  let schema: TestSchema;
  let servers: TestServer[];

  beforeAll(async () => {
    schema = testSchema();
    servers = [];
    // No scheduler of their own: the test runs one pass on the instance it chooses.
    for (let i = 0; i < 2; i++) servers.push(await startTestServer({ STORAGE_URL: schema.url, NOTIFY_API_TOKEN: NOTIFY_TOKEN, NOTIFY_TICK_SECONDS: '0' }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all((servers ?? []).map((server) => server.close()));
    await schema?.drop();
  });

  it('keeps one conversation whose calls alternate between the instances, every reply once', async () => {
    const [a, b] = servers.map((server) => directLine(server.url));
    if (!a || !b) throw new Error('two servers expected');
    const generated = (await (await a.generate('shared-user')).json()) as Issued;
    const started = await b.start(generated.token);
    expect(started.status).toBe(201);
    const conversation = (await started.json()) as Issued;
    const read = async (client: typeof a, token: string, watermark?: string): Promise<ActivitySet> => {
      const res = await client.get(conversation.conversationId, token, watermark);
      expect(res.status).toBe(200);
      return (await res.json()) as ActivitySet;
    };

    // The page joins on one instance and again on the other (a retry): welcomed once.
    for (const client of [a, b]) expect((await client.post(conversation.conversationId, conversation.token, { type: 'event', name: 'webchat/join', from: { id: 'shared-user' } })).status).toBe(200);
    expect((await b.post(conversation.conversationId, conversation.token, say('shared-user', 'call me Dana'))).status).toBe(200);
    const refreshed = (await (await b.refresh(conversation.token)).json()) as Issued;
    expect((await a.post(conversation.conversationId, refreshed.token, say('shared-user', "what's my name?"))).status).toBe(200);
    expect((await a.post(conversation.conversationId, conversation.token, say('someone-else', 'hi'))).status).toBe(403);

    // Read in two halves from different instances, as a page polling through a load balancer would.
    const first = await read(a, conversation.token);
    const rest = await read(b, refreshed.token, String(Math.floor(Number(first.watermark) / 2)));
    const all = [...first.activities.slice(0, Math.floor(Number(first.watermark) / 2)), ...rest.activities];
    expect(all.map((activity) => activity.id)).toEqual(first.activities.map((activity) => activity.id));
    expect(new Set(all.map((activity) => activity.id)).size).toBe(all.length);
    const botTexts = all.filter((activity) => activity.type === 'message' && activity.from.role === 'bot').map((activity) => activity.text);
    expect(botTexts.filter((text) => isReply(text, 'name.saved', { name: 'Dana' }))).toHaveLength(1);
    expect(botTexts.filter((text) => isReply(text, 'name.known', { name: 'Dana' }))).toHaveLength(1);
    const echoes = all.filter((activity) => activity.from.role === 'user').map((activity) => activity.text ?? activity.type);
    expect(echoes).toEqual(['event', 'event', 'call me Dana', "what's my name?"]);
    expect(rest.watermark).toBe(first.watermark);
  });

  it('delivers a push sent by one instance into a page conversation another instance started', async () => {
    const [a, b] = servers;
    if (!a || !b) throw new Error('two servers expected');
    const client = directLine(a.url);
    const generated = (await (await client.generate('pushed-user')).json()) as Issued;
    const conversation = (await (await client.start(generated.token)).json()) as Issued;
    for (const text of ['call me Pia', '/notify on']) expect((await client.post(conversation.conversationId, conversation.token, say('pushed-user', text))).status).toBe(200);
    const before = (await (await client.get(conversation.conversationId, conversation.token)).json()) as ActivitySet;

    const queued = await fetch(`${b.url}/api/notify`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${NOTIFY_TOKEN}` }, body: JSON.stringify({ messageKey: 'notify.broadcast.maintenance' }) });
    expect(queued.status).toBeLessThan(300);
    await b.app.notifications.tick();
    await a.app.notifications.tick();

    const after = (await (await client.get(conversation.conversationId, conversation.token, before.watermark)).json()) as ActivitySet;
    const pushed = after.activities.filter((activity) => activity.from.role === 'bot');
    expect(pushed).toHaveLength(1);
    expect(isReply(pushed[0]?.text?.replace(/ {2}\n/g, '\n'), 'notify.broadcast.maintenance', { name: 'Pia' })).toBe(true);
  });
});
