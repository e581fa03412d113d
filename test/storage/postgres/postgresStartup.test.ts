import { createStorage } from '../../../src/storage/createStorage';
import { PostgresDatabase } from '../../../src/storage/postgres/postgresDatabase';
import { PostgresStorage } from '../../../src/storage/postgres/postgresStorage';
import { silentLogger } from '../../../src/util/logger';
import { describePostgres, proxiedUrl, TEST_POSTGRES_URL, testSchema, TestSchema } from '../../helpers/postgres';
import type { TcpProxy } from '../../helpers/tcpProxy';

function withUrl(change: (url: URL) => void): string {
  const url = new URL(TEST_POSTGRES_URL);
  change(url);
  return url.toString();
}

describe('STORAGE_URL postgres:// at start-up', () => {
  it('fails with one line naming where, when nothing listens there', async () => {
    const open = createStorage('postgres://postgres@127.0.0.1:1/test?schema=rapport', silentLogger);
    await expect(open).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: 'Could not reach PostgreSQL at postgres://127.0.0.1:1/test?schema=rapport (connection refused): is the server running, and is STORAGE_URL right?' });
  });

  it('refuses a schema name that is not a plain identifier, before connecting', async () => {
    await expect(createStorage('postgres://u@127.0.0.1:1/db?schema=x";drop', silentLogger)).rejects.toMatchObject({ code: 'UNSUPPORTED_STORAGE' });
  });

  it('never puts the password in what it says', async () => {
    const failure = await createStorage('postgres://bob:hunter2secret@127.0.0.1:1/test', silentLogger).catch((err: Error) => err);
    expect(String((failure as Error).message)).not.toContain('hunter2secret');
  });
});

describePostgres('STORAGE_URL postgres:// against the test server', () => {
  it('says which database is missing', async () => {
    const url = withUrl((u) => (u.pathname = '/no_such_database_here'));
    await expect(createStorage(url, silentLogger)).rejects.toThrow(/has no database "no_such_database_here": create it/);
  });

  it('says which user was refused', async () => {
    const url = withUrl((u) => (u.username = 'no_such_role_here'));
    await expect(createStorage(url, silentLogger)).rejects.toThrow(/refused user "no_such_role_here"/);
  });

  describe('when the database goes away after start-up', () => {
    let schema: TestSchema;
    let proxy: TcpProxy;
    let database: PostgresDatabase;

    beforeEach(async () => {
      schema = testSchema();
      const proxied = await proxiedUrl(schema);
      proxy = proxied.proxy;
      database = await PostgresDatabase.open(proxied.url, { connectTimeoutMs: 1000 });
    });

    afterEach(async () => {
      await database.close();
      await proxy.close();
      await schema.drop();
    });

    it('fails calls with STORE_UNAVAILABLE, then works again once it is back, without a restart', async () => {
      const storage = new PostgresStorage(database);
      await storage.write({ k: { v: 1 } });

      await proxy.cut();
      await expect(storage.read(['k'])).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      await expect(storage.write({ k: { v: 2 } })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      await expect(database.check()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });

      await proxy.restore();
      await database.check();
      expect((await storage.read(['k'])).k).toMatchObject({ v: 1 });
    });
  });
});
