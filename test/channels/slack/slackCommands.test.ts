import { AddressInfo } from 'node:net';
import restify from 'restify';
import { MemoryStorage } from '../../../src/storage/memoryStorage';
import { CommandRegistry } from '../../../src/commands/registry';
import { COMMANDS } from '../../../src/commands/list';
import { registerSlackCommands, SlackMessage, toSlackMessage } from '../../../src/channels/slack/registerSlackCommands';
import { profileKey } from '../../../src/profile/profileKey';
import { ManualClock } from '../../../src/util/clock';
import { silentLogger } from '../../../src/util/logger';
import { isReply, textsOf } from '../../helpers/testRapport';
import { TestServer, startTestServer } from '../../helpers/testServer';
import { SLACK_EXAMPLE, commandBody, postCommand, sign } from './slackExample';

const { signingSecret, timestamp } = SLACK_EXAMPLE;
/** The user key the Azure Bot Service Slack channel uses: `USER:TEAM`. */
const SLACK_USER = profileKey('slack', 'U2CERLKJA:T1DC2JH3J');

describe('toSlackMessage', () => {
  it('puts a file too long for one Slack message aside, with the reply that says so', async () => {
    const huge = { key: 'export.ready', text: 'Here it is', variants: [], matched: [], used: [], attachments: [{ contentType: 'application/json', name: 'rapport-export.json', content: { padding: 'x'.repeat(50_000) } }] };
    const message = await toSlackMessage({ replies: [huge] }, async () => ({ replies: [{ key: 'export.tooLargeForSlack', text: 'Too long for Slack', variants: [], matched: [], used: [] }] }));
    expect(message.text).toBe('Here it is\n\nToo long for Slack');
  });
});

describe('POST /api/slack/commands on the real server', () => {
  let server: TestServer;
  let storage: MemoryStorage;
  const clock = new ManualClock(Number(timestamp) * 1000 + 5_000);
  beforeAll(async () => {
    storage = new MemoryStorage();
    server = await startTestServer({ SLACK_SIGNING_SECRET: signingSecret }, { clock, storage });
  });
  afterAll(() => server.close());

  const signed = (body: string, ts: string = timestamp) => ({ 'X-Slack-Request-Timestamp': ts, 'X-Slack-Signature': sign(signingSecret, ts, body) });

  it("answers Slack's documented example request ephemerally, with /help for an empty command", async () => {
    const res = await postCommand(server.url, SLACK_EXAMPLE.body, { 'X-Slack-Request-Timestamp': timestamp, 'X-Slack-Signature': SLACK_EXAMPLE.signature });
    expect(res.status).toBe(200);
    const message = (await res.json()) as SlackMessage;
    expect(message.response_type).toBe('ephemeral');
    expect(textsOf('help.header').some((header) => message.text.startsWith(header.replace(/&/g, '&amp;')))).toBe(true);
  });

  it('runs a command for the same profile as the Slack channel, umbrella or own slash name alike', async () => {
    const body = commandBody('/rapport', 'name Dana');
    const res = await postCommand(server.url, body, signed(body));
    expect(res.status).toBe(200);
    const stored = await storage.read([SLACK_USER]);
    expect(JSON.stringify(stored[SLACK_USER])).toContain('Dana');

    const asked = commandBody('/rapport', "what's my name?");
    const answer = (await (await postCommand(server.url, asked, signed(asked))).json()) as SlackMessage;
    expect(isReply(answer.text, 'name.known', { name: 'Dana' })).toBe(true);
  });

  it('shows /export inline as JSON, since a slash command cannot answer with a file', async () => {
    const named = commandBody('/rapport', 'name Dana');
    // A second, later request with the same text (the first one's signature is spent).
    await postCommand(server.url, named, signed(named, String(Number(timestamp) + 1)));
    const body = commandBody('/rapport', 'export');
    const answer = (await (await postCommand(server.url, body, signed(body))).json()) as SlackMessage;
    const block = /```([\s\S]*)```/.exec(answer.text)?.[1] ?? '';
    const exported = JSON.parse(block.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as { format: string; profile: { explicit: { name?: string } } };
    expect(exported.format).toBe('rapport-export');
    expect(exported.profile.explicit.name).toBe('Dana');
    expect(isReply(answer.text.slice(0, answer.text.indexOf('```')).trim().replace(/&amp;/g, '&'), 'export.ready')).toBe(true);
  });

  it.each([
    ['a wrong signature', (body: string) => ({ 'X-Slack-Request-Timestamp': timestamp, 'X-Slack-Signature': sign('not-the-signing-secret', timestamp, body) })],
    ['a stale timestamp', (body: string) => ({ 'X-Slack-Request-Timestamp': String(Number(timestamp) - 600), 'X-Slack-Signature': sign(signingSecret, String(Number(timestamp) - 600), body) })],
    ['no signature', () => ({ 'X-Slack-Request-Timestamp': timestamp })],
  ])('refuses %s with 401 and changes nothing', async (_label, headers) => {
    const before = JSON.stringify(await storage.read([profileKey('slack', 'U0EVE0000:T1DC2JH3J')]));
    const body = commandBody('/rapport', 'name Mallory').replace('U2CERLKJA', 'U0EVE0000');
    const res = await postCommand(server.url, body, headers(body));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 'InvalidSignature', message: expect.any(String) });
    expect(JSON.stringify(await storage.read([profileKey('slack', 'U0EVE0000:T1DC2JH3J')]))).toBe(before);
  });

  it('ignores an identical signed request replayed within the 5-minute window (issue #17, item 7)', async () => {
    const key = profileKey('slack', 'U0REPLAY0:T1DC2JH3J');
    const body = commandBody('/rapport', 'name Replayed').replace('U2CERLKJA', 'U0REPLAY0');
    const headers = signed(body, String(Number(timestamp) + 2));
    expect((await postCommand(server.url, body, headers)).status).toBe(200);
    const replayed = await postCommand(server.url, body, headers);
    expect(replayed.status).toBe(409);
    expect(await replayed.json()).toMatchObject({ code: 'ReplayedRequest' });
    const stored = (await storage.read([key]))[key] as { profile: { lifecycle: { turnCount: number } } };
    expect(stored.profile.lifecycle.turnCount).toBe(1);
    // The same command signed anew (Slack sends a new timestamp each time) runs as usual.
    expect((await postCommand(server.url, body, signed(body, String(Number(timestamp) + 3)))).status).toBe(200);
  });

  it('refuses a signed request whose response_url is not Slack', async () => {
    const body = commandBody('/rapport', 'help', 'https://evil.example.com/hook');
    const res = await postCommand(server.url, body, signed(body));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'InvalidCommand' });
  });

  it('refuses JSON with 415', async () => {
    const res = await fetch(`${server.url}/api/slack/commands`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(415);
  });
});

