import { issueSession, sessionValid } from '../../../src/ops/admin/adminSession';
import { TestServer, startTestServer } from '../../helpers/testServer';

const TOKEN = 'admin-token-0123456789abcdefghij';

const login = (url: string, token: string) =>
  fetch(`${url}/admin/login`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token }).toString() });

describe('/admin', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ ADMIN_TOKEN: TOKEN });
    await server.say('insights-user-1', 'my name is Zoltan');
    await server.say('insights-user-1', 'switch on the lamp');
  }, 120_000);
  afterAll(() => server.close());

  it('is never reachable without the token: the page sends to the login form, the data answers 401', async () => {
    const page = await fetch(`${server.url}/admin`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/admin/login');
    expect((await fetch(`${server.url}/admin/insights.json`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/admin/insights.json`, { headers: { authorization: 'Bearer not-the-admin-token-at-all' } });
    expect(wrong.status).toBe(401);
    const forged = await fetch(`${server.url}/admin/insights.json`, { headers: { cookie: `rapport_admin=${issueSession('another-token-of-enough-length', new Date())}` } });
    expect(forged.status).toBe(401);
  });

  it('answers scripts with Authorization: Bearer, aggregates only', async () => {
    const res = await fetch(`${server.url}/admin/insights.json`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const insights = (await res.json()) as { profiles: number; intents: { outOfScope: number }; sinceStart: { turns: number } };
    expect(insights.profiles).toBe(1);
    expect(insights.intents.outOfScope).toBe(1);
    expect(insights.sinceStart.turns).toBe(2);
    const text = JSON.stringify(insights);
    for (const personal of ['insights-user-1', 'Zoltan', 'lamp']) expect(text).not.toContain(personal);
  });

  it('logs a browser in with the form: a secure, HttpOnly, SameSite cookie for /admin only; a wrong token gets nothing', async () => {
    const refused = await login(server.url, 'wrong-token-wrong-token-wrong');
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe('/admin/login?failed=1');
    expect(refused.headers.get('set-cookie')).toBeNull();

    const accepted = await login(server.url, TOKEN);
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe('/admin');
    const cookie = accepted.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^rapport_admin=v1\.\d+\.[\w-]{43}; Path=\/admin; Max-Age=28800; HttpOnly; Secure; SameSite=Strict$/);
    expect(cookie).not.toContain(TOKEN);
    const session = cookie.split(';')[0];
    const page = await fetch(`${server.url}/admin`, { headers: { cookie: session } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await page.text()).toContain('/admin/assets/chart.umd.js');
    expect((await fetch(`${server.url}/admin/insights.json`, { headers: { cookie: session } })).status).toBe(200);
  });

  it('serves Chart.js from node_modules, not from a CDN', async () => {
    const res = await fetch(`${server.url}/admin/assets/chart.umd.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await res.text()).toMatch(/Chart\.js v4\.6\.1/);
  });
});

describe('/admin without ADMIN_TOKEN', () => {
  it('does not exist', async () => {
    const server = await startTestServer();
    try {
      expect((await fetch(`${server.url}/admin`, { redirect: 'manual' })).status).toBe(404);
      expect((await fetch(`${server.url}/admin/insights.json`)).status).toBe(404);
    } finally {
      await server.close();
    }
  }, 120_000);
});

describe('admin sessions', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('are signed with the token and expire after 8 hours', () => {
    const session = issueSession(TOKEN, now);
    expect(sessionValid(session, TOKEN, now)).toBe(true);
    expect(sessionValid(session, TOKEN, new Date(now.getTime() + 8 * 60 * 60 * 1000))).toBe(false);
    expect(sessionValid(session, `${TOKEN}x`, now)).toBe(false);
    const [version, expires, signature] = session.split('.');
    expect(sessionValid(`${version}.${Number(expires) + 1000}.${signature}`, TOKEN, now)).toBe(false);
    expect(sessionValid(undefined, TOKEN, now)).toBe(false);
    expect(sessionValid('garbage', TOKEN, now)).toBe(false);
  });
});
