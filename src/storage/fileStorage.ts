import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, stat, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { StoreItems } from './storage';
import type { CreatableStorage } from './creatableStorage';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { EtagConflictError } from './etagConflict';
import { acquireProcessLock, type ProcessLock } from './processLock';
import { codeOf } from '../util/codedError';
import { StorageError } from './storageErrors';
import type { ScanStorage } from './scanStorage';

export interface StorageLogger {
  warn(o: object, msg: string): void;
}

export interface FileStorageOptions {
  /**
   * Acknowledge a write only once the journal is fdatasync'ed (and sync every snapshot): survives power
   * loss. Writes that arrive while a sync runs share the next one (group commit), so under load the
   * cost is one disk flush per batch of writes, not per write.
   */
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

/** Where an erased entry was in a snapshot: overwritten in place by this, padded with spaces. */
type ErasedSlot = 0;

/** The lowdb document: the store as of journal record `seq`. */
interface Snapshot {
  version: 1;
  seq: number;
  items: Array<Entry | ErasedSlot>;
}

/**
 * One line of `${file}.journal`; one per acknowledged write or delete batch. A delete names its keys
 * by sha256 only ("erase"), so the journal never spells out a deleted key; "delete" with plain keys is
 * what earlier versions wrote, still read.
 */
type JournalRecord =
  | { seq: number; op: 'write'; items: Entry[] }
  | { seq: number; op: 'erase'; hashes: string[] }
  | { seq: number; op: 'delete'; keys: string[] };

/** A run of bytes in a store file. */
interface Span {
  start: number;
  length: number;
}

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
  /** Each key's entry in the snapshot file; undefined when the snapshot is not in the line layout. */
  snapshotSpans: Map<string, Span> | undefined;
  /** The journal lines that hold each key. */
  journalSpans: Map<string, Span[]>;
  /** Whether the journal holds erase records (then the files may still hold some bytes of what was erased). */
  erased: boolean;
  /** Whether records are missing between the snapshot and the journal (a compaction between reading the two). */
  gap: boolean;
}

/** The snapshot's text as lowdb last read or wrote it, with where each entry is. */
interface RenderedSnapshot {
  spans: Map<string, Span> | undefined;
}

const DEFAULT_COMPACT_AT_BYTES = 4 * 1024 * 1024;
const silentLogger: StorageLogger = { warn: () => undefined };

/**
 * botbuilder `Storage` in a local JSON file that stays fast as it grows. Reads are served from memory;
 * a write costs one appended journal line; the journal is folded into a lowdb snapshot from time to time.
 *
 * A delete is an erasure: besides its journal record (which names keys by hash only), every byte of the
 * deleted items is overwritten in place, in the snapshot entry and in the journal lines that hold them,
 * before the delete is acknowledged. The store knows where those bytes are, so this costs the size of
 * what is erased, not the size of the store.
 */
export class FileStorage implements CreatableStorage, ScanStorage {
  private readonly items: Map<string, StoredItem>;
  private seq: number;
  private journalBytes: number;
  private compactAtBytes: number;
  private snapshotSpans: Map<string, Span> | undefined;
  private journalSpans: Map<string, Span[]>;
  private queue: Promise<unknown> = Promise.resolve();
  private closing: Promise<void> | undefined;
  private failure: StorageError | undefined;
  /** The journal sync running now, and the one queued behind it (group commit). */
  private syncing: Promise<void> | undefined;
  private nextSync: Promise<void> | undefined;

  private constructor(
    private readonly file: string,
    private readonly settings: Settings,
    private readonly db: Low<Snapshot>,
    private readonly rendered: RenderedSnapshot,
    private readonly journal: FileHandle,
    private readonly lock: ProcessLock,
    loaded: LoadedStore,
  ) {
    this.items = loaded.items;
    this.seq = loaded.seq;
    this.journalBytes = loaded.journalBytes;
    this.compactAtBytes = Math.max(settings.compactAtBytes, loaded.snapshotBytes);
    this.snapshotSpans = loaded.snapshotSpans;
    this.journalSpans = loaded.journalSpans;
  }