describe('POST /api/slack/commands without SLACK_SIGNING_SECRET', () => {
  it('answers 404: Slack is not set up', async () => {
    const server = await startTestServer();
    try {
      const res = await postCommand(server.url, SLACK_EXAMPLE.body, { 'X-Slack-Request-Timestamp': timestamp, 'X-Slack-Signature': SLACK_EXAMPLE.signature });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'SlackDisabled' });
    } finally {
      await server.close();
    }
  });
});

describe('a slow command', () => {
  it('is acknowledged at once and answered through response_url', async () => {
    const posted: Array<{ url: string; message: SlackMessage }> = [];
    let finish: () => void = () => undefined;
    let postedOnce: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (postedOnce = resolve));
    const server = restify.createServer();
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    registerSlackCommands(server, {
      signingSecret,
      clock: new ManualClock(Number(timestamp) * 1000),
      logger: silentLogger,
      apology: () => 'sorry',
      commands: new CommandRegistry(COMMANDS),
      answerWithinMs: 20,
      runTurn: () => new Promise((resolve) => (finish = () => resolve({ replies: [{ key: 'k', text: 'done <at last>', variants: [], matched: [], used: [] }] }))),
      postToSlack: async (url, message) => {
        posted.push({ url, message });
        postedOnce();
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const body = commandBody('/tone', 'formal');
      const res = await postCommand(url, body, { 'X-Slack-Request-Timestamp': timestamp, 'X-Slack-Signature': sign(signingSecret, timestamp, body) });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('');
      expect(posted).toEqual([]);
      finish();
      await answered;
      expect(posted).toEqual([{ url: 'https://hooks.slack.com/commands/T1DC2JH3J/1/abc', message: { response_type: 'ephemeral', text: 'done &lt;at last&gt;' } }]);
    } finally {
      server.close();
    }
  });
});
