import { CodedError } from '../../util/codedError';

/** Where a PostgreSQL store lives, parsed from STORAGE_URL. */
export interface PostgresTarget {
  /** For the `pg` client: the URL without Rapport's own parameters. */
  connectionString: string;
  /** The schema that holds Rapport's tables (`?schema=`, default `rapport`). */
  schema: string;
  /** Connections per instance (`?pool=`, default 10). */
  poolSize: number;
  database: string;
  /** The user name (never the password), for start-up errors. */
  user: string;
  /** host:port/database and schema, for logs and /healthz: never the user or password. */
  description: string;
}

const SCHEMA_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;
const DEFAULT_SCHEMA = 'rapport';
const DEFAULT_POOL = 10;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * `postgres://user:password@host:5432/database?schema=rapport&pool=10` (libpq parameters such as
 * `sslmode` pass through to `pg`). The schema name is checked against a strict pattern because it is
 * the one identifier put into SQL text (a name cannot be a query parameter); it comes from the operator.
 */
export function parsePostgresUrl(url: string): PostgresTarget {
  if (!isPostgresUrl(url) || !URL.canParse(url)) throw invalid('is not a postgres:// URL');
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  if (!SCHEMA_PATTERN.test(schema)) throw invalid(`schema "${schema.slice(0, 70)}" must be lower-case letters, digits and _ (at most 63)`);
  const poolText = parsed.searchParams.get('pool') ?? String(DEFAULT_POOL);
  const poolSize = Number(poolText);
  if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 200) throw invalid('pool must be a whole number from 1 to 200');
  parsed.searchParams.delete('schema');
  parsed.searchParams.delete('pool');
  const database = decodeURIComponent(parsed.pathname.slice(1)) || '(default database)';
  return {
    connectionString: parsed.toString(),
    schema,
    poolSize,
    database,
    user: decodeURIComponent(parsed.username) || process.env.PGUSER || '(the OS user)',
    description: `postgres://${parsed.host || 'localhost'}/${database}?schema=${schema}`,
  };
}

function invalid(what: string): CodedError {
  return new CodedError('UNSUPPORTED_STORAGE', `STORAGE_URL ${what}; expected postgres://USER:PASSWORD@HOST:5432/DATABASE?schema=rapport`);
}
