import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, stat, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { EtagConflictError } from './etagConflict';
import { acquireProcessLock, type ProcessLock } from './processLock';
import { codeOf } from '../util/codedError';
import { StorageError } from './storageErrors';

export interface StorageLogger {
  warn(o: object, msg: string): void;
}

export interface FileStorageOptions {
  /** fdatasync every journal append and snapshot: survives power loss, costs one disk flush per write. */
  fsync?: boolean;
  /** Journal size that triggers a new snapshot. Never below the last snapshot's size, so compaction stays O(1) per write. */
  compactAtBytes?: number;
  logger?: StorageLogger;
}

type ItemValue = Record<string, unknown>;

interface StoredItem {
  eTag: string;
  value: ItemValue;
}

type Entry = [key: string, item: StoredItem];

/** The lowdb document: the store as of journal record `seq`. */
interface Snapshot {
  version: 1;
  seq: number;
  items: Entry[];
}

/** One line of `${file}.journal`; one per acknowledged write or delete batch. */
type JournalRecord = { seq: number; op: 'write'; items: Entry[] } | { seq: number; op: 'delete'; keys: string[] };

interface Change {
  key: string;
  eTag: unknown;
  value: ItemValue;
}

interface Settings {
  fsync: boolean;
  compactAtBytes: number;
  logger: StorageLogger;
}

interface LoadedStore {
  items: Map<string, StoredItem>;
  seq: number;
  journalBytes: number;
  snapshotBytes: number;
}

const DEFAULT_COMPACT_AT_BYTES = 4 * 1024 * 1024;
const silentLogger: StorageLogger = { warn: () => undefined };

/**
 * botbuilder `Storage` in a local JSON file that stays fast as it grows. Reads are served from memory;
 * a write costs one appended journal line; the journal is folded into a lowdb snapshot from time to time.
 */
export class FileStorage implements Storage {
  private readonly items: Map<string, StoredItem>;
  private seq: number;
  private journalBytes: number;
  private compactAtBytes: number;
  private queue: Promise<unknown> = Promise.resolve();
  private closing: Promise<void> | undefined;
  private failure: StorageError | undefined;

  private constructor(
    private readonly file: string,
    private readonly settings: Settings,
    private readonly db: Low<Snapshot>,
    private readonly journal: FileHandle,
    private readonly lock: ProcessLock,
    loaded: LoadedStore,
  ) {
    this.items = loaded.items;
    this.seq = loaded.seq;
    this.journalBytes = loaded.journalBytes;
    this.compactAtBytes = Math.max(settings.compactAtBytes, loaded.snapshotBytes);
  }