  static async open(file: string, options: FileStorageOptions = {}): Promise<FileStorage> {
    const settings = resolveSettings(options);
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const lock = await acquireProcessLock(file);
    try {
      // One entry per line, so the store knows where each entry is (lowdb's JSONFile pretty-prints, and
      // at 100k items that is 40% more bytes and twice the stringify time).
      const rendered: RenderedSnapshot = { spans: undefined };
      const layout = new DataFile<Snapshot>(file, {
        parse: (text) => {
          const data: unknown = JSON.parse(text);
          rendered.spans = isSnapshot(data) ? entrySpans(text, data) : undefined;
          return data as Snapshot;
        },
        stringify: (data) => {
          const { text, spans } = renderSnapshot(data);
          rendered.spans = spans;
          return text;
        },
      });
      const db = new Low<Snapshot>(layout, emptySnapshot());
      const loaded = await loadStore(file, db, rendered, settings.logger);
      const journal = await open(journalFile(file), 'a');
      const storage = new FileStorage(file, settings, db, rendered, journal, lock, loaded);
      // An erase interrupted before its bytes were overwritten (a crash) is finished now.
      if (loaded.erased) await storage.flush();
      return storage;
    } catch (err) {
      await lock.release();
      throw err;
    }
  }

  /**
   * The items of a store another process holds (a running bot), as of now: read without its lock and
   * without repairing anything (a torn last journal line is skipped, not cut). For read-only tools such as
   * `dialogs:report`; a store being compacted at that moment is read again.
   */
  static async peek(file: string, options: FileStorageOptions = {}): Promise<ReadonlyMap<string, Readonly<ItemValue>>> {
    const settings = resolveSettings(options);
    for (let attempt = 1; ; attempt += 1) {
      const rendered: RenderedSnapshot = { spans: undefined };
      const db = new Low<Snapshot>(new DataFile<Snapshot>(file, { parse: (text) => JSON.parse(text) as Snapshot, stringify: (data) => JSON.stringify(data) }), emptySnapshot());
      let loaded: LoadedStore;
      try {
        loaded = await loadStore(file, db, rendered, settings.logger, { repair: false });
      } catch (err) {
        // A line being erased in place at that moment reads as corrupt: look again.
        if (attempt < 3 && err instanceof StorageError && err.code === 'STORE_CORRUPT') continue;
        throw err;
      }
      if (!loaded.gap || attempt === 3) return new Map([...loaded.items].map(([key, item]) => [key, item.value]));
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
    // The queue moves on once the line is written; the acknowledgement waits for it to be durable.
    const { durable } = await this.enqueue(() => this.applyWrite(batch));
    await durable;
  }

  /** Writes the items only if none of their keys exists (see CreatableStorage). */
  async create(items: StoreItems): Promise<void> {
    if (!items) throw new ReferenceError('Items are required when creating.');
    const batch = toChanges(items);
    this.assertUsable();
    const { durable } = await this.enqueue(() => this.applyWrite(batch, true));
    await durable;
  }

  async delete(keys: string[]): Promise<void> {
    const doomed = checkKeys(keys, 'deleting');
    this.assertUsable();
    await this.enqueue(() => this.applyDelete(doomed));
  }

  /**
   * Overwrites every superseded version of `keys` in the files (older journal records, and the snapshot
   * entry once the journal holds a newer one), keeping the current one: what erasure needs for an item
   * that held the erased user among others' data. Costs the key's own records, not the store's size.
   */
  async forgetHistory(keys: string[]): Promise<void> {
    const wanted = checkKeys(keys, 'forgetting the history of');
    this.assertUsable();
    await this.enqueue(() => this.scrubSuperseded(wanted));
  }

  /**
   * Every item under `prefix` (ScanStorage), as stored: not copies, so callers must not change them. The
   * keys are taken in the queue (a consistent set); each value is the latest when it is reached.
   */
  async *scan(prefix: string): AsyncIterable<[string, Readonly<ItemValue>]> {
    this.assertUsable();
    const keys = await this.enqueue(() => [...this.items.keys()].filter((key) => key.startsWith(prefix)));
    for (const key of keys) {
      const item = this.items.get(key);
      if (item) yield [key, item.value];
    }
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

  private async applyWrite(batch: readonly Change[], mustBeAbsent = false): Promise<{ durable: Promise<void> }> {
    // Every eTag is checked before anything is written: a batch succeeds or fails as a whole.
    for (const change of batch) {
      if (mustBeAbsent && this.items.has(change.key)) throw new EtagConflictError(change.key);
      this.assertCurrent(change);
    }
    const items = batch.map(({ key, value }): Entry => [key, { eTag: randomUUID(), value }]);
    return this.commit({ seq: this.seq + 1, op: 'write', items });
  }

  private assertCurrent({ key, eTag }: Change): void {
    const stored = this.items.get(key);
    if (stored && eTag && eTag !== '*' && eTag !== stored.eTag) throw new EtagConflictError(key);
  }

  /**
   * The erase record first (durable before anything is overwritten), then every byte of the items
   * overwritten where it lies. Other turns wait only for this user's bytes, never for a store rewrite.
   */
  private async applyDelete(keys: readonly string[]): Promise<void> {
    const present = [...new Set(keys)].filter((key) => this.items.has(key));
    if (present.length === 0) return;
    const { durable } = await this.commit({ seq: this.seq + 1, op: 'erase', hashes: present.map(keyHash) }, present);
    await durable;
    if (!this.snapshotSpans) {
      // A snapshot from before the line layout: rewriting it once leaves no trace, and gives the layout.
      await this.compact();
      return;
    }
    await this.scrub(present);
  }

  /** Overwrites the snapshot entries and the journal records of `keys` in place, same length, valid JSON. */
  private async scrub(keys: readonly string[]): Promise<void> {
    const snapshotSpans = keys.map((key) => this.snapshotSpans?.get(key)).filter((span): span is Span => span !== undefined);
    const journalLines = new Map<number, Span>();
    for (const key of keys) for (const span of this.journalSpans.get(key) ?? []) journalLines.set(span.start, span);
    if (snapshotSpans.length > 0) {
      await withFile(this.file, async (handle) => {
        for (const span of snapshotSpans) await handle.write(padded('0', span.length), 0, span.length, span.start);
        if (this.settings.fsync) await handle.datasync();
      });
    }
    if (journalLines.size > 0) {
      const doomed = new Set(keys);
      await withFile(journalFile(this.file), async (handle) => {
        for (const span of journalLines.values()) {
          const { buffer } = await handle.read(Buffer.alloc(span.length), 0, span.length, span.start);
          const record = parseRecord(buffer.toString('utf8'));
          if (record?.op !== 'write') continue;
          const kept: JournalRecord = { ...record, items: record.items.filter(([key]) => !doomed.has(key)) };
          await handle.write(padded(JSON.stringify(kept), span.length), 0, span.length, span.start);
        }
        if (this.settings.fsync) await handle.datasync();
      });
    }
    for (const key of keys) {
      this.snapshotSpans?.delete(key);
      this.journalSpans.delete(key);
    }
  }

  private async scrubSuperseded(keys: readonly string[]): Promise<void> {
    if (!this.snapshotSpans) {
      // A snapshot from before the line layout: rewriting it once keeps only current versions.
      await this.compact();
      return;
    }
    const snapshotSpans: Span[] = [];
    const journalLines = new Map<number, Span>();
    const doomedAt = new Map<number, Set<string>>();
    for (const key of new Set(keys)) {
      const spans = this.journalSpans.get(key) ?? [];
      if (spans.length === 0) continue; // the snapshot entry (if any) is the current version
      const snapshotSpan = this.snapshotSpans.get(key);
      if (snapshotSpan) snapshotSpans.push(snapshotSpan);
      const latest = spans.reduce((last, span) => (span.start > last.start ? span : last));
      for (const span of spans) {
        if (span === latest) continue;
        journalLines.set(span.start, span);
        doomedAt.set(span.start, (doomedAt.get(span.start) ?? new Set()).add(key));
      }
    }
    if (snapshotSpans.length > 0) {
      await withFile(this.file, async (handle) => {
        for (const span of snapshotSpans) await handle.write(padded('0', span.length), 0, span.length, span.start);
        if (this.settings.fsync) await handle.datasync();
      });
    }
    if (journalLines.size > 0) {
      await withFile(journalFile(this.file), async (handle) => {
        for (const span of journalLines.values()) {
          const { buffer } = await handle.read(Buffer.alloc(span.length), 0, span.length, span.start);
          const record = parseRecord(buffer.toString('utf8'));
          if (record?.op !== 'write') continue;
          const doomed = doomedAt.get(span.start) ?? new Set<string>();
          const kept: JournalRecord = { ...record, items: record.items.filter(([key]) => !doomed.has(key)) };
          await handle.write(padded(JSON.stringify(kept), span.length), 0, span.length, span.start);
        }
        if (this.settings.fsync) await handle.datasync();
      });
    }
    for (const key of new Set(keys)) {
      const spans = this.journalSpans.get(key);
      if (!spans || spans.length === 0) continue;
      this.snapshotSpans.delete(key);
      this.journalSpans.set(key, [spans.reduce((last, span) => (span.start > last.start ? span : last))]);
    }
  }

  /**
   * Journal first, memory second: nothing is visible before it is written. With fsync, `durable`
   * resolves once a sync covers the line; the caller acknowledges only then.
   */
  private async commit(record: JournalRecord, erasedKeys: readonly string[] = []): Promise<{ durable: Promise<void> }> {
    const line = await this.append(`${JSON.stringify(record)}\n`);
    // An erase record names hashes; the keys are known here, so memory is updated without a scan.
    if (record.op === 'erase') for (const key of erasedKeys) this.items.delete(key);
    else applyRecord(this.items, record, new KeyHashes(this.items));
    if (record.op === 'write') for (const [key] of record.items) addSpan(this.journalSpans, key, line);
    this.seq = record.seq;
    const durable = this.settings.fsync ? this.syncJournal() : Promise.resolve();
    if (this.journalBytes >= this.compactAtBytes) await this.compactOrWarn();
    return { durable };
  }

  private async append(line: string): Promise<Span> {
    const bytes = Buffer.from(line, 'utf8');
    try {
      const { bytesWritten } = await this.journal.write(bytes);
      if (bytesWritten !== bytes.length) throw new Error(`short write: ${bytesWritten} of ${bytes.length} bytes`);
    } catch (err) {
      await this.rollBackJournal(err);
      throw err;
    }
    // The record's span excludes the newline, which stays where it is when the line is overwritten.
    const span = { start: this.journalBytes, length: bytes.length - 1 };
    this.journalBytes += bytes.length;
    return span;
  }

  /**
   * Group commit: a sync covers every line written before it started. Lines written while one runs
   * share the next, which starts when it ends. A failed sync leaves the journal's state unknown, so
   * the store refuses further work until a restart repairs it.
   */
  private syncJournal(): Promise<void> {
    if (!this.syncing) {
      const run = this.journal.datasync().catch((cause: unknown) => {
        this.failure ??= new StorageError('STORE_UNWRITABLE', `Syncing ${journalFile(this.file)} to disk failed. Fix the disk and restart the bot.`, { cause });
        throw this.failure;
      });
      this.syncing = run.finally(() => (this.syncing = undefined));
      return this.syncing;
    }
    this.nextSync ??= this.syncing
      .catch(() => undefined)
      .then(() => {
        this.nextSync = undefined;
        return this.syncJournal();
      });
    return this.nextSync;
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
    this.snapshotSpans = this.rendered.spans;
    if (this.settings.fsync) await syncToDisk(this.file);
    // A crash before this truncation is harmless: replay skips records the snapshot already has.
    await this.journal.truncate(0);
    this.journalBytes = 0;
    this.journalSpans = new Map();
    this.failure = undefined;
    this.compactAtBytes = Math.max(this.settings.compactAtBytes, await fileSize(this.file));
  }

  private async shutdown(): Promise<void> {
    try {
      await this.compactIfJournaled();
    } finally {
      await this.nextSync?.catch(() => undefined);
      await this.syncing?.catch(() => undefined);
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

function applyRecord(items: Map<string, StoredItem>, record: JournalRecord, hashes: KeyHashes): void {
  if (record.op === 'write') {
    for (const [key, item] of record.items) {
      items.set(key, item);
      hashes.added(key);
    }
  } else if (record.op === 'delete') {
    for (const key of record.keys) items.delete(key);
  } else {
    for (const hash of record.hashes) {
      const key = hashes.keyOf(hash);
      if (key !== undefined) items.delete(key);
    }
  }
}

/** hash → key for the items, built on first use (a replay that meets an erase record), then kept up to date. */
class KeyHashes {
  private index: Map<string, string> | undefined;

  constructor(private readonly items: Map<string, StoredItem>) {}

  keyOf(hash: string): string | undefined {
    this.index ??= new Map([...this.items.keys()].map((key) => [keyHash(key), key]));
    return this.index.get(hash);
  }

  added(key: string): void {
    this.index?.set(keyHash(key), key);
  }
}

/** How an erase record names a key: never the key itself, which may hold a user id. */
function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

function addSpan(spans: Map<string, Span[]>, key: string, span: Span): void {
  const list = spans.get(key);
  if (list) list.push(span);
  else spans.set(key, [span]);
}

/** `text` in UTF-8, padded with spaces to exactly `length` bytes (it is never longer: it replaces a superset). */
function padded(text: string, length: number): Buffer {
  const bytes = Buffer.alloc(length, 0x20);
  bytes.write(text, 0, 'utf8');
  return bytes;
}

async function withFile(file: string, work: (handle: FileHandle) => Promise<void>): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await work(handle);
  } finally {
    await handle.close();
  }
}

/**
 * The snapshot with one entry per line: `{"version":1,"seq":N,"items":[` / entry, / … / `]}`.
 * JSON like any other (lowdb reads it with JSON.parse), and each entry's bytes are known.
 */
function renderSnapshot(data: Snapshot): { text: string; spans: Map<string, Span> } {
  const head = `{"version":1,"seq":${data.seq},"items":[\n`;
  const parts = [head];
  const spans = new Map<string, Span>();
  let offset = Buffer.byteLength(head);
  const entries = data.items.filter((entry): entry is Entry => entry !== 0);
  entries.forEach((entry, i) => {
    const json = JSON.stringify(entry);
    const length = Buffer.byteLength(json);
    spans.set(entry[0], { start: offset, length });
    const separator = i < entries.length - 1 ? ',\n' : '\n';
    parts.push(json, separator);
    offset += length + separator.length;
  });
  parts.push(']}');
  return { text: parts.join(''), spans };
}

/** Where each entry of a snapshot read from `text` is, if the text has the line layout; else undefined. */
function entrySpans(text: string, snapshot: Snapshot): Map<string, Span> | undefined {
  const lines = text.split('\n');
  if (lines.length !== snapshot.items.length + 2 || !lines[0]?.startsWith('{"version":1,') || lines.at(-1) !== ']}') return undefined;
  const spans = new Map<string, Span>();
  let offset = Buffer.byteLength(lines[0]) + 1;
  snapshot.items.forEach((entry, i) => {
    const line = lines[i + 1] ?? '';
    const length = Buffer.byteLength(line) - (line.endsWith(',') ? 1 : 0);
    if (entry !== 0) spans.set(entry[0], { start: offset, length });
    offset += Buffer.byteLength(line) + 1;
  });
  return spans;
}

/** `repair: false` reads only: a torn last journal line is left as it is (the process holding the store owns it). */
async function loadStore(file: string, db: Low<Snapshot>, rendered: RenderedSnapshot, logger: StorageLogger, { repair } = { repair: true }): Promise<LoadedStore> {
  const snapshot = await readSnapshot(file, db);
  const items = new Map(snapshot.items.filter((entry): entry is Entry => entry !== 0));
  const snapshotSpans = (await fileSize(file)) === 0 ? new Map<string, Span>() : rendered.spans;
  const replayed = await replayJournal(journalFile(file), snapshot.seq, items, repair ? logger : { warn: () => undefined }, repair);
  return {
    items,
    seq: replayed.seq,
    journalBytes: replayed.bytes,
    snapshotBytes: await fileSize(file),
    snapshotSpans,
    journalSpans: replayed.spans,
    erased: replayed.erased,
    gap: replayed.gap,
  };
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
  repair = true,
): Promise<{ seq: number; bytes: number; spans: Map<string, Span[]>; erased: boolean; gap: boolean }> {
  const bytes = await readFileIfExists(file);
  const { records, validBytes } = parseJournal(bytes, file);
  if (repair && validBytes < bytes.length) {
    logger.warn({ file, droppedBytes: bytes.length - validBytes }, 'dropped a torn last journal line (that write was never acknowledged)');
    await truncate(file, validBytes);
  }
  let seq = snapshotSeq;
  const spans = new Map<string, Span[]>();
  const hashes = new KeyHashes(items);
  let erased = false;
  let gap = false;
  for (const { record, span } of records) {
    if (record.op === 'write') for (const [key] of record.items) addSpan(spans, key, span);
    if (record.op !== 'write') erased = true;
    // Records up to the snapshot's seq survive a crash between writing the snapshot and cutting the journal.
    if (record.seq <= snapshotSeq) continue;
    if (record.seq !== seq + 1) {
      gap = true;
      logger.warn({ file, expected: seq + 1, found: record.seq }, 'journal sequence gap: some writes may be missing');
    }
    applyRecord(items, record, hashes);
    seq = Math.max(seq, record.seq);
  }
  return { seq, bytes: validBytes, spans, erased, gap };
}

/** Complete records with where each is, and how many leading bytes hold them. Only the last line may be torn. */
function parseJournal(bytes: Buffer, file: string): { records: Array<{ record: JournalRecord; span: Span }>; validBytes: number } {
  const records: Array<{ record: JournalRecord; span: Span }> = [];
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
    records.push({ record, span: { start, length: end - start } });
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
  if (parsed.op === 'erase' && isArrayOf(parsed.hashes, isString)) return { seq: parsed.seq, op: 'erase', hashes: parsed.hashes };
  if (parsed.op === 'delete' && isArrayOf(parsed.keys, isString)) return { seq: parsed.seq, op: 'delete', keys: parsed.keys };
  return undefined;
}

function isSnapshot(data: unknown): data is Snapshot {
  return isPlainObject(data) && data.version === 1 && isSeq(data.seq) && isArrayOf(data.items, isEntryOrErased);
}

function isEntryOrErased(value: unknown): value is Entry | ErasedSlot {
  return value === 0 || isEntry(value);
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
