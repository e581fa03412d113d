import type { Storage, StoreItems } from '../../src/storage/storage';
import { CreatableStorage, isCreatable } from '../../src/storage/creatableStorage';
import { isEtagConflict } from '../../src/storage/etagConflict';
import { canScan } from '../../src/storage/scanStorage';
import { ItemStatsStore, itemStatsKey } from '../../src/personalization/recommend/itemStatsStore';

export interface StorageUnderTest {
  storage: Storage;
  cleanup(): Promise<void>;
}

const PARALLEL_WRITERS = 20;
const ROUNDS = 3;

/** The behaviour every Storage backend must share; each backend's test file calls this once. */
export function describeStorageContract(name: string, create: () => Promise<StorageUnderTest>, options: { creates?: boolean; scans?: boolean } = {}): void {
  describe(`${name} (Storage contract)`, () => {
    let subject: StorageUnderTest;
    let storage: Storage;

    beforeEach(async () => {
      subject = await create();
      storage = subject.storage;
    });

    afterEach(async () => {
      await subject.cleanup();
    });

    async function readOne(key: string): Promise<StoreItems[string]> {
      return (await storage.read([key]))[key];
    }

    async function eTagOf(key: string): Promise<string> {
      const item = await readOne(key);
      expect(typeof item?.eTag).toBe('string');
      return String(item.eTag);
    }

    it('returns nothing for keys it does not hold', async () => {
      expect(await storage.read(['missing', 'also-missing'])).toEqual({});
      expect(await storage.read([])).toEqual({});
    });

    it('reads back what was written, with an eTag', async () => {
      await storage.write({ alice: { name: 'Alice', tags: ['a', 'b'], nested: { n: 1 } }, bob: { name: 'Bob' } });

      const items = await storage.read(['alice', 'bob', 'carol']);

      expect(Object.keys(items).sort()).toEqual(['alice', 'bob']);
      expect(items.alice).toMatchObject({ name: 'Alice', tags: ['a', 'b'], nested: { n: 1 } });
      expect(items.bob).toMatchObject({ name: 'Bob' });
      expect(typeof items.alice.eTag).toBe('string');
    });

    it('rejects a write with a stale eTag and keeps the stored value', async () => {
      await storage.write({ k: { v: 1 } });
      const first = await eTagOf('k');
      await storage.write({ k: { v: 2, eTag: first } });

      const stale = storage.write({ k: { v: 3, eTag: first } });

      await expect(stale).rejects.toThrow(/eTag conflict/);
      await stale.catch((err: unknown) => expect(isEtagConflict(err)).toBe(true));
      expect(await readOne('k')).toMatchObject({ v: 2 });
    });

    it("overwrites when the eTag is '*' or missing", async () => {
      await storage.write({ k: { v: 1 } });
      await storage.write({ k: { v: 2, eTag: '*' } });
      expect(await readOne('k')).toMatchObject({ v: 2 });

      await storage.write({ k: { v: 3 } });
      expect(await readOne('k')).toMatchObject({ v: 3 });
    });

    it('accepts an eTag for a key that does not exist yet', async () => {
      await storage.write({ fresh: { v: 1, eTag: 'some-old-etag' } });
      expect(await readOne('fresh')).toMatchObject({ v: 1 });
    });

    it('gives every successful write a new eTag', async () => {
      const seen = new Set<string>();
      for (let i = 0; i < 5; i++) {
        await storage.write({ k: { v: i } });
        seen.add(await eTagOf('k'));
      }
      await storage.write({ other: { v: 0 } });
      seen.add(await eTagOf('other'));
      expect(seen.size).toBe(6);
    });

    it('deletes keys, and deleting a missing key is fine', async () => {
      await storage.write({ a: { v: 1 }, b: { v: 2 } });

      await storage.delete(['a', 'never-written']);

      expect(await storage.read(['a', 'b'])).toEqual({ b: expect.objectContaining({ v: 2 }) });
    });

    it('hands out copies: mutating what was read or written never changes the store', async () => {
      const written = { profile: { name: 'Ann', likes: ['tea'] } };
      await storage.write({ k: written });
      written.profile.likes.push('coffee');
      written.profile.name = 'changed after write';

      const firstRead = await readOne('k');
      firstRead.profile.likes.push('cake');
      firstRead.profile.name = 'changed after read';

      expect(await readOne('k')).toMatchObject({ profile: { name: 'Ann', likes: ['tea'] } });
    });

    it('rejects a missing keys or changes argument with a ReferenceError', async () => {
      const noKeys = null as unknown as string[];
      const noChanges = null as unknown as StoreItems;
      await expect(storage.read(noKeys)).rejects.toThrow(ReferenceError);
      await expect(storage.write(noChanges)).rejects.toThrow(ReferenceError);
    });

    it(`lets exactly one of ${PARALLEL_WRITERS} concurrent writers with the same eTag win, round after round`, async () => {
      await storage.write({ counter: { round: 0 } });
      for (let round = 1; round <= ROUNDS; round++) {
        const eTag = await eTagOf('counter');

        const results = await Promise.allSettled(
          Array.from({ length: PARALLEL_WRITERS }, (_, writer) => storage.write({ counter: { round, writer, eTag } })),
        );

        const winners = results.flatMap((r, writer) => (r.status === 'fulfilled' ? [writer] : []));
        const losers = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(PARALLEL_WRITERS - 1);
        expect(losers.every(isEtagConflict)).toBe(true);
        expect(await readOne('counter')).toMatchObject({ round, writer: winners[0] });
      }
    });

    // Backends that several writers can share also create a key only if it is absent (CreatableStorage);
    // botbuilder's MemoryStorage has no such call.
    const itCreates = options.creates ? it : it.skip;

    function creatable(): CreatableStorage {
      if (!isCreatable(storage)) throw new Error(`${name} was declared to create keys but has no create()`);
      return storage;
    }

    itCreates('creates a key that is absent, and refuses (eTag conflict) to create one that exists', async () => {
      await creatable().create({ fresh: { v: 1 } });
      expect(await readOne('fresh')).toMatchObject({ v: 1 });

      const again = creatable().create({ fresh: { v: 2 } });

      await expect(again).rejects.toThrow(/eTag conflict/);
      await again.catch((err: unknown) => expect(isEtagConflict(err)).toBe(true));
      expect(await readOne('fresh')).toMatchObject({ v: 1 });
    });

    itCreates('creates a batch whole or not at all', async () => {
      await storage.write({ taken: { v: 0 } });

      await expect(creatable().create({ newOne: { v: 1 }, taken: { v: 1 } })).rejects.toThrow(/eTag conflict/);

      expect(await storage.read(['newOne', 'taken'])).toEqual({ taken: expect.objectContaining({ v: 0 }) });
    });

    itCreates(`lets exactly one of ${PARALLEL_WRITERS} concurrent creators of one key win`, async () => {
      const results = await Promise.allSettled(Array.from({ length: PARALLEL_WRITERS }, (_, writer) => creatable().create({ shard: { writer } })));

      const winners = results.flatMap((r, writer) => (r.status === 'fulfilled' ? [writer] : []));
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected').every((r) => isEtagConflict(r.reason))).toBe(true);
      expect(await readOne('shard')).toMatchObject({ writer: winners[0] });
    });

    itCreates('creates again after a delete', async () => {
      await creatable().create({ k: { v: 1 } });
      await storage.delete(['k']);
      await creatable().create({ k: { v: 2 } });
      expect(await readOne('k')).toMatchObject({ v: 2 });
    });

    const itScans = options.scans ? it : it.skip;

    itScans('lists the items under a key prefix, current values only, deleted ones gone (the insights page reads profiles so)', async () => {
      if (!canScan(storage)) throw new Error(`${name} has no scan()`);
      // More than one page of a paging backend.
      const many = Object.fromEntries(Array.from({ length: 1205 }, (_, i) => [`users/test/u${i}`, { profile: { n: i } }]));
      await storage.write({ ...many, 'notify/index/0': { entries: {} }, 'usersX/other': { v: 1 } });
      await storage.write({ 'users/test/u7': { profile: { n: 'seven' }, eTag: '*' } });
      await storage.delete(['users/test/u8']);
      const seen = new Map<string, unknown>();
      for await (const [key, value] of storage.scan('users/')) seen.set(key, (value as { profile: { n: unknown } }).profile.n);
      expect(seen.size).toBe(1204);
      expect(seen.get('users/test/u7')).toBe('seven');
      expect(seen.has('users/test/u8')).toBe(false);
      expect([...seen.keys()].every((key) => key.startsWith('users/'))).toBe(true);
    });

    // Shared recommendation statistics (src/personalization/recommend/itemStatsStore.ts): one document per
    // item, updated with eTag-checked writes. Bot instances are separate stores on one backend; a backend
    // without create-if-absent serves one process, so there they share one store (its per-item queue).
    it('keeps every like when several writers update the same item statistics at once', async () => {
      const decay = { trendHalfLifeDays: 3, coHalfLifeDays: 7, likeHalfLifeDays: 30, maxNeighbours: 50 };
      const one = new ItemStatsStore(storage, decay);
      const writers = Array.from({ length: 6 }, () => (options.creates ? new ItemStatsStore(storage, decay) : one));
      const at = Date.UTC(2026, 0, 1);
      await Promise.all(writers.map((writer, i) => writer.recordLike('film', [{ id: `seen-${i}`, at }], at)));
      const film = (await one.read(['film'])).get('film');
      expect(film?.count).toBeCloseTo(writers.length);
      expect(Object.keys(film?.neighbours ?? {}).sort()).toEqual(writers.map((_, i) => `seen-${i}`).sort());
      expect((await one.read(['seen-3'])).get('seen-3')?.neighbours).toHaveProperty('film');
      const stored = await storage.read([itemStatsKey('film'), itemStatsKey('seen-0')]);
      expect(Object.keys(stored)).toHaveLength(2);
    });
  });
}
