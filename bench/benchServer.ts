import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface RunningServer {
  url: string;
  startupMs: number;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

/** Starts a compiled server script and waits for its "listening" line, which carries the port. */
export function startServerProcess(script: string, env: Record<string, string>, portPattern: RegExp): Promise<RunningServer> {
  const started = Date.now();
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(process.execPath, ['--disable-warning=DEP0111', join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = portPattern.exec(output);
      if (!match) return;
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve({
        url: `http://127.0.0.1:${match[1]}`,
        startupMs: Date.now() - started,
        stop: () =>
          new Promise((done) => {
            child.once('close', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('close', (code) => reject(new Error(`${script} exited with ${code}: ${output}`)));
  });
}

export function startRapport(storePath: string, env: Record<string, string> = {}): Promise<RunningServer> {
  return startRapportOn(`file:${storePath}`, env);
}

/** Rapport on any STORAGE_URL (postgres://… for several instances). */
export function startRapportOn(storageUrl: string, env: Record<string, string> = {}): Promise<RunningServer> {
  return startServerProcess('dist/src/index.js', { PORT: '0', STORAGE_URL: storageUrl, LOG_LEVEL: 'info', ...env }, /"port":(\d+).*"msg":"Rapport is listening"/);
}

export function startEcho(): Promise<RunningServer> {
  return startServerProcess('dist/bench/echoServer.js', {}, /echo listening (\d+)/);
}
