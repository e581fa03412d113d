import { ManualClock } from '../../../src/util/clock';
import { seededRandom } from '../../../src/util/random';
import { isReply } from '../../helpers/testRapport';
import { startTestServer, TestServer } from '../../helpers/testServer';
import { directLine, DirectLineActivity, Issued, say } from '../directLine/directLineClient';

const TOKEN = 'test-notify-token-0123456789abcdef';

describe('push messages on the built-in Web Chat page', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NOTIFY_API_TOKEN: TOKEN, NOTIFY_TICK_SECONDS: '0', WEB_CHAT_ENABLED: 'true' }, { clock: new ManualClock('2026-03-02T10:00:00Z'), random: seededRandom(5) });
  });
  afterAll(() => server.close());

  it('a broadcast reaches an open page conversation, personalized', async () => {
    const client = directLine(server.url);
    const issued = (await (await client.generate('page-user')).json()) as Issued;
    const started = (await (await client.start(issued.token)).json()) as Issued;
    for (const text of ['call me Pia', '/notify on']) {
      expect((await client.post(started.conversationId, started.token, say('page-user', text))).status).toBe(200);
    }
    const before = (await (await client.get(started.conversationId, started.token)).json()) as { watermark: string };

    const res = await fetch(`${server.url}/api/notify`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ messageKey: 'notify.broadcast.maintenance' }),
    });
    expect(res.status).toBeLessThan(300);
    await server.app.notifications.tick();

    const after = (await (await client.get(started.conversationId, started.token, before.watermark)).json()) as { activities: DirectLineActivity[] };
    const pushed = after.activities.filter((activity) => activity.from.role === 'bot');
    expect(pushed).toHaveLength(1);
    expect(isReply(pushed[0].text?.replace(/ {2}\n/g, '\n'), 'notify.broadcast.maintenance', { name: 'Pia' })).toBe(true);
  });
});
