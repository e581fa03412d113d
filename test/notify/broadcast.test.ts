import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Deliverer } from '../../src/notify/deliverer';
import { ManualClock } from '../../src/util/clock';
import { seededRandom } from '../../src/util/random';
import { isReply } from '../helpers/testRapport';
import { message, postActivity, startTestServer, TestServer } from '../helpers/testServer';

const TOKEN = 'test-notify-token-0123456789abcdef';

async function postNotify(server: TestServer, body: unknown, token: string | null = TOKEN): Promise<Response> {
  return fetch(`${server.url}/api/notify`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /api/notify', () => {
  let server: TestServer;
  const delivered: Array<{ user: string; text: string; key: string }> = [];
  const deliver: Deliverer = async (reference, replies) => {
    for (const reply of replies) delivered.push({ user: (reference.user as { id: string }).id, text: reply.text, key: reply.key });
  };

  beforeAll(async () => {
    server = await startTestServer({ NOTIFY_API_TOKEN: TOKEN, NOTIFY_TICK_SECONDS: '0' }, { clock: new ManualClock('2026-03-02T10:00:00Z'), random: seededRandom(5), deliver });
    await server.say('ann', 'call me Ann');
    await server.say('ann', '/topics add cooking');
    await server.say('ann', '/notify on');
    await server.say('ben', '/tone formal');
    await server.say('ben', '/topics add travel');
    await server.say('ben', '/notify on');
    // Never opted in: gets nothing, whatever the segment.
    await server.say('cat', '/topics add cooking');
  });
  afterAll(() => server.close());

  it('answers 401 without the token or with a wrong one, and changes nothing', async () => {
    const body = { messageKey: 'notify.broadcast.maintenance' };
    for (const token of [null, 'wrong', `${TOKEN}x`, TOKEN.slice(0, -1)]) {
      const res = await postNotify(server, body, token);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ code: 'Unauthorized' });
    }
    expect(delivered).toEqual([]);
  });

  it('counts the recipients on a dry run without sending', async () => {
    const all = await postNotify(server, { messageKey: 'notify.broadcast.maintenance', dryRun: true });
    expect(await all.json()).toMatchObject({ matched: 2, queued: 0, dryRun: true });
    const cooks = await postNotify(server, { segment: { topic: 'cooking' }, messageKey: 'notify.broadcast.maintenance', dryRun: true });
    expect(await cooks.json()).toMatchObject({ matched: 1 });
    const elsewhere = await postNotify(server, { segment: { channel: 'msteams' }, messageKey: 'notify.broadcast.maintenance', dryRun: true });
    expect(await elsewhere.json()).toMatchObject({ matched: 0 });
    await server.app.notifications.tick();
    expect(delivered).toEqual([]);
  });

  it('sends each matching opted-in user the message in their own words, once per id', async () => {
    const res = await postNotify(server, { id: 'maint-1', segment: { stage: 'new' }, messageKey: 'notify.broadcast.maintenance' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'maint-1', matched: 2, queued: 2 });
    await server.app.notifications.kick();
    await server.app.notifications.tick();
    expect(delivered.map((entry) => entry.user).sort()).toEqual(['ann', 'ben']);
    const ann = delivered.find((entry) => entry.user === 'ann');
    const ben = delivered.find((entry) => entry.user === 'ben');
    expect(ann?.text).toContain('Ann');
    expect(isReply(ben?.text, 'notify.broadcast.maintenance')).toBe(true);
    expect(ben?.text).not.toBe(ann?.text);

    const again = await postNotify(server, { id: 'maint-1', messageKey: 'notify.broadcast.maintenance' });
    expect(await again.json()).toMatchObject({ matched: 2, queued: 0 });
    await server.app.notifications.tick();
    expect(delivered).toHaveLength(2);
  });

  it.each([
    ['an unknown message key', { messageKey: 'notify.broadcast.nope' }, 400, 'UnknownMessage'],
    ['a reply that is not a broadcast', { messageKey: 'forget.done' }, 400, 'UnknownMessage'],
    ['an unknown field', { messageKey: 'notify.broadcast.maintenance', extra: 1 }, 400, 'InvalidRequest'],
    ['a bad segment', { messageKey: 'notify.broadcast.maintenance', segment: { stage: 'bored' } }, 400, 'InvalidRequest'],
    ['a hostile id', { id: '../../x', messageKey: 'notify.broadcast.maintenance' }, 400, 'InvalidRequest'],
    ['a large body', { messageKey: 'notify.broadcast.maintenance', id: 'x'.repeat(20_000) }, 413, 'TooLarge'],
  ])('refuses %s with a JSON error', async (_label, body, status, code) => {
    const res = await postNotify(server, body);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ code });
  });

  it('is off (404) without NOTIFY_API_TOKEN', async () => {
    const off = await startTestServer({ NOTIFY_TICK_SECONDS: '0' });
    try {
      const res = await postNotify(off, { messageKey: 'notify.broadcast.maintenance' });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'NotifyDisabled' });
    } finally {
      await off.close();
    }
  });
});

describe('delivery through the Bot Framework adapter', () => {
  it('posts the push to the serviceUrl of the stored conversation', async () => {
    const received: Array<{ path: string; body: { type: string; text?: string } }> = [];
    const channel: Server = createServer((req: IncomingMessage, res) => {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += chunk.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: JSON.parse(data || '{}') as { type: string; text?: string } });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: `a${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
    const serviceUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
    const server = await startTestServer({ NOTIFY_API_TOKEN: TOKEN, NOTIFY_TICK_SECONDS: '0' }, { clock: new ManualClock('2026-03-02T10:00:00Z') });
    try {
      for (const text of ['call me Dee', '/notify on']) {
        const res = await postActivity(server.url, message('dee', text, { serviceUrl }));
        expect(res.status).toBe(200);
      }
      await postNotify(server, { id: 'b1', messageKey: 'notify.broadcast.newTopics' });
      await server.app.notifications.kick();
      await server.app.notifications.tick();
      const pushes = received.filter((entry) => entry.body.type === 'message');
      expect(pushes).toHaveLength(1);
      expect(pushes[0].path.startsWith('/v3/conversations/conv-dee/activities')).toBe(true);
      expect(isReply(pushes[0].body.text, 'notify.broadcast.newTopics', { name: 'Dee' })).toBe(true);
    } finally {
      await server.close();
      await new Promise((resolve) => channel.close(resolve));
    }
  });
});
