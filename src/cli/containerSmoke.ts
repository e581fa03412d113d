// `npm run container:smoke [-- --local]`: where a Docker engine runs, builds the image and smoke-tests it
// (start, /readyz, one turn, SIGTERM → exit 0). Without an engine (or with --local) it replays the
// Dockerfile's final stage in a temporary folder (the same COPYs, `npm ci --omit=dev` from the npm cache,
// the same ENV and CMD) and smoke-tests that process instead, saying so.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { copyParts, envPairs, execForm, parseDockerfile, Stage } from './container/dockerfile';

const ROOT = resolve(__dirname, '..', '..', '..');
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 45_000;
/** What the smoke test runs the bot with: no app id, so it must be told it may listen beyond loopback. */
const SMOKE_ENV = { NODE_ENV: 'development', ALLOW_UNAUTHENTICATED_NETWORK: 'true', LOG_LEVEL: 'info', SHUTDOWN_DELAY_SECONDS: '1' };

interface Running {
  url: string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  cleanup(): void;
}

function run(command: string, args: string[], cwd = ROOT): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args[0]} failed (exit ${result.status ?? result.signal})`);
}

function dockerEngine(): boolean {
  const result = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

async function startContainer(): Promise<Running> {
  const name = `rapport-smoke-${process.pid}`;
  run('docker', ['build', '-t', 'rapport:smoke', '.']);
  const env = Object.entries(SMOKE_ENV).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
  run('docker', ['run', '-d', '--name', name, '-p', '127.0.0.1::3978', ...env, 'rapport:smoke']);
  const port = spawnSync('docker', ['port', name, '3978/tcp'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  return {
    url: `http://${port}`,
    stop: async () => {
      run('docker', ['stop', '-t', String(STOP_TIMEOUT_MS / 1000), name]);
      return Number(spawnSync('docker', ['inspect', '-f', '{{.State.ExitCode}}', name], { encoding: 'utf8' }).stdout.trim());
    },
    cleanup: () => void spawnSync('docker', ['rm', '-f', name], { stdio: 'ignore' }),
  };
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** The final stage, replayed here: the image's file layout, production dependencies, ENV and CMD. */
async function startLocal(stage: Stage): Promise<Running> {
  run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
  const app = mkdtempSync(join(tmpdir(), 'rapport-image-'));
  const env: Record<string, string> = {};
  let command: string[] | undefined;
  const inApp = (path: string) => (path.startsWith('/app') ? join(app, path.slice('/app'.length)) : join(app, path));
  for (const { keyword, args } of stage.instructions) {
    if (keyword === 'COPY') {
      const { from, sources, destination } = copyParts(args);
      for (const source of sources) {
        const origin = from ? join(ROOT, source.replace(/^\/app\/?/, '')) : join(ROOT, source);
        const target = sources.length > 1 || destination.endsWith('/') ? join(inApp(destination), source.split('/').at(-1) ?? source) : inApp(destination);
        // .dockerignore keeps the runtime state out of the build context.
        cpSync(origin, target, { recursive: true, filter: (path) => !path.startsWith(join(ROOT, 'data', 'state')) });
      }
    } else if (keyword === 'RUN' && args.includes('npm ci')) {
      const npmArgs = args.split('&&')[0].trim().split(/\s+/).slice(1);
      // From the npm cache that installed this checkout where it can (the registry for what it lacks).
      run('npm', [...npmArgs, '--prefer-offline'], app);
    } else if (keyword === 'RUN' && args.startsWith('mkdir')) {
      for (const dir of args.split('&&')[0].split(/\s+/).filter((word) => word.startsWith('/app'))) mkdirSync(inApp(dir), { recursive: true });
    } else if (keyword === 'RUN') {
      console.log(`(not replayed here: RUN ${args.slice(0, 60)}…)`);
    } else if (keyword === 'ENV') {
      for (const [key, value] of envPairs(args)) env[key] = value.replaceAll('/app', app);
    } else if (keyword === 'CMD') {
      command = execForm(args);
    }
  }
  if (!command || command[0] !== 'node') throw new Error('The final stage has no exec-form CMD ["node", …]');
  const port = await freePort();
  const child = spawn(process.execPath, command.slice(1), { cwd: app, env: { PATH: process.env.PATH ?? '', ...env, ...SMOKE_ENV, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      return Promise.race([exited, sleep(STOP_TIMEOUT_MS).then(() => null)]);
    },
    cleanup: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(app, { recursive: true, force: true });
    },
  };
}

async function waitReady(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const status = await fetch(`${url}/readyz`).then((res) => res.status, () => 0);
    if (status === 200) return;
    await sleep(500);
  }
  throw new Error(`/readyz did not answer 200 within ${READY_TIMEOUT_MS / 1000} s`);
}

async function oneTurn(url: string): Promise<number> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', id: 'smoke-1', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9', from: { id: 'smoke-user' }, recipient: { id: 'rapport' }, conversation: { id: 'smoke' }, text: 'hello', deliveryMode: 'expectReplies' }),
  });
  if (res.status !== 200) throw new Error(`the turn answered HTTP ${res.status}`);
  const body = (await res.json()) as { activities?: unknown[] };
  return body.activities?.length ?? 0;
}

async function main(): Promise<void> {
  const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
  const final = stages.at(-1);
  if (!final || !existsSync(join(ROOT, 'package-lock.json'))) throw new Error('Run this from a Rapport checkout with its Dockerfile');
  const engine = !process.argv.includes('--local') && dockerEngine();
  console.log(engine ? 'Docker engine found: building and running the image.' : 'No Docker engine here (or --local): replaying the final stage of the Dockerfile in a temporary folder; the image itself is NOT run.');
  const running = engine ? await startContainer() : await startLocal(final);
  try {
    const started = Date.now();
    await waitReady(running.url);
    console.log(`ok: /readyz 200 after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const replies = await oneTurn(running.url);
    if (replies < 1) throw new Error('the turn got no reply');
    console.log(`ok: one turn, ${replies} repl${replies === 1 ? 'y' : 'ies'}`);
    const code = await running.stop();
    if (code !== 0) throw new Error(`SIGTERM: exit code ${code} (expected 0)`);
    console.log('ok: SIGTERM → exit 0');
    console.log(`container smoke test passed (${engine ? 'image' : 'final stage replayed locally'})`);
  } finally {
    running.cleanup();
  }
}

main().catch((err: Error) => {
  console.error(`container smoke test FAILED: ${err.message}`);
  process.exit(1);
});
