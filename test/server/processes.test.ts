import { spawn, ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStorage } from '../../src/storage/fileStorage';
import { profileKey } from '../../src/profile/profileKey';
import { isReply } from '../helpers/testRapport';
import { message, postActivity } from '../helpers/testServer';

type ServerProcess = ChildProcessByStdio<null, Readable, Readable>;

const ROOT = join(__dirname, '..', '..');
const REGISTER_TS = join(ROOT, 'test', 'helpers', 'registerTs.js');

const children = new Set<ServerProcess>();

/** Starts `src/index.ts` exactly as `npm start` would run it, on an ephemeral port. */
function startServer(storePath: string): { child: ServerProcess; ready: Promise<string>; exited: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', '-r', REGISTER_TS, join(ROOT, 'src', 'index.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', STORAGE_URL: `file:${storePath}`, LOG_LEVEL: 'info', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('close', () => children.delete(child));
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /"port":(\d+).*"msg":"Rapport is listening"/.exec(stdout);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    exited.then(({ code }) => reject(new Error(`server exited (${code}) before listening: ${stderr}`)));
  });
  return { child, ready, exited };
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
    for (const child of children) child.kill('SIGKILL');
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
  }, 180_000);
});
