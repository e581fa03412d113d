import { TestServer, startTestServer } from '../helpers/testServer';

const TOKEN = 'support-team-secret-0123456789';

function post(server: TestServer, path: string, body: unknown, token = TOKEN): Promise<Response> {
  return fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
}

describe('privacy requests handled by support staff', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ PRIVACY_API_TOKEN: TOKEN });
  });
  afterAll(() => server.close());

  it('exports everything kept about one user, and nobody else', async () => {
    await server.say('dana', 'call me Dana');
    await server.say('dana', 'I have a dog called Rex');
    await server.say('lee', 'call me Lee');
    const res = await post(server, '/api/privacy/export', { channelId: 'emulator', userId: 'dana' });
    expect(res.status).toBe(200);
    const body = JSON.stringify(await res.json());
    expect(body).toContain('Dana');
    expect(body).toContain('Rex');
    expect(body).not.toContain('Lee');
  });

  it('erases a user through the same path as /forget', async () => {
    const res = await post(server, '/api/privacy/erase', { channelId: 'emulator', userId: 'dana' });
    expect(await res.json()).toEqual({ erased: true });
    expect((await post(server, '/api/privacy/export', { channelId: 'emulator', userId: 'dana' })).status).toBe(404);
    expect((await post(server, '/api/privacy/export', { channelId: 'emulator', userId: 'lee' })).status).toBe(200);
  });

  it('refuses a wrong token and bad bodies', async () => {
    expect((await post(server, '/api/privacy/export', { channelId: 'emulator', userId: 'lee' }, 'wrong')).status).toBe(401);
    expect((await post(server, '/api/privacy/erase', { channelId: 'emulator', userId: 'lee', extra: 1 })).status).toBe(400);
    expect((await post(server, '/api/privacy/erase', { channelId: 'emulator' })).status).toBe(400);
  });

  it('does not exist without a configured token', async () => {
    const plain = await startTestServer();
    try {
      const res = await post(plain, '/api/privacy/export', { channelId: 'emulator', userId: 'lee' });
      expect(res.status).toBeGreaterThanOrEqual(404);
    } finally {
      await plain.close();
    }
  });
});
