import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage } from '../../src/storage/fileStorage';
import { profileKey } from '../../src/profile/profileKey';
import { isReply } from '../helpers/testRapport';
import { killServerProcesses, startServerProcess } from '../helpers/serverProcess';
import { message, postActivity } from '../helpers/testServer';

/** Starts `src/index.ts` exactly as `npm start` would run it, on an ephemeral port, on the file store at `storePath`. */
function startServer(storePath: string, env: Record<string, string> = {}) {
  return startServerProcess({ STORAGE_URL: `file:${storePath}`, ...env });
}

/** The first reply to one message. */
async function say(url: string, userId: string, text: string): Promise<string | undefined> {
  const res = await postActivity(url, message(userId, text));
  expect(res.status).toBe(200);
  const body = (await res.json()) as { activities: Array<{ text?: string }> };
  return body.activities[0]?.text;
}

describe('the server as a process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-process-'));
  });
  afterAll(() => {
    killServerProcesses();
    rmSync(dir, { recursive: true, force: true });
  });

  // Three cold starts of the server (each compiles src/ and loads the intent model) plus 200 turns: on a
  // shared 2-core machine under load that alone took over jest's 30 s, with nothing wrong.
  it('remembers a user across a restart, counts 200 concurrent turns exactly, refuses a second process, and stops cleanly', async () => {
    const store = join(dir, 'rapport.json');
    const first = startServer(store);
    const url = await first.ready;
    expect(isReply(await say(url, 'dana', 'call me Dana'), 'name.saved', { name: 'Dana' })).toBe(true);

    const results = await Promise.all(Array.from({ length: 199 }, (_, i) => postActivity(url, message('dana', `concurrent message ${i}`))));
    expect(results.map((r) => r.status)).toEqual(Array(199).fill(200));

    const second = startServer(store);
    await expect(second.ready).rejects.toThrow(/in use by process \d+/);
    expect((await second.exited).code).toBe(1);

    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);

    const storage = await FileStorage.open(store);
    const items = await storage.read([profileKey('emulator', 'dana')]);
    await storage.close();
    expect(items[profileKey('emulator', 'dana')].profile.lifecycle.turnCount).toBe(200);

    const restarted = startServer(store);
    const again = await restarted.ready;
    expect(isReply(await say(again, 'dana', "what's my name?"), 'name.known', { name: 'Dana' })).toBe(true);
    expect(isReply(await say(again, 'lee', "what's my name?"), 'name.unknown')).toBe(true);
    restarted.child.kill('SIGTERM');
    expect((await restarted.exited).code).toBe(0);
    // Three processes start and 200 turns run: minutes on a busy 2-core machine.
  }, 180_000);

  it.each([
    ['botbuilder', {}],
    ['agents', { BOT_SDK: 'agents' }],
  ])('runs on %s (BOT_SDK) and says so at start-up and in /healthz', async (sdk, env: Record<string, string>) => {
    const server = startServer(join(dir, `${sdk}.json`), env);
    const url = await server.ready;
    expect(server.startupLine()).toMatchObject({ sdk });
    expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: 'ok', sdk });
    expect(isReply(await say(url, 'ada', 'call me Ada'), 'name.saved', { name: 'Ada' })).toBe(true);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  }, 60_000);

  it('keeps every acknowledged turn when killed with SIGKILL under load from many users (issue #17)', async () => {
    const store = join(dir, 'crash-under-load.json');
    const server = startServer(store);
    const url = await server.ready;
    const users = Array.from({ length: 40 }, (_, i) => `load-user-${i}`);
    const acked = new Map(users.map((user) => [user, 0]));
    let total = 0;
    let killed = false;
    // Each user sends one message after another until the kill; every 200 is an acknowledged turn.
    const loops = users.map(async (user) => {
      for (let i = 0; !killed; i++) {
        const res = await postActivity(url, message(user, `message ${i}`)).catch(() => undefined);
        if (res?.status !== 200) break;
        await res.arrayBuffer();
        acked.set(user, (acked.get(user) ?? 0) + 1);
        if (++total >= 300 && !killed) killed = server.child.kill('SIGKILL');
      }
    });
    await Promise.all(loops);
    expect((await server.exited).code).toBeNull();

    const storage = await FileStorage.open(store);
    const items = await storage.read(users.map((user) => profileKey('emulator', user)));
    await storage.close();
    const lost = users.filter((user) => (items[profileKey('emulator', user)]?.profile?.lifecycle?.turnCount ?? 0) < (acked.get(user) ?? 0));
    expect(lost).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(300);
  }, 180_000);

  it('starts despite a stale lock whose pid now belongs to an unrelated process (issue #17, item 6)', async () => {
    const store = join(dir, 'stale-lock.json');
    const unrelated = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      // What a killed Rapport left behind, its pid since reused by another program.
      writeFileSync(`${store}.lock`, `${JSON.stringify({ pid: unrelated.pid, hostname: hostname(), startTicks: '1', acquiredAt: new Date().toISOString() })}\n`);
      const server = startServer(store);
      const url = await server.ready;
      expect(isReply(await say(url, 'kim', 'call me Kim'), 'name.saved', { name: 'Kim' })).toBe(true);
      server.child.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
      // A lock in the older format (no start time) names the unrelated process too: its command line is not Node's.
      writeFileSync(`${store}.lock`, `${JSON.stringify({ pid: unrelated.pid, hostname: hostname() })}\n`);
      const again = startServer(store);
      await again.ready;
      again.child.kill('SIGTERM');
      expect((await again.exited).code).toBe(0);
    } finally {
      unrelated.kill('SIGKILL');
    }
  }, 90_000);

  it('says in one line that it could not start on a busy port, and refuses HOST=0.0.0.0 without an app id (issue #17, item 6)', async () => {
    const first = startServer(join(dir, 'port-a.json'));
    const url = await first.ready;
    try {
      const busy = startServer(join(dir, 'port-b.json'), { PORT: new URL(url).port });
      await expect(busy.ready).rejects.toThrow();
      const { code, stderr } = await busy.exited;
      expect(code).toBe(1);
      expect(stderr.split('\n').filter((line) => line.trim() !== '' && !/DEP0111|trace-deprecation/.test(line))).toEqual([
        expect.stringMatching(/^Rapport could not start \[EADDRINUSE\]: .*address already in use/),
      ]);

      const open = startServer(join(dir, 'port-c.json'), { HOST: '0.0.0.0' });
      await expect(open.ready).rejects.toThrow();
      const refused = await open.exited;
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/HOST: "0\.0\.0\.0"[\s\S]*ALLOW_UNAUTHENTICATED_NETWORK=true/);
      expect(refused.stderr).not.toMatch(/^\s+at /m);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
  }, 90_000);
});
