import { captureLogs, CapturedLogs } from '../helpers/capturedLogs';
import { TestServer, message, postActivity, startTestServer } from '../helpers/testServer';

/** Header, claims and signature in base64url: the shape of a Bot Framework token, signed by nobody. */
function jwtShaped(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'RS256', kid: 'some-key', typ: 'JWT' })}.${part({ iss: 'https://api.botframework.com', aud: 'app-id', exp: now + 3600, nbf: now - 60 })}.${Buffer.from('signature').toString('base64url')}`;
}

/**
 * With an app id set, tokens are checked against keys fetched from the Bot Framework's OpenID metadata.
 * This machine has no route to it, which is exactly the failure to handle (issue #17, item 5).
 */
describe('Bot Framework authentication when the signing keys cannot be fetched', () => {
  let server: TestServer;
  let logs: CapturedLogs;
  let consoleError: jest.SpyInstance;
  beforeAll(async () => {
    logs = captureLogs();
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    server = await startTestServer({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'app-password' }, { logger: logs.logger });
  });
  afterAll(async () => {
    await server.close();
    consoleError.mockRestore();
  });

  it('answers a request without a token 401 with a code', async () => {
    const res = await postActivity(server.url, message('u', 'hi', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe('Unauthorized');
  });

  it('answers JWT-shaped tokens 503 AuthUnavailable, with no internal error text, logs it once, and says so in /healthz', async () => {
    expect(((await (await fetch(`${server.url}/healthz`)).json()) as { tokenValidation: string }).tokenValidation).toBe('ok');
    for (let i = 0; i < 3; i++) {
      const res = await postActivity(server.url, message('u', 'hi', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }), { Authorization: `Bearer ${jwtShaped()}` });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ code: 'AuthUnavailable', message: expect.any(String) });
      expect(text).not.toMatch(/openID|Failed to load|ENOTFOUND|getaddrinfo|Error/i);
    }
    expect(logs.withCode('AUTH_UNAVAILABLE')).toHaveLength(1);
    expect(consoleError).not.toHaveBeenCalled();
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { status: string; tokenValidation: string; authenticated: boolean };
    expect(health).toMatchObject({ tokenValidation: 'unavailable', authenticated: true });
  });
});
