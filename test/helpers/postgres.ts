import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startTcpProxy, TcpProxy } from './tcpProxy';

/** The server the PostgreSQL tests use; CI runs one here (.ci/run starts it). */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Set by test/postgresGlobalSetup.ts once per run: whether the server answered. */
export const POSTGRES_AVAILABLE = process.env.RAPPORT_TEST_POSTGRES === 'available';

/** `describe` when the test server answered; `describe.skip` on a machine without one (never under CI: the setup fails). */
export const describePostgres: jest.Describe = POSTGRES_AVAILABLE ? describe : describe.skip;

/** A schema of its own for one test (or one test file), so parallel jest workers never share tables. */
export interface TestSchema {
  schema: string;
  /** TEST_POSTGRES_URL with `?schema=` set. */
  url: string;
  drop(): Promise<void>;
}

export function testSchema(extra: Record<string, string> = {}): TestSchema {
  const schema = `rt_${process.pid}_${randomBytes(5).toString('hex')}`;
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('schema', schema);
  for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, value);
  return { schema, url: url.toString(), drop: () => withClient((client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)).then(() => undefined) };
}

/** One plain connection to the test server, for what the tests check behind the store's back. */
export async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A TCP relay to the test server a test can cut and restore, and the schema's URL through it. */
export async function proxiedUrl(schema: TestSchema): Promise<{ proxy: TcpProxy; url: string }> {
  const target = new URL(TEST_POSTGRES_URL);
  const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
  const url = new URL(schema.url);
  url.host = `127.0.0.1:${proxy.port}`;
  return { proxy, url: url.toString() };
}
