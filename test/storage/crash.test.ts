import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FileStorage } from '../../src/storage/fileStorage';
import { onStdoutLine, spawnTsChild, whenClosed } from './fixtures/childProcess';

const COMPACT_AT_BYTES = 2048;
const FLUSH_EVERY = 25;

interface KillPoint {
  /** Acknowledgements to wait for before the SIGKILL. */
  afterAcks: number;
  /**
   * Then wait for an ack whose index modulo FLUSH_EVERY is this: 0 kills as a snapshot starts
   * (the writer flushes right after that ack), 1 just after a snapshot and journal cut.
   * Without it the kill lands wherever the writer happens to be.
   */
  phase?: number;
}

const KILL_POINTS: KillPoint[] = [
  { afterAcks: 180 },
  { afterAcks: 257, phase: 0 },
  { afterAcks: 333, phase: 1 },
  { afterAcks: 411 },
  { afterAcks: 298, phase: 0 },
  { afterAcks: 205, phase: 1 },
  { afterAcks: 498 },
];

/** Runs one writer from key `first` until the kill point, kills it, and returns the last acknowledged index. */
async function writeUntilKilled(file: string, first: number, kill: KillPoint): Promise<number> {
  const child = spawnTsChild('writerChild.ts', [file, String(first), String(COMPACT_AT_BYTES), String(FLUSH_EVERY)]);
  let lastAcked = first - 1;
  let acks = 0;
  let killed = false;
  onStdoutLine(child, (line) => {
    const match = /^ack (\d+)$/.exec(line);
    if (!match) return;
    lastAcked = Number(match[1]);
    acks += 1;
    const due = acks >= kill.afterAcks && (kill.phase === undefined || lastAcked % FLUSH_EVERY === kill.phase);
    if (due && !killed) killed = child.kill('SIGKILL');
  });
  const { signal } = await whenClosed(child);
  expect(signal).toBe('SIGKILL');
  return lastAcked;
}

describe('FileStorage under kill -9', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'rapport-crash-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write through repeated SIGKILLs and restarts', async () => {
    const file = path.join(dir, 'store.json');
    let next = 0;
    for (const kill of KILL_POINTS) {
      // Each new writer also has to take over the lock the killed one left behind.
      next = (await writeUntilKilled(file, next, kill)) + 1;
    }

    const storage = await FileStorage.open(file);
    const keys = Array.from({ length: next }, (_, i) => `k${i}`);
    const items = await storage.read(keys);
    await storage.close();

    const lost = keys.filter((key, i) => items[key]?.value !== i);
    expect(lost).toEqual([]);
    expect(next).toBeGreaterThanOrEqual(KILL_POINTS.reduce((sum, kill) => sum + kill.afterAcks, 0));
  });
});
