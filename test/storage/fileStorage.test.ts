import { createHash } from 'node:crypto';
import { appendFile, mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FileStorage, type StorageLogger } from '../../src/storage/fileStorage';
import { describeStorageContract } from './storageContract';

async function makeTempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'rapport-file-storage-'));
}

describeStorageContract('FileStorage', async () => {
  const dir = await makeTempDir();
  const storage = await FileStorage.open(path.join(dir, 'store.json'));
  return {
    storage,
    cleanup: async () => {
      await storage.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}, { creates: true, scans: true });

/** A journal line in the on-disk format, for simulating what a crashed process left behind. */
function journalWrite(seq: number, key: string, value: object): string {
  return `${JSON.stringify({ seq, op: 'write', items: [[key, { eTag: `e${seq}`, value }]] })}\n`;
}

function recordingLogger(): StorageLogger & { messages: string[] } {
  const messages: string[] = [];
  return { messages, warn: (_o, msg) => messages.push(msg) };
}

describe('FileStorage', () => {
  let dir: string;
  let file: string;
  const open: FileStorage[] = [];

  async function openStore(options?: Parameters<typeof FileStorage.open>[1]): Promise<FileStorage> {
    const storage = await FileStorage.open(file, options);
    open.push(storage);
    return storage;
  }

  beforeEach(async () => {
    dir = await makeTempDir();
    file = path.join(dir, 'nested', 'state', 'store.json');
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps data across close and reopen, including deletes', async () => {
    const first = await openStore();
    await first.write({ a: { v: 1 }, b: { v: 2 }, c: { v: 3 } });
    await first.delete(['b']);
    const eTag = (await first.read(['a'])).a.eTag;
    await first.close();

    const second = await openStore();

    const items = await second.read(['a', 'b', 'c']);
    expect(items).toEqual({ a: { v: 1, eTag }, c: expect.objectContaining({ v: 3 }) });
  });

  it('keeps data across compactions and reopen', async () => {
    const first = await openStore({ compactAtBytes: 256 });
    for (let i = 0; i < 50; i++) await first.write({ [`k${i}`]: { i, text: 'x'.repeat(40) } });
    await first.delete(['k7']);

    expect((await stat(file)).size).toBeGreaterThan(0);
    expect((await stat(`${file}.journal`)).size).toBeLessThan((await stat(file)).size);
    await first.close();

    const second = await openStore({ compactAtBytes: 256 });
    const items = await second.read(Array.from({ length: 50 }, (_, i) => `k${i}`));
    expect(Object.keys(items)).toHaveLength(49);
    expect(items.k7).toBeUndefined();
    expect(items.k49).toMatchObject({ i: 49 });
  });

  it('writes the snapshot in the documented layout and empties the journal on flush', async () => {
    const storage = await openStore();
    await storage.write({ a: { v: 1 } });

    await storage.flush();

    const snapshot: unknown = JSON.parse(await readFile(file, 'utf8'));
    expect(snapshot).toEqual({ version: 1, seq: 1, items: [['a', { eTag: expect.any(String), value: { v: 1 } }]] });
    expect((await stat(`${file}.journal`)).size).toBe(0);
  });

  it('ignores a torn last journal line and appends cleanly after it', async () => {
    await openStore().then((s) => s.close());
    await appendFile(`${file}.journal`, journalWrite(1, 'a', { v: 1 }) + journalWrite(2, 'b', { v: 2 }) + '{"seq":3,"op":"wri');
    const logger = recordingLogger();

    const storage = await openStore({ logger });
    await storage.write({ c: { v: 3 } });

    expect(await storage.read(['a', 'b', 'c'])).toEqual({
      a: { v: 1, eTag: 'e1' },
      b: { v: 2, eTag: 'e2' },
      c: expect.objectContaining({ v: 3 }),
    });
    expect(logger.messages).toEqual([expect.stringMatching(/torn/)]);
    const lines = (await readFile(`${file}.journal`, 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line).seq)).toEqual([1, 2, 3]);
  });

  it('can be read beside the process that holds it (peek), across compactions, without touching its files', async () => {
    const holder = await openStore({ compactAtBytes: 256 });
    for (let i = 0; i < 20; i++) await holder.write({ [`k${i}`]: { i, text: 'x'.repeat(40) } });
    await holder.delete(['k3']);
    // A torn last line (a write being appended right now) is skipped, and left for the holder.
    await appendFile(`${file}.journal`, '{"seq":999,"op":"wri');
    const journalBefore = await readFile(`${file}.journal`);

    const items = await FileStorage.peek(file);

    expect(items.size).toBe(19);
    expect(items.get('k3')).toBeUndefined();
    expect(items.get('k19')).toEqual({ i: 19, text: 'x'.repeat(40) });
    expect(await readFile(`${file}.journal`)).toEqual(journalBefore);
    // The holder still holds its lock and goes on.
    await expect(FileStorage.open(file)).rejects.toMatchObject({ code: 'STORE_LOCKED' });
  });

  it('refuses a journal corrupt before its last line, naming the file and line, and releases the lock', async () => {
    await openStore().then((s) => s.close());
    await appendFile(`${file}.journal`, journalWrite(1, 'a', { v: 1 }) + 'garbage\n' + journalWrite(3, 'c', { v: 3 }));

    const failure = await FileStorage.open(file).catch((err: unknown) => err);

    expect(failure).toMatchObject({ code: 'STORE_CORRUPT', message: expect.stringContaining(`${file}.journal`) });
    expect(failure).toMatchObject({ message: expect.stringContaining('line 2') });
    await expect(stat(`${file}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a snapshot that is not a store, naming the file', async () => {
    await openStore().then((s) => s.close());
    await writeFile(file, '{"hello": "world"}');

    await expect(FileStorage.open(file)).rejects.toMatchObject({ code: 'STORE_CORRUPT', message: expect.stringContaining(file) });
  });

  it('skips journal records the snapshot already holds (crash between snapshot and journal cut)', async () => {
    const storage = await openStore();
    await storage.write({ a: { v: 'old' } });
    const journalBeforeCut = await readFile(`${file}.journal`);
    await storage.write({ a: { v: 'new' } });
    await storage.close();
    await writeFile(`${file}.journal`, Buffer.concat([journalBeforeCut, Buffer.from(journalWrite(3, 'b', { v: 'b' }))]));

    const reopened = await openStore();

    expect(await reopened.read(['a', 'b'])).toMatchObject({ a: { v: 'new' }, b: { v: 'b', eTag: 'e3' } });
  });

  it('ignores a temp file left by a snapshot that was interrupted', async () => {
    const storage = await openStore();
    await storage.write({ a: { v: 1 } });
    await storage.close();
    await writeFile(path.join(path.dirname(file), `.${path.basename(file)}.tmp`), '{"version": 1, "se');

    const reopened = await openStore();
    await reopened.write({ b: { v: 2 } });
    await reopened.flush();

    expect(await reopened.read(['a', 'b'])).toMatchObject({ a: { v: 1 }, b: { v: 2 } });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ seq: 2 });
  });

  it('stores hostile keys and values as plain data without polluting prototypes', async () => {
    const hostile: Record<string, unknown> = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"__proto__": {"polluted": "yes"}}}',
    );
    const first = await openStore({ compactAtBytes: 64 });
    await first.write(hostile);
    await first.write({ later: { v: 1 } });
    await first.close();
    const second = await openStore();

    const items = await second.read(['__proto__', 'constructor', 'prototype', 'toString']);

    expect(Object.keys(items).sort()).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getPrototypeOf(items)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(items, '__proto__')?.value).toMatchObject({ polluted: 'yes' });
    expect(Object.getOwnPropertyDescriptor(items.prototype, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('applies a batch all or nothing when one eTag is stale', async () => {
    const storage = await openStore();
    await storage.write({ a: { v: 1 }, b: { v: 1 } });
    const { a } = await storage.read(['a']);
    await storage.write({ a: { v: 2 } });

    await expect(storage.write({ b: { v: 'should not land' }, a: { v: 3, eTag: a.eTag } })).rejects.toMatchObject({
      code: 'ETAG_CONFLICT',
    });

    expect(await storage.read(['a', 'b'])).toMatchObject({ a: { v: 2 }, b: { v: 1 } });
  });

  it('rejects every operation after close with STORE_CLOSED', async () => {
    const storage = await openStore();
    await storage.close();

    await expect(storage.write({ a: { v: 1 } })).rejects.toMatchObject({ code: 'STORE_CLOSED' });
    await expect(storage.read(['a'])).rejects.toMatchObject({ code: 'STORE_CLOSED' });
    await expect(storage.delete(['a'])).rejects.toMatchObject({ code: 'STORE_CLOSED' });
  });

  it('finishes operations queued before close', async () => {
    const storage = await openStore();
    const pending = storage.write({ a: { v: 1 } });
    await storage.close();
    await pending;

    const reopened = await openStore();
    expect(await reopened.read(['a'])).toMatchObject({ a: { v: 1 } });
  });

  it('works with fsync enabled', async () => {
    const storage = await openStore({ fsync: true, compactAtBytes: 64 });
    await storage.write({ a: { v: 1 } });
    await storage.write({ b: { v: 2 } });
    await storage.close();

    const reopened = await openStore();
    expect(await reopened.read(['a', 'b'])).toMatchObject({ a: { v: 1 }, b: { v: 2 } });
  });

  it('rejects a missing keys argument to delete and non-object items', async () => {
    const storage = await openStore();
    await expect(storage.delete(null as unknown as string[])).rejects.toThrow(ReferenceError);
    await expect(storage.write({ a: 'text' })).rejects.toThrow(TypeError);
  });
});

/** Every byte of every file in `dir` (the snapshot, the journal, temp files, the lock). */
async function allBytes(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true });
  const contents = await Promise.all(names.map(async (name) => ((await stat(path.join(dir, name))).isFile() ? readFile(path.join(dir, name), 'latin1') : '')));
  return contents.join('\n');
}

describe('FileStorage erasure (issue #17, item 3)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves no byte of a deleted item in the files once the delete returns, without rewriting the snapshot', async () => {
    const file = path.join(dir, 'store.json');
    const first = await FileStorage.open(file);
    for (let i = 0; i < 300; i++) await first.write({ [`users/other-${i}`]: { name: `Other${i}` } });
    await first.write({ 'users/victim-7f3a': { name: 'Zebediah', likes: ['astronomy'] } });
    await first.close(); // the victim is now in the snapshot
    const storage = await FileStorage.open(file);
    // Later versions in the journal, one of them in a batch with somebody else.
    await storage.write({ 'users/victim-7f3a': { name: 'Zebediah', likes: ['astronomy', 'ornithology'], eTag: '*' } });
    await storage.write({ 'users/victim-7f3a': { name: 'Zebediah Q', eTag: '*' }, 'users/bystander': { name: 'Bystander' } });
    await storage.write({ 'users/other-3': { name: 'Other3b', eTag: '*' } });
    const snapshotBefore = await stat(file);
    expect(await allBytes(dir)).toContain('Zebediah');

    await storage.delete(['users/victim-7f3a']);

    const bytes = await allBytes(dir);
    for (const trace of ['Zebediah', 'astronomy', 'ornithology', 'victim-7f3a']) expect(bytes).not.toContain(trace);
    // Overwritten in place: same file, same size, not a rewrite of every other user.
    const snapshotAfter = await stat(file);
    expect([snapshotAfter.ino, snapshotAfter.size]).toEqual([snapshotBefore.ino, snapshotBefore.size]);
    expect(await storage.read(['users/victim-7f3a', 'users/bystander', 'users/other-3', 'users/other-299'])).toEqual({
      'users/bystander': expect.objectContaining({ name: 'Bystander' }),
      'users/other-3': expect.objectContaining({ name: 'Other3b' }),
      'users/other-299': expect.objectContaining({ name: 'Other299' }),
    });
    await storage.close();

    const reopened = await FileStorage.open(file);
    const keys = [...Array.from({ length: 300 }, (_, i) => `users/other-${i}`), 'users/bystander', 'users/victim-7f3a'];
    const items = await reopened.read(keys);
    expect(Object.keys(items)).toHaveLength(301);
    expect(items['users/victim-7f3a']).toBeUndefined();
    await reopened.close();
    expect(await allBytes(dir)).not.toContain('Zebediah');
  });

  it('forgets the superseded versions of an item in place, keeping the current one (a shared item after an erase)', async () => {
    const file = path.join(dir, 'store.json');
    const first = await FileStorage.open(file);
    for (let i = 0; i < 50; i++) await first.write({ [`users/other-${i}`]: { name: `Other${i}` } });
    await first.write({ 'index/0': { entries: { 'users/victim-7f3a': 1, 'users/b': 2 } } });
    await first.close(); // one version in the snapshot
    const storage = await FileStorage.open(file);
    await storage.write({ 'index/0': { entries: { 'users/victim-7f3a': 3, 'users/b': 2 }, eTag: '*' }, 'users/other-1': { name: 'Other1b', eTag: '*' } });
    await storage.write({ 'index/0': { entries: { 'users/b': 4 }, eTag: '*' } });
    const snapshotBefore = await stat(file);
    expect(await allBytes(dir)).toContain('victim-7f3a');

    await storage.forgetHistory(['index/0', 'users/never-written']);

    expect(await allBytes(dir)).not.toContain('victim-7f3a');
    const snapshotAfter = await stat(file);
    expect([snapshotAfter.ino, snapshotAfter.size]).toEqual([snapshotBefore.ino, snapshotBefore.size]);
    const expected = { 'index/0': expect.objectContaining({ entries: { 'users/b': 4 } }), 'users/other-1': expect.objectContaining({ name: 'Other1b' }) };
    expect(await storage.read(['index/0', 'users/other-1'])).toEqual(expected);
    await storage.close();
    const reopened = await FileStorage.open(file);
    expect(await reopened.read(['index/0', 'users/other-1'])).toEqual(expected);
    await reopened.close();
  });

  it('finishes an erase that a crash interrupted before the bytes were overwritten', async () => {
    const file = path.join(dir, 'store.json');
    const storage = await FileStorage.open(file);
    await storage.write({ 'users/victim': { name: 'Zebediah' }, 'users/kept': { name: 'Kept' } });
    await storage.close();
    // What a crash right after the erase record leaves: the record, and the bytes not yet overwritten.
    const hash = createHash('sha256').update('users/victim').digest('base64url');
    await appendFile(`${file}.journal`, `${JSON.stringify({ seq: 2, op: 'erase', hashes: [hash] })}\n`);

    const reopened = await FileStorage.open(file);
    expect(await reopened.read(['users/victim', 'users/kept'])).toEqual({ 'users/kept': expect.objectContaining({ name: 'Kept' }) });
    expect(await allBytes(dir)).not.toContain('Zebediah');
    await reopened.close();
  });
});

describe('FileStorage with fsync (issue #17, item 9)', () => {
  it('acknowledges concurrent writes after a shared sync (group commit), and keeps them all', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'store.json');
    const probe = await open(path.join(dir, 'probe'), 'w');
    const handlePrototype = Object.getPrototypeOf(probe) as { datasync(): Promise<void> };
    await probe.close();
    // A disk sync takes time; on tmpfs it takes none, and each write would find no sync running to share.
    // Held for a moment, a sync is still running when the next writes arrive, as on a real disk.
    const realSync = handlePrototype.datasync;
    const datasync = jest.spyOn(handlePrototype, 'datasync').mockImplementation(async function (this: unknown) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return realSync.call(this);
    });
    try {
      const storage = await FileStorage.open(file, { fsync: true });
      await Promise.all(Array.from({ length: 100 }, (_, i) => storage.write({ [`k${i}`]: { i } })));
      const syncs = datasync.mock.calls.length;
      expect(syncs).toBeGreaterThanOrEqual(1);
      expect(syncs).toBeLessThan(100);
      await storage.close();
      const reopened = await FileStorage.open(file);
      expect(Object.keys(await reopened.read(Array.from({ length: 100 }, (_, i) => `k${i}`)))).toHaveLength(100);
      await reopened.close();
    } finally {
      datasync.mockRestore();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
