import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { captureLogs, CapturedLogs } from '../helpers/capturedLogs';
import { TestServer, startTestServer } from '../helpers/testServer';
import { directLine } from '../channels/directLine/directLineClient';
import { sign } from '../channels/slack/slackExample';
import { FuzzTargets, HostileRequest, TEXT_MARKER, hostileRequest } from './hostileRequests';

/** `npm run fuzz -- --runs N --seed S` sets these; `npm test` runs the default, seeded. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 17);

/** What must never reach a client: an internal error's name, a stack frame, a path into the code. */
const INTERNAL_TEXT = /\b(RangeError|TypeError|SyntaxError|URIError|ReferenceError|EvalError|AggregateError)\b|\bat \S+ \(|node_modules|\.(ts|js):\d+/;

const SECRETS = { privacyToken: 'fuzz-privacy-token-0123456789', notifyToken: 'fuzz-notify-token-0123456789', slackSecret: 'fuzz-slack-signing-secret-01234' };

/**
 * Issue #17: property-based fuzzing of every endpoint a client can reach, on the real server over HTTP.
 * Whatever arrives: no 5xx, no internal error text in an answer, no message text in any log line,
 * nothing thrown that nobody caught, and /healthz still answers ok afterwards.
 */
describe('fuzzing the HTTP edge with hostile requests', () => {
  let dir: string;
  let server: TestServer;
  let logs: CapturedLogs;
  let targets: FuzzTargets;
  const uncaught: unknown[] = [];
  const consoleLines: string[] = [];
  const onUncaught = (err: unknown) => uncaught.push(err);
  const consoleSpies: jest.SpyInstance[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rapport-fuzz-'));
    logs = captureLogs();
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
    for (const method of ['error', 'warn', 'log', 'info'] as const) {
      consoleSpies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' '))));
    }
    server = await startTestServer(
      {
        STORAGE_URL: `file:${path.join(dir, 'rapport.json')}`,
        PRIVACY_API_TOKEN: SECRETS.privacyToken,
        NOTIFY_API_TOKEN: SECRETS.notifyToken,
        SLACK_SIGNING_SECRET: SECRETS.slackSecret,
        NOTIFY_TICK_SECONDS: '0',
        WEB_CHAT_STARTS_PER_MINUTE: '100000',
      },
      { logger: logs.logger },
    );
    const dl = directLine(server.url);
    const conversations = [];
    for (const userId of ['fuzz-a', 'fuzz-b', 'fuzz-c']) {
      const issued = (await (await dl.generate(userId)).json()) as { conversationId: string; token: string };
      conversations.push({ ...issued, userId });
    }
    targets = { ...SECRETS, conversations, signSlack: (timestamp, body) => sign(SECRETS.slackSecret, timestamp, body) };
  });

  afterAll(async () => {
    await server?.close();
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
    for (const spy of consoleSpies) spy.mockRestore();
    await rm(dir, { recursive: true, force: true });
  });

  async function send(request: HostileRequest): Promise<{ status: number; text: string }> {
    const res = await fetch(`${server.url}${request.path}`, { method: request.method, headers: request.headers, body: request.body, signal: AbortSignal.timeout(20_000) });
    return { status: res.status, text: await res.text() };
  }

  it(`answers ${RUNS} hostile requests (seed ${SEED}) without a 5xx, a leak or a crash`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest(targets), async (request) => {
        const { status, text } = await send(request);
        expect(status).toBeLessThan(500);
        expect(text).not.toMatch(INTERNAL_TEXT);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );

    expect(uncaught).toEqual([]);
    expect(logs.lines.filter((line) => line.includes(TEXT_MARKER))).toEqual([]);
    expect(consoleLines.filter((line) => line.includes(TEXT_MARKER))).toEqual([]);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  }, Number(process.env.FUZZ_RUNS ?? 0) > 2000 ? 3_600_000 : 600_000);
});
