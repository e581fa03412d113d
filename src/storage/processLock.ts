import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { codeOf } from '../util/codedError';
import { StorageError } from './storageErrors';

/** Proof that this process alone may write a store file. */
export interface ProcessLock {
  readonly file: string;
  release(): Promise<void>;
}

interface LockOwner {
  pid: number;
  hostname: string;
  /** When the process started, in clock ticks since boot (Linux /proc); tells a reused pid from the owner. */
  startTicks?: string;
}

type LockState = { kind: 'free' } | { kind: 'owned'; owner: LockOwner; content: string } | { kind: 'unreadable' };

// Lock files record a pid, and this process has only one pid: opens within it are tracked here.
const heldByThisProcess = new Set<string>();

const TAKEOVER_ATTEMPTS = 3;

/**
 * Takes `${storeFile}.lock`, or explains who holds it. A lock left by a dead process (kill -9, crash)
 * is taken over. Best effort: two processes starting at the same instant against one stale lock could
 * both win, so run one bot process per store file.
 */
export async function acquireProcessLock(storeFile: string): Promise<ProcessLock> {
  const lockFile = path.resolve(`${storeFile}.lock`);
  if (heldByThisProcess.has(lockFile)) throw alreadyOpenHere(storeFile);
  // Reserved before the first await so a concurrent open in this process sees it.
  heldByThisProcess.add(lockFile);
  try {
    const startTicks = processStartTicks(process.pid);
    const content = `${JSON.stringify({ pid: process.pid, hostname: hostname(), ...(startTicks ? { startTicks } : {}), acquiredAt: new Date().toISOString() })}\n`;
    await createLockFile(lockFile, storeFile, content);
    return holdLock(lockFile, content);
  } catch (err) {
    heldByThisProcess.delete(lockFile);
    throw err;
  }
}

async function createLockFile(lockFile: string, storeFile: string, content: string): Promise<void> {
  for (let attempt = 0; attempt < TAKEOVER_ATTEMPTS; attempt++) {
    if (await tryCreate(lockFile, content)) return;
    const state = await readLockState(lockFile);
    if (state.kind === 'free') continue;
    if (state.kind === 'unreadable') throw unreadableLock(storeFile, lockFile);
    if (isLive(state.owner)) throw lockedBy(storeFile, lockFile, state.owner);
    await removeIfUnchanged(lockFile, state.content);
  }
  throw new StorageError(
    'STORE_LOCKED',
    `Could not take ${lockFile}: other processes keep creating it. Make sure only one bot uses ${storeFile}.`,
  );
}

async function tryCreate(lockFile: string, content: string): Promise<boolean> {
  try {
    await writeFile(lockFile, content, { flag: 'wx' });
    return true;
  } catch (err) {
    if (codeOf(err) === 'EEXIST') return false;
    throw err;
  }
}

async function readLockState(lockFile: string): Promise<LockState> {
  let content: string;
  try {
    content = await readFile(lockFile, 'utf8');
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return { kind: 'free' };
    throw err;
  }
  const owner = parseOwner(content);
  return owner ? { kind: 'owned', owner, content } : { kind: 'unreadable' };
}

function parseOwner(content: string): LockOwner | undefined {
  try {
    const parsed: unknown = JSON.parse(content);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    if (!('pid' in parsed) || !Number.isInteger(parsed.pid) || typeof parsed.pid !== 'number') return undefined;
    if (!('hostname' in parsed) || typeof parsed.hostname !== 'string') return undefined;
    const startTicks = 'startTicks' in parsed && typeof parsed.startTicks === 'string' ? parsed.startTicks : undefined;
    return { pid: parsed.pid, hostname: parsed.hostname, ...(startTicks ? { startTicks } : {}) };
  } catch {
    return undefined;
  }
}

function isLive(owner: LockOwner): boolean {
  // A pid on another host cannot be checked from here; assume it is alive.
  if (owner.hostname !== hostname()) return true;
  // Our own pid, yet not in heldByThisProcess: left by an earlier run that had the same pid
  // (containers often start the bot as the same pid every time).
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if (codeOf(err) !== 'EPERM') return false;
  }
  // The pid is taken, but pids are reused (after a reboot, in a container): is it still the owner?
  const startTicks = processStartTicks(owner.pid);
  if (owner.startTicks && startTicks) return startTicks === owner.startTicks;
  // A lock from a version that did not record the start time: a process that is not Node is not ours.
  const commandLine = processCommandLine(owner.pid);
  return commandLine === undefined || /node|rapport/i.test(commandLine);
}

/** Field 22 of /proc/PID/stat (start time since boot); undefined where /proc is not available. */
function processStartTicks(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces; count fields after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function processCommandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

async function removeIfUnchanged(lockFile: string, staleContent: string): Promise<void> {
  const state = await readLockState(lockFile);
  if (state.kind !== 'owned' || state.content !== staleContent) return;
  try {
    await unlink(lockFile);
  } catch (err) {
    if (codeOf(err) !== 'ENOENT') throw err;
  }
}

function holdLock(lockFile: string, content: string): ProcessLock {
  let released = false;
  const releaseOnExit = (): void => {
    try {
      if (readFileSync(lockFile, 'utf8') === content) unlinkSync(lockFile);
    } catch {
      // Exiting anyway; a leftover lock is detected as stale on the next start.
    }
  };
  process.once('exit', releaseOnExit);
  return {
    file: lockFile,
    async release() {
      if (released) return;
      released = true;
      process.removeListener('exit', releaseOnExit);
      heldByThisProcess.delete(lockFile);
      const state = await readLockState(lockFile);
      if (state.kind === 'owned' && state.content === content) await unlink(lockFile);
    },
  };
}

function alreadyOpenHere(storeFile: string): StorageError {
  return new StorageError(
    'STORE_LOCKED',
    `The store ${storeFile} is already open in this process (${process.pid}). Close it before opening it again, or set STORAGE_URL to another file.`,
  );
}

function lockedBy(storeFile: string, lockFile: string, owner: LockOwner): StorageError {
  if (owner.hostname !== hostname()) {
    return new StorageError(
      'STORE_LOCKED',
      `The store ${storeFile} is in use by process ${owner.pid} on host ${owner.hostname}. Stop that process (or, if that host no longer runs the bot, delete ${lockFile}), or set STORAGE_URL to another file.`,
    );
  }
  return new StorageError(
    'STORE_LOCKED',
    `The store ${storeFile} is in use by process ${owner.pid}. Stop that process or set STORAGE_URL to another file.`,
  );
}

function unreadableLock(storeFile: string, lockFile: string): StorageError {
  return new StorageError(
    'STORE_LOCKED',
    `The store ${storeFile} has an unreadable lock file ${lockFile} (another process may be opening it right now). If no bot is running, delete ${lockFile}; or set STORAGE_URL to another file.`,
  );
}
