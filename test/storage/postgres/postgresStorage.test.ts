import { PostgresDatabase } from '../../../src/storage/postgres/postgresDatabase';
import { PostgresStorage } from '../../../src/storage/postgres/postgresStorage';
import { isEtagConflict } from '../../../src/storage/etagConflict';
import { MIGRATIONS } from '../../../src/storage/postgres/migrations';
import { describePostgres, testSchema, TestSchema, withClient } from '../../helpers/postgres';
import { describeStorageContract } from '../storageContract';

describePostgres('PostgreSQL store', () => {
  describeStorageContract(
    'PostgresStorage',
    async () => {
      const schema = testSchema();
      const database = await PostgresDatabase.open(schema.url);
      return {
        storage: new PostgresStorage(database),
        cleanup: async () => {
          await database.close();
          await schema.drop();
        },
      };
    },
    { creates: true, scans: true },
  );

  describe('across connections (two instances on one database)', () => {
    let schema: TestSchema;
    let first: PostgresDatabase;
    let second: PostgresDatabase;
    let a: PostgresStorage;
    let b: PostgresStorage;

    beforeEach(async () => {
      schema = testSchema();
      // Two pools, as two processes would have: nothing is shared but the server.
      [first, second] = await Promise.all([PostgresDatabase.open(schema.url), PostgresDatabase.open(schema.url)]);
      a = new PostgresStorage(first);
      b = new PostgresStorage(second);
    });

    afterEach(async () => {
      await Promise.all([first.close(), second.close()]);
      await schema.drop();
    });

    it('lets exactly one of many creators of the same key win, round after round', async () => {
      for (let round = 0; round < 5; round++) {
        const key = `user/${round}`;
        const results = await Promise.allSettled(Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? a : b).create({ [key]: { creator: i } })));

        const winners = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
        expect(winners).toHaveLength(1);
        expect(results.filter((r) => r.status === 'rejected').every((r) => isEtagConflict(r.reason))).toBe(true);
        expect((await a.read([key]))[key]).toMatchObject({ creator: winners[0] });
      }
    });

    it('lets exactly one eTag writer win when both instances hold the same eTag', async () => {
      await a.write({ counter: { n: 0 } });
      for (let round = 1; round <= 5; round++) {
        const [fromA, fromB] = await Promise.all([a.read(['counter']), b.read(['counter'])]);
        expect(fromA.counter.eTag).toBe(fromB.counter.eTag);

        const results = await Promise.allSettled([a.write({ counter: { n: round, by: 'a', eTag: fromA.counter.eTag } }), b.write({ counter: { n: round, by: 'b', eTag: fromB.counter.eTag } })]);

        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const lost = results.find((r) => r.status === 'rejected');
        expect(lost?.status === 'rejected' && isEtagConflict(lost.reason)).toBe(true);
      }
    });

    it('loses no increment when 2 instances x 25 writers each retry from the eTag', async () => {
      await a.write({ counter: { n: 0 } });
      const increment = async (store: PostgresStorage): Promise<number> => {
        for (let attempt = 1; ; attempt++) {
          const item = (await store.read(['counter'])).counter;
          try {
            await store.write({ counter: { n: Number(item.n) + 1, eTag: item.eTag } });
            return attempt;
          } catch (err) {
            if (!isEtagConflict(err)) throw err;
          }
        }
      };

      const attempts = await Promise.all(Array.from({ length: 50 }, (_, i) => increment(i % 2 === 0 ? a : b)));

      expect((await b.read(['counter'])).counter.n).toBe(50);
      // The race was real: some writers had to retry.
      expect(Math.max(...attempts)).toBeGreaterThan(1);
    });

    it('does not refuse a second instance (the file store lock does not apply)', async () => {
      await a.write({ k: { from: 'a' } });
      await b.write({ k: { from: 'b' } });
      expect((await a.read(['k'])).k).toMatchObject({ from: 'b' });
    });
  });

  describe('schema migrations', () => {
    let schema: TestSchema;

    beforeEach(() => {
      schema = testSchema();
    });

    afterEach(async () => {
      await schema.drop();
    });

    async function versions(): Promise<number[]> {
      return withClient(async (client) => (await client.query<{ version: number }>(`SELECT version FROM "${schema.schema}".schema_migrations ORDER BY version`)).rows.map((row) => row.version));
    }

    it('runs each migration once when several instances start together', async () => {
      const statements: string[] = [];
      // A migration that would fail if it ran twice (no IF NOT EXISTS) and records each run.
      const counted = [
        ...MIGRATIONS,
        {
          version: 1000,
          name: 'test: not idempotent by itself',
          statements: (t: (name: string) => string) => {
            statements.push('ran');
            return [`CREATE TABLE ${t('once_only')} (id integer)`];
          },
        },
      ];

      const opened = await Promise.all(Array.from({ length: 6 }, () => PostgresDatabase.open(schema.url, { migrations: counted })));
      await Promise.all(opened.map((db) => db.close()));

      expect(statements).toHaveLength(1);
      expect(await versions()).toEqual([...MIGRATIONS.map((m) => m.version), 1000]);
    });

    it('upgrades an existing schema and keeps its data; a second start changes nothing', async () => {
      const v1 = await PostgresDatabase.open(schema.url);
      await new PostgresStorage(v1).write({ kept: { v: 1 } });
      await v1.close();
      const later = [...MIGRATIONS, { version: 1001, name: 'test: a column', statements: (t: (name: string) => string) => [`ALTER TABLE ${t('items')} ADD COLUMN IF NOT EXISTS note text`] }];

      const v2 = await PostgresDatabase.open(schema.url, { migrations: later });
      const again = await PostgresDatabase.open(schema.url, { migrations: later });

      expect((await new PostgresStorage(again).read(['kept'])).kept).toMatchObject({ v: 1 });
      expect(await versions()).toEqual([...MIGRATIONS.map((m) => m.version), 1001]);
      await Promise.all([v2.close(), again.close()]);
    });

    it('still starts (with a warning) when a newer version already migrated further', async () => {
      const newer = await PostgresDatabase.open(schema.url, { migrations: [...MIGRATIONS, { version: 1002, name: 'test: newer', statements: () => [] }] });
      await newer.close();
      const warnings: string[] = [];

      const older = await PostgresDatabase.open(schema.url, { logger: { info: () => undefined, warn: (_o, msg) => warnings.push(msg) } });

      expect(warnings).toEqual([expect.stringMatching(/newer than this version/)]);
      await older.close();
    });
  });

  describe('what it stores', () => {
    let schema: TestSchema;
    let database: PostgresDatabase;
    let storage: PostgresStorage;

    beforeEach(async () => {
      schema = testSchema();
      database = await PostgresDatabase.open(schema.url);
      storage = new PostgresStorage(database);
    });

    afterEach(async () => {
      await database.close();
      await schema.drop();
    });

    it('keeps any text a user can type, NUL and lone surrogates included, and keys that look like SQL', async () => {
      const text = "a\u0000b \ud800 ' ; DROP TABLE items; -- é 😀";
      const key = "x'); DROP TABLE items; --";

      await storage.write({ [key]: { text } });

      expect((await storage.read([key]))[key]).toMatchObject({ text });
    });

    it('keeps "__proto__" an ordinary key', async () => {
      await storage.write({ ['__proto__']: { v: 1 } });
      const items = await storage.read(['__proto__']);
      expect(Object.getPrototypeOf(items)).toBe(Object.prototype);
      expect(Object.keys(items)).toEqual(['__proto__']);
    });

    it('really deletes: the row is gone from the table', async () => {
      await storage.write({ gone: { secret: 'x' } });
      await storage.delete(['gone']);
      const rows = await withClient((client) => client.query(`SELECT 1 FROM "${schema.schema}".items WHERE key = $1`, ['gone']));
      expect(rows.rowCount).toBe(0);
    });
  });
});
