import { FakeBotFrameworkKeys, fakeBotFrameworkKeys } from '../helpers/botFrameworkKeys';
import { SDK_UNDER_TEST } from '../helpers/testChannel';
import { isReply } from '../helpers/testRapport';
import { TestServer, message, postActivity, startTestServer } from '../helpers/testServer';

const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

/**
 * Tokens signed as the Bot Framework signs them (by a key of ours that both SDKs fetch in place of the
 * Bot Framework's): a token is only good for the channel service it names in its `serviceurl` claim,
 * on both SDKs, so a token taken from one request cannot make the bot reply to a host of the caller's choice.
 */
describe(`signed Bot Framework tokens (${SDK_UNDER_TEST})`, () => {
  let keys: FakeBotFrameworkKeys;
  let server: TestServer;
  let consoleError: jest.SpyInstance;
  beforeAll(async () => {
    // botbuilder prints the key set when a signature does not verify.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    keys = await fakeBotFrameworkKeys();
    server = await startTestServer({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'app-password' });
  });
  afterAll(async () => {
    await server.close();
    await keys.close();
    consoleError.mockRestore();
  });

  const send = (userId: string, text: string, token: string, serviceUrl = SERVICE_URL) =>
    postActivity(server.url, message(userId, text, { channelId: 'msteams', serviceUrl }), { Authorization: `Bearer ${token}` });

  async function nameOf(userId: string): Promise<string | undefined> {
    return (await server.app.rapport.profiles.load('msteams', userId)).profile.explicit.name;
  }

  it('runs the turn of a token for this app that names the activity\'s serviceUrl', async () => {
    const res = await send('ada', 'call me Ada', keys.token({ aud: 'app-id', serviceurl: SERVICE_URL }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ text?: string }> };
    expect(body.activities.some((reply) => isReply(reply.text, 'name.saved', { name: 'Ada' }))).toBe(true);
  });

  it.each([
    ['another host', 'https://attacker.example.com/emea/'],
    ['another path on the same host', 'https://smba.trafficmanager.net/amer/'],
  ])('refuses 401, without running the turn, a token whose serviceurl claim names %s', async (_label, claimed) => {
    const res = await send('lee', 'call me Lee', keys.token({ aud: 'app-id', serviceurl: claimed }));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe('Unauthorized');
    expect(await nameOf('lee')).toBeUndefined();
  });

  it('refuses 401 a Bot Framework token that names no serviceurl', async () => {
    const res = await send('max', 'call me Max', keys.token({ aud: 'app-id' }));
    expect(res.status).toBe(401);
    expect(await nameOf('max')).toBeUndefined();
  });

  it('refuses 401 an activity whose serviceUrl is not the one its token names', async () => {
    const res = await send('kim', 'call me Kim', keys.token({ aud: 'app-id', serviceurl: SERVICE_URL }), 'https://attacker.example.com/emea/');
    expect(res.status).toBe(401);
    expect(await nameOf('kim')).toBeUndefined();
  });

  it.each([
    ['signed by a key the Bot Framework does not hold', () => keys.forgedToken({ aud: 'app-id', serviceurl: SERVICE_URL })],
    ['for another app', () => keys.token({ aud: 'other-app', serviceurl: SERVICE_URL })],
  ])('refuses 401 a token %s', async (_label, token) => {
    const res = await send('sam', 'call me Sam', token());
    expect(res.status).toBe(401);
    expect(await nameOf('sam')).toBeUndefined();
    // The caller's fault, not a keys outage.
    expect(((await (await fetch(`${server.url}/healthz`)).json()) as { tokenValidation: string }).tokenValidation).toBe('ok');
  });
});
