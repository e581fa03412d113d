import { captureLogs, CapturedLogs } from '../helpers/capturedLogs';
import { TestServer, message, postActivity, startTestServer } from '../helpers/testServer';
import { directLine } from '../channels/directLine/directLineClient';

const PRIVACY_TOKEN = 'support-team-secret-0123456789';
const SECRET = 'my-secret-message-text';

/** `{id, n: {id, n: …}}`, `levels` deep, as JSON text (building it as an object would need the same recursion). */
function nested(levels: number): string {
  return '{"id":"x","n":'.repeat(levels) + '{"id":"x"}' + '}'.repeat(levels);
}

function activityWith(field: 'from' | 'recipient' | 'conversation', json: string): string {
  const activity = JSON.stringify(message('deep-user', SECRET, { [field]: '__FIELD__' }));
  return activity.replace('"__FIELD__"', json);
}

describe('hostile input at the HTTP edge (issue #17, items 1 and 4)', () => {
  let server: TestServer;
  let logs: CapturedLogs;
  beforeAll(async () => {
    logs = captureLogs();
    server = await startTestServer({ PRIVACY_API_TOKEN: PRIVACY_TOKEN }, { logger: logs.logger });
  });
  afterAll(() => server.close());

  it.each(['from', 'recipient', 'conversation'] as const)('refuses an activity whose %s is thousands of levels deep with 400 TooDeep, before any turn runs', async (field) => {
    const res = await postActivity(server.url, activityWith(field, nested(5000)));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 'TooDeep', message: expect.stringMatching(/nested more than \d+ levels/) });
    // Nothing was saved for that user: the turn never ran.
    const exported = await fetch(`${server.url}/api/privacy/export`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${PRIVACY_TOKEN}` }, body: JSON.stringify({ channelId: 'emulator', userId: 'deep-user' }) });
    expect(exported.status).toBe(404);
  });

  it('answers a user id with a lone surrogate on the privacy API with 400 and a code', async () => {
    for (const path of ['/api/privacy/export', '/api/privacy/erase']) {
      const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${PRIVACY_TOKEN}` }, body: '{"channelId":"emulator","userId":"\\ud800"}' });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('InvalidUnicode');
    }
  });

  it('answers a Direct Line activity whose value is 12,000 levels deep with 400 and a code, and no internal error text', async () => {
    const client = directLine(server.url);
    const { conversationId, token } = (await (await client.generate('deep-value-user')).json()) as { conversationId: string; token: string };
    const body = `{"type":"message","text":"${SECRET}","from":{"id":"deep-value-user"},"value":${'{"a":'.repeat(12_000)}1${'}'.repeat(12_000)}}`;
    const res = await client.post(conversationId, token, body);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ code: 'TooDeep' });
    expect(text).not.toMatch(/RangeError|call stack|at \w+ \(/);
  });

  it('answers malformed JSON without quoting the body back', async () => {
    const res = await postActivity(server.url, `{"type":"message","text":"${SECRET}",}`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toContain(SECRET);
    expect(JSON.parse(text)).toHaveProperty('code');
  });

  it('answers an invoke the bot has no handler for with 400, not botbuilder\'s 501 (found by the fuzzer)', async () => {
    const res = await postActivity(server.url, message('invoker', SECRET, { type: 'invoke', name: 'no/such-invoke', deliveryMode: 'normal' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'UnsupportedInvoke' });
  });

  it('never logged any message text', () => {
    expect(logs.lines.length).toBeGreaterThan(0);
    expect(logs.lines.filter((line) => line.includes(SECRET))).toEqual([]);
  });
});
