import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BotSdk } from '../../src/config/loadConfig';
import { createRapport, edgeBotOf, type Rapport } from '../../src/createRapport';
import type { ActivityJson } from '../../src/protocol/activity';
import type { BotEdge, EdgeSettings } from '../../src/protocol/botEdge';
import { loadEdge } from '../../src/sdk/loadEdge';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import { ManualClock } from '../../src/util/clock';
import { silentLogger } from '../../src/util/logger';
import { seededRandom } from '../../src/util/random';
import { isReply, realCatalog, realContent } from '../helpers/testRapport';

const SDKS: BotSdk[] = ['botbuilder', 'agents'];
const LOCAL: EdgeSettings = { appId: '', appPassword: '', appType: 'MultiTenant', tenantId: '' };

/** A stand-in for a channel's Bot Connector service: records what the bot posts to it. */
interface FakeConnector {
  url: string;
  posts: Array<{ path: string; authorization?: string; body: ActivityJson }>;
  close(): Promise<void>;
}

async function startConnector(): Promise<FakeConnector> {
  const posts: FakeConnector['posts'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      // botbuilder escapes the conversation id in the path, the Agents SDK does not: both reach the same route.
      posts.push({ path: decodeURIComponent(req.url ?? ''), authorization: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as ActivityJson });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${posts.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    posts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function newRapport(): Rapport {
  return createRapport({ content: realContent(), storage: new MemoryStorage(), clock: new ManualClock('2026-03-02T10:00:00Z'), random: seededRandom(4), lapsedAfterDays: 14, catalog: realCatalog() });
}

async function edgeOn(sdk: BotSdk, rapport: Rapport, settings: EdgeSettings = LOCAL): Promise<BotEdge> {
  return (await loadEdge(sdk))(edgeBotOf(rapport, silentLogger), settings);
}

function message(serviceUrl: string, text: string, extra: Partial<ActivityJson> = {}): ActivityJson {
  return {
    type: 'message',
    id: 'incoming-1',
    channelId: 'msteams',
    serviceUrl,
    from: { id: 'user-1', name: 'Dana' },
    recipient: { id: 'bot-1', name: 'Rapport' },
    conversation: { id: 'a:personal-1', conversationType: 'personal', name: '' },
    text,
    ...extra,
  };
}

describe.each(SDKS)('the %s edge', (sdk) => {
  let connector: FakeConnector;
  beforeEach(async () => {
    connector = await startConnector();
  });
  afterEach(() => connector.close());

  it('says which SDK it is', async () => {
    expect((await edgeOn(sdk, newRapport())).sdk).toBe(sdk);
  });

  it('posts the replies of a normal activity to the channel service, as a reply to it', async () => {
    const edge = await edgeOn(sdk, newRapport());
    const result = await edge.processInbound('', message(connector.url, 'call me Dana'));
    expect(result).toMatchObject({ kind: 'answered', status: 200 });
    expect(connector.posts).toHaveLength(1);
    const [post] = connector.posts;
    expect(post.path).toBe('/v3/conversations/a:personal-1/activities/incoming-1');
    expect(isReply(post.body.text, 'name.saved', { name: 'Dana' })).toBe(true);
    expect(post.body).toMatchObject({ type: 'message', channelId: 'msteams', from: { id: 'bot-1' }, recipient: { id: 'user-1' }, replyToId: 'incoming-1' });
  });

  it('sends suggested actions as imBack buttons whose value is the text', async () => {
    const edge = await edgeOn(sdk, newRapport());
    const result = await edge.processInbound('', message(connector.url, '/hepl', { deliveryMode: 'expectReplies' }));
    const [reply] = (result as { body: { activities: ActivityJson[] } }).body.activities;
    expect(reply.channelId).toBe('msteams');
    expect(reply).not.toHaveProperty('_channelId');
    expect(reply.suggestedActions?.actions).toEqual([expect.objectContaining({ type: 'imBack', title: '/help', value: '/help' })]);
  });

  it('answers an invoke it has no handler for with 501', async () => {
    const edge = await edgeOn(sdk, newRapport());
    const result = await edge.processInbound('', { ...message(connector.url, ''), type: 'invoke', name: 'composeExtension/query', value: {} });
    expect(result).toMatchObject({ kind: 'answered', status: 501 });
  });

  it('runs the chat page\'s activities as its own and returns the replies (Direct Line)', async () => {
    const edge = await edgeOn(sdk, newRapport(), { appId: 'app-id', appPassword: 'secret', appType: 'MultiTenant', tenantId: '' });
    const replies = await edge.runLocal({ ...message('http://127.0.0.1', 'call me Robin'), channelId: 'webchat' });
    expect(replies.map((reply) => reply.text).some((text) => isReply(text, 'name.saved', { name: 'Robin' }))).toBe(true);
  });

  it.each([
    ['no Authorization header', ''],
    ['a token that is not a JWT', 'Bearer not-a-jwt'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('refuses %s when an app id is set', async (_label, authorization) => {
    const rapport = newRapport();
    const edge = await edgeOn(sdk, rapport, { appId: 'app-id', appPassword: 'secret', appType: 'MultiTenant', tenantId: '' });
    expect(await edge.processInbound(authorization, message(connector.url, 'call me Dana'))).toEqual({ kind: 'unauthorized' });
    expect(connector.posts).toHaveLength(0);
    expect((await rapport.profiles.load('msteams', 'user-1')).profile.explicit.name).toBeUndefined();
  });

  it('never runs the turn of a token for another app', async () => {
    const rapport = newRapport();
    const edge = await edgeOn(sdk, rapport, { appId: 'app-id', appPassword: 'secret', appType: 'MultiTenant', tenantId: '' });
    const result = await edge.processInbound(`Bearer ${jwtShaped('someone-else')}`, message(connector.url, 'call me Dana'));
    // The Agents SDK checks the audience before it fetches signing keys (401); botbuilder fetches the keys
    // first, which this offline machine cannot (the server answers 503 AuthUnavailable).
    expect(result.kind).toBe(sdk === 'agents' ? 'unauthorized' : 'notStarted');
    expect(connector.posts).toHaveLength(0);
    expect((await rapport.profiles.load('msteams', 'user-1')).profile.explicit.name).toBeUndefined();
  });

  describe.each(SDKS)('with a conversation reference stored under %s', (storedUnder) => {
    it(`delivers a push message under ${sdk}`, async () => {
      const rapport = newRapport();
      // The reference is the one a turn under `storedUnder` kept in the profile.
      await (await edgeOn(storedUnder, rapport)).processInbound('', message(connector.url, 'call me Dana', { deliveryMode: 'expectReplies' }));
      const { profile } = await rapport.profiles.load('msteams', 'user-1');
      const reference = profile.reference?.conversation;
      if (!reference) throw new Error('no reference kept');
      const edge = await edgeOn(sdk, rapport);
      await edge.deliver(reference, [{ key: 'k', text: 'A push', variants: [], matched: [], used: [], suggestedActions: ['/notify off'] }]);
      expect(connector.posts).toHaveLength(1);
      // Both SDKs send a push as a reply to the continuation activity they make up.
      expect(connector.posts[0].path).toMatch(/^\/v3\/conversations\/a:personal-1\/activities(\/[\w-]+)?$/);
      expect(connector.posts[0].body).toMatchObject({ type: 'message', text: 'A push', from: { id: 'bot-1' }, recipient: { id: 'user-1' } });
      expect(connector.posts[0].body.suggestedActions?.actions[0]).toMatchObject({ value: '/notify off' });
    });
  });

  it('delivers to a reference that names the bot "agent" (as the Agents SDK writes them)', async () => {
    const edge = await edgeOn(sdk, newRapport());
    const reference = { user: { id: 'user-1' }, agent: { id: 'bot-1', name: 'Rapport' }, conversation: { id: 'a:personal-1', name: '' }, channelId: 'msteams', serviceUrl: connector.url, locale: '' };
    await edge.deliver(reference, [{ key: 'k', text: 'A push', variants: [], matched: [], used: [] }]);
    expect(connector.posts[0]?.body).toMatchObject({ text: 'A push', from: { id: 'bot-1' }, recipient: { id: 'user-1' } });
  });
});

/** Header, claims and signature in base64url: the shape of a Bot Framework token, signed by nobody. */
function jwtShaped(audience: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'RS256', kid: 'some-key', typ: 'JWT' })}.${part({ iss: 'https://api.botframework.com', aud: audience, exp: now + 3600, nbf: now - 60 })}.${Buffer.from('signature').toString('base64url')}`;
}
