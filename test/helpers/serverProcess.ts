import { spawn, ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export type ServerChild = ChildProcessByStdio<null, Readable, Readable>;

export interface ServerProcess {
  child: ServerChild;
  /** The base URL once the server logged that it listens; rejects if it exits first. */
  ready: Promise<string>;
  exited: Promise<{ code: number | null; stderr: string }>;
  /** The parsed "Rapport is listening" log line, once there. */
  startupLine(): Record<string, unknown> | undefined;
}

const ROOT = join(__dirname, '..', '..');
const REGISTER_TS = join(ROOT, 'test', 'helpers', 'registerTs.js');

const children = new Set<ServerChild>();

/** Starts `src/index.ts` exactly as `npm start` would run it (compiled in memory), on an ephemeral port. */
export function startServerProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', '-r', REGISTER_TS, join(ROOT, 'src', 'index.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development', ...env },
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
  const startupLine = () => {
    const line = stdout.split('\n').find((candidate) => candidate.includes('"msg":"Rapport is listening"'));
    return line ? (JSON.parse(line) as Record<string, unknown>) : undefined;
  };
  return { child, ready, exited, startupLine };
}

/** Kills every server process still running (afterAll). */
export function killServerProcesses(): void {
  for (const child of children) child.kill('SIGKILL');
}