  static async open(file: string, options: FileStorageOptions = {}): Promise<FileStorage> {
    const settings = resolveSettings(options);
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const lock = await acquireProcessLock(file);
    try {
      // lowdb's JSONFile pretty-prints: at 100k items that is 40% more bytes and twice the stringify time.
      const db = new Low<Snapshot>(new DataFile<Snapshot>(file, { parse: JSON.parse, stringify: JSON.stringify }), emptySnapshot());
      const loaded = await loadStore(file, db, settings.logger);
      const journal = await open(journalFile(file), 'a');
      return new FileStorage(file, settings, db, journal, lock, loaded);
    } catch (err) {
      await lock.release();
      throw err;
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    const wanted = checkKeys(keys, 'reading');
    this.assertUsable();
    return this.enqueue(() => this.lookup(wanted));
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    // Copied now: the caller may mutate its objects while the write waits in the queue.
    const batch = toChanges(changes);
    this.assertUsable();
    await this.enqueue(() => this.applyWrite(batch));
  }

  async delete(keys: string[]): Promise<void> {
    const doomed = checkKeys(keys, 'deleting');
    this.assertUsable();
    await this.enqueue(() => this.applyDelete(doomed));
  }

  /** Folds the journal into a fresh snapshot. */
  async flush(): Promise<void> {
    this.assertUsable();
    await this.enqueue(() => this.compactIfJournaled());
  }

  /** Finishes queued operations, writes a snapshot and releases the lock. Later calls are rejected. */
  close(): Promise<void> {
    this.closing ??= this.enqueue(() => this.shutdown());
    return this.closing;
  }

  private lookup(keys: readonly string[]): StoreItems {
    const found: StoreItems = {};
    for (const key of keys) {
      const item = this.items.get(key);
      if (item) setOwn(found, key, { ...copyJson(item.value), eTag: item.eTag });
    }
    return found;
  }

  private async applyWrite(batch: readonly Change[]): Promise<void> {
    // Every eTag is checked before anything is written: a batch succeeds or fails as a whole.
    for (const change of batch) this.assertCurrent(change);
    const items = batch.map(({ key, value }): Entry => [key, { eTag: randomUUID(), value }]);
    await this.commit({ seq: this.seq + 1, op: 'write', items });
  }

  private assertCurrent({ key, eTag }: Change): void {
    const stored = this.items.get(key);
    if (stored && eTag && eTag !== '*' && eTag !== stored.eTag) throw new EtagConflictError(key);
  }

  private async applyDelete(keys: readonly string[]): Promise<void> {
    const present = [...new Set(keys)].filter((key) => this.items.has(key));
    if (present.length > 0) await this.commit({ seq: this.seq + 1, op: 'delete', keys: present });
  }

  /** Journal first, memory second: nothing is visible or acknowledged before it is on disk. */
  private async commit(record: JournalRecord): Promise<void> {
    await this.append(`${JSON.stringify(record)}\n`);
    applyRecord(this.items, record);
    this.seq = record.seq;
    if (this.journalBytes >= this.compactAtBytes) await this.compactOrWarn();
  }

  private async append(line: string): Promise<void> {
    const bytes = Buffer.from(line, 'utf8');
    try {
      const { bytesWritten } = await this.journal.write(bytes);
      if (bytesWritten !== bytes.length) throw new Error(`short write: ${bytesWritten} of ${bytes.length} bytes`);
      if (this.settings.fsync) await this.journal.datasync();
    } catch (err) {
      await this.rollBackJournal(err);
      throw err;
    }
    this.journalBytes += bytes.length;
  }

  /** A failed append may leave half a line; the next line must not be glued to it. */
  private async rollBackJournal(cause: unknown): Promise<void> {
    try {
      await this.journal.truncate(this.journalBytes);
    } catch {
      this.failure = new StorageError(
        'STORE_UNWRITABLE',
        `Writing ${journalFile(this.file)} failed and could not be undone. Fix the disk and restart the bot; the journal is repaired on open.`,
        { cause },
      );
    }
  }

  private async compactOrWarn(): Promise<void> {
    try {
      await this.compact();
    } catch (err) {
      // The write is safe in the journal; try again once the journal has grown by another threshold.
      this.compactAtBytes = this.journalBytes + this.settings.compactAtBytes;
      this.settings.logger.warn({ err, file: this.file }, 'storage compaction failed; the journal still holds every write');
    }
  }

  private async compactIfJournaled(): Promise<void> {
    if (this.journalBytes > 0 || this.failure) await this.compact();
  }

  private async compact(): Promise<void> {
    this.db.data = { version: 1, seq: this.seq, items: [...this.items] };
    try {
      // steno writes a temp file and renames it: a crash leaves the old snapshot or the new one.
      await this.db.write();
    } finally {
      this.db.data = emptySnapshot();
    }
    if (this.settings.fsync) await syncToDisk(this.file);
    // A crash before this truncation is harmless: replay skips records the snapshot already has.
    await this.journal.truncate(0);
    this.journalBytes = 0;
    this.failure = undefined;
    this.compactAtBytes = Math.max(this.settings.compactAtBytes, await fileSize(this.file));
  }

  private async shutdown(): Promise<void> {
    try {
      await this.compactIfJournaled();
    } finally {
      try {
        await this.journal.close();
      } finally {
        await this.lock.release();
      }
    }
  }

  private enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private assertUsable(): void {
    if (this.closing) {
      throw new StorageError('STORE_CLOSED', `The store ${this.file} is closed; open it again with FileStorage.open() to use it.`);
    }
    if (this.failure) throw this.failure;
  }
}

function resolveSettings(options: FileStorageOptions): Settings {
  const compactAtBytes = options.compactAtBytes ?? DEFAULT_COMPACT_AT_BYTES;
  if (!Number.isFinite(compactAtBytes) || compactAtBytes <= 0) {
    throw new RangeError(`compactAtBytes must be a positive number of bytes, got ${compactAtBytes}.`);
  }
  return { fsync: options.fsync ?? false, compactAtBytes, logger: options.logger ?? silentLogger };
}

function journalFile(file: string): string {
  return `${file}.journal`;
}

function emptySnapshot(): Snapshot {
  return { version: 1, seq: 0, items: [] };
}

function checkKeys(keys: string[], verb: string): readonly string[] {
  if (!keys) throw new ReferenceError(`Keys are required when ${verb}.`);
  if (!Array.isArray(keys)) throw new TypeError(`Keys must be an array of strings when ${verb}.`);
  for (const key of keys) {
    if (typeof key !== 'string') throw new TypeError(`Storage keys must be strings; got a ${typeof key} when ${verb}.`);
  }
  return [...keys];
}

function toChanges(changes: StoreItems): Change[] {
  return Object.keys(changes).map((key) => {
    const item: unknown = changes[key];
    if (!isPlainObject(item)) throw new TypeError(`Storage: the item for "${key}" must be an object.`);
    const { eTag, ...value } = copyJson(item);
    return { key, eTag, value };
  });
}

/** A deep copy with exactly the JSON semantics the data will have after a restart. */
function copyJson(value: object): ItemValue {
  const copy: unknown = JSON.parse(JSON.stringify(value));
  if (!isPlainObject(copy)) throw new TypeError('Storage: an item must serialize to a JSON object.');
  return copy;
}

/** Keys such as "__proto__" must become ordinary properties, never a new prototype. */
function setOwn(target: StoreItems, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyRecord(items: Map<string, StoredItem>, record: JournalRecord): void {
  if (record.op === 'write') {
    for (const [key, item] of record.items) items.set(key, item);
  } else {
    for (const key of record.keys) items.delete(key);
  }
}

async function loadStore(file: string, db: Low<Snapshot>, logger: StorageLogger): Promise<LoadedStore> {
  const snapshot = await readSnapshot(file, db);
  const items = new Map(snapshot.items);
  const replayed = await replayJournal(journalFile(file), snapshot.seq, items, logger);
  return { items, seq: replayed.seq, journalBytes: replayed.bytes, snapshotBytes: await fileSize(file) };
}

async function readSnapshot(file: string, db: Low<Snapshot>): Promise<Snapshot> {
  try {
    await db.read();
  } catch (err) {
    throw corrupt(`The store ${file} is not valid JSON. Restore it from a backup, or set STORAGE_URL to another file.`, err);
  }
  const data: unknown = db.data;
  db.data = emptySnapshot();
  if (!isSnapshot(data)) {
    throw corrupt(
      `The store ${file} is not a Rapport store snapshot (expected {"version": 1, "seq", "items"}). Restore it from a backup, or set STORAGE_URL to another file.`,
    );
  }
  return data;
}

async function replayJournal(
  file: string,
  snapshotSeq: number,
  items: Map<string, StoredItem>,
  logger: StorageLogger,
): Promise<{ seq: number; bytes: number }> {
  const bytes = await readFileIfExists(file);
  const { records, validBytes } = parseJournal(bytes, file);
  if (validBytes < bytes.length) {
    logger.warn({ file, droppedBytes: bytes.length - validBytes }, 'dropped a torn last journal line (that write was never acknowledged)');
    await truncate(file, validBytes);
  }
  let seq = snapshotSeq;
  for (const record of records) {
    // Records up to the snapshot's seq survive a crash between writing the snapshot and cutting the journal.
    if (record.seq <= snapshotSeq) continue;
    if (record.seq !== seq + 1) logger.warn({ file, expected: seq + 1, found: record.seq }, 'journal sequence gap: some writes may be missing');
    applyRecord(items, record);
    seq = Math.max(seq, record.seq);
  }
  return { seq, bytes: validBytes };
}

/** Complete records, and how many leading bytes hold them. Only the last line may be torn. */
function parseJournal(bytes: Buffer, file: string): { records: JournalRecord[]; validBytes: number } {
  const records: JournalRecord[] = [];
  let start = 0;
  for (let lineNumber = 1; start < bytes.length; lineNumber++) {
    const end = bytes.indexOf(0x0a, start);
    const record = end === -1 ? undefined : parseRecord(bytes.toString('utf8', start, end));
    if (!record) {
      if (end === -1 || end === bytes.length - 1) return { records, validBytes: start };
      throw corrupt(
        `The journal ${file} is corrupt at line ${lineNumber}, before the last line, so it is not a torn write. Restore from a backup, or delete line ${lineNumber} and everything after it to keep the writes before it.`,
      );
    }
    records.push(record);
    start = end + 1;
  }
  return { records, validBytes: start };
}

function parseRecord(line: string): JournalRecord | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isPlainObject(parsed) || !isSeq(parsed.seq)) return undefined;
  if (parsed.op === 'write' && isArrayOf(parsed.items, isEntry)) return { seq: parsed.seq, op: 'write', items: parsed.items };
  if (parsed.op === 'delete' && isArrayOf(parsed.keys, isString)) return { seq: parsed.seq, op: 'delete', keys: parsed.keys };
  return undefined;
}

function isSnapshot(data: unknown): data is Snapshot {
  return isPlainObject(data) && data.version === 1 && isSeq(data.seq) && isArrayOf(data.items, isEntry);
}

function isEntry(value: unknown): value is Entry {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && isStoredItem(value[1]);
}

function isStoredItem(value: unknown): value is StoredItem {
  return isPlainObject(value) && typeof value.eTag === 'string' && isPlainObject(value.value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSeq(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isArrayOf<T>(value: unknown, guard: (item: unknown) => item is T): value is T[] {
  return Array.isArray(value) && value.every((item) => guard(item));
}

function corrupt(message: string, cause?: unknown): StorageError {
  return new StorageError('STORE_CORRUPT', message, { cause });
}

/** steno renames without fsync; the snapshot must be durable before the journal is cut. */
async function syncToDisk(file: string): Promise<void> {
  await syncPath(file);
  await syncPath(path.dirname(path.resolve(file)));
}

async function syncPath(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return 0;
    throw err;
  }
}

async function readFileIfExists(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return Buffer.alloc(0);
    throw err;
  }
}
