import { contentList } from '../../../src/content/content';
import { realContent } from '../../helpers/testRapport';
import { TestServer, startTestServer } from '../../helpers/testServer';

const TOKEN = 'metrics-token-0123456789abcdef';

/** The value of one series in a Prometheus text exposition, 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('GET /metrics', () => {
  let server: TestServer;
  const scrape = async (token = TOKEN) => fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  beforeAll(async () => {
    server = await startTestServer({ METRICS_TOKEN: TOKEN });
  }, 120_000);
  afterAll(() => server.close());

  it('refuses a scrape without the token, or with a wrong one', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await scrape('not-the-metrics-token-at-all');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('counts turns, intents, out-of-scope messages, recommendations, feedback and storage in Prometheus format', async () => {
    await server.say('metrics-user-7', 'my name is Zoltan');
    await server.say('metrics-user-7', 'switch on the lamp');
    await server.say('metrics-user-7', 'recommend something');
    await server.say('metrics-user-7', contentList(realContent(), 'feedback.up')[0]);
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(sample(text, 'rapport_turns_total{channel="emulator",outcome="ok"}')).toBe(4);
    expect(sample(text, 'rapport_turn_duration_seconds_count{channel="emulator"}')).toBe(4);
    expect(sample(text, 'rapport_intents_recognized_total{intent="none"}')).toBe(1);
    expect(sample(text, 'rapport_intents_recognized_total{intent="recommend"}')).toBe(1);
    expect(sample(text, 'rapport_out_of_scope_total')).toBe(1);
    expect(text).toMatch(/^rapport_recommendations_shown_total\{topic="[a-z]+"\} 1$/m);
    expect(text).toMatch(/^rapport_recommendation_feedback_total\{kind="up",topic="[a-z]+"\} 1$/m);
    expect(sample(text, 'rapport_storage_operation_duration_seconds_count{operation="write",outcome="ok"}')).toBeGreaterThanOrEqual(4);
    expect(text).toMatch(/^rapport_storage_etag_conflicts_total 0$/m);
    expect(text).toMatch(/^# TYPE rapport_push_messages_total counter$/m);
    // Node's default metrics.
    expect(text).toMatch(/^process_cpu_seconds_total/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds/m);
    // No user id, name or message text in any label or value.
    for (const personal of ['metrics-user-7', 'Zoltan', 'lamp']) expect(text).not.toContain(personal);
  });

  it('keeps the channel label to known channel ids, whatever a caller names', async () => {
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', id: 'x1', channelId: 'made-up-channel-123', serviceUrl: 'http://127.0.0.1:9', from: { id: 'u9' }, recipient: { id: 'rapport' }, conversation: { id: 'c9' }, text: 'hello', deliveryMode: 'expectReplies' }),
    });
    expect(res.status).toBe(200);
    const text = await (await scrape()).text();
    expect(text).toContain('rapport_turns_total{channel="other",outcome="ok"} 1');
    expect(text).not.toContain('made-up-channel-123');
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  it('does not exist', async () => {
    const server = await startTestServer();
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    } finally {
      await server.close();
    }
  }, 120_000);
});
