import { createHash } from 'node:crypto';
import pg from 'pg';
import type { PoolClient, QueryResult, QueryResultRow } from 'pg';
import { StorageError } from '../storageErrors';
import { Migration, MIGRATIONS } from './migrations';
import { isConnectionError, startupFailure, unavailable } from './postgresErrors';
import { parsePostgresUrl, PostgresTarget } from './postgresUrl';

export interface DatabaseLogger {
  warn(o: object, msg: string): void;
  info(o: object, msg: string): void;
}

export interface PostgresOptions {
  logger?: DatabaseLogger;
  /** How long to wait for a connection before a call fails (default 5 s). */
  connectTimeoutMs?: number;
  /** How long one statement may take on the client side (default 15 s): a server that vanished without closing the socket cannot hang a turn. */
  queryTimeoutMs?: number;
  /** The schema's migrations (tests pass a longer list to check upgrades). */
  migrations?: readonly Migration[];
}

/** Something that runs a parameterized statement: the pool, or one client inside a transaction. */
export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(text: string, params?: unknown[]): Promise<QueryResult<R>>;
}

const silent: DatabaseLogger = { warn: () => undefined, info: () => undefined };

/**
 * One pool of connections to the database and schema STORAGE_URL names, with the schema migrated.
 * Every statement is parameterized; the only identifier in SQL text is the schema, checked when the URL
 * is parsed. A call made while the server is away fails with STORE_UNAVAILABLE; the pool opens new
 * connections on the next call, so the bot recovers by itself when the server is back.
 */
export class PostgresDatabase implements Queryable {
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly target: PostgresTarget,
  ) {}

  /** Connects, migrates under an advisory lock, and fails with one clear line if either is impossible. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresDatabase> {
    const target = parsePostgresUrl(url);
    const logger = options.logger ?? silent;
    const pool = new pg.Pool({
      connectionString: target.connectionString,
      max: target.poolSize,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      query_timeout: options.queryTimeoutMs ?? 15_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      application_name: 'rapport',
    });
    // An idle connection that breaks (server restart) is reported here; without a listener it would crash the process.
    pool.on('error', (err) => logger.warn({ code: 'STORE_UNAVAILABLE', err: { code: (err as { code?: string }).code, message: err.message } }, 'postgres: an idle connection failed'));
    const database = new PostgresDatabase(pool, target);
    try {
      const applied = await migrate(pool, target.schema, options.migrations ?? MIGRATIONS, logger);
      if (applied.length > 0) logger.info({ schema: target.schema, applied }, 'postgres: schema migrated');
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err instanceof StorageError ? err : startupFailure(target, err);
    }
    return database;
  }

  get schema(): string {
    return this.target.schema;
  }

  /** Where the store is, without credentials. */
  get description(): string {
    return this.target.description;
  }

  /** `"schema"."name"`. */
  table(name: string): string {
    return `"${this.target.schema}"."${name}"`;
  }

  async query<R extends QueryResultRow = QueryResultRow>(text: string, params: unknown[] = []): Promise<QueryResult<R>> {
    this.assertOpen();
    try {
      return await this.pool.query<R>(text, params);
    } catch (err) {
      throw isConnectionError(err) ? unavailable(this.target.description, err) : err;
    }
  }

  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  async transaction<T>(work: (client: Queryable) => Promise<T>): Promise<T> {
    this.assertOpen();
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw unavailable(this.target.description, err);
    }
    let broken: unknown;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      broken = isConnectionError(err) ? err : undefined;
      if (!broken) await client.query('ROLLBACK').catch((rollbackErr: unknown) => (broken = rollbackErr));
      throw broken ? unavailable(this.target.description, err) : err;
    } finally {
      // A connection that failed mid-transaction is discarded, not handed to the next caller.
      client.release(broken instanceof Error ? broken : broken ? true : undefined);
    }
  }

  /** Throws STORE_UNAVAILABLE unless the server answers now (readiness). */
  async check(): Promise<void> {
    await this.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private assertOpen(): void {
    if (this.closed) throw new StorageError('STORE_CLOSED', `The PostgreSQL store ${this.target.description} is closed.`);
  }
}

/**
 * Brings the schema up to the newest migration. Instances starting together queue on an advisory lock
 * (per schema), held by the transaction, so each migration runs once; the DDL commits with its version row.
 */
async function migrate(pool: pg.Pool, schema: string, migrations: readonly Migration[], logger: DatabaseLogger): Promise<number[]> {
  const client = await pool.connect();
  const table = (name: string): string => `"${schema}"."${name}"`;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey(`rapport.migrate:${schema}`)]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${table('schema_migrations')} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${table('schema_migrations')}`);
    const done = new Set(rows.map((row) => row.version));
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    const ahead = [...done].filter((version) => version > newest);
    // A newer instance migrated already (a rolling deploy): migrations only add, so an older one still runs.
    if (ahead.length > 0) logger.warn({ schema, newest, found: Math.max(...ahead) }, 'postgres: the schema is newer than this version of Rapport');
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements(table)) await client.query(statement);
      await client.query(`INSERT INTO ${table('schema_migrations')} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** A stable signed 64-bit key for pg_advisory_xact_lock, as a string (a JS number cannot hold it). */
function lockKey(name: string): string {
  return createHash('sha256').update(name).digest().readBigInt64BE(0).toString();
}
