import pg from 'pg';

/**
 * Once per jest run: is the PostgreSQL test server there? The answer goes to the workers in the
 * environment (test/helpers/postgres.ts). Without a server the PostgreSQL tests are skipped with one
 * line, except under CI=true, where a missing database is a failure.
 */
export default async function postgresGlobalSetup(): Promise<void> {
  const url = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    process.env.RAPPORT_TEST_POSTGRES = 'available';
  } catch (err) {
    const why = (err as { code?: string }).code ?? (err as Error).message;
    if (process.env.CI === 'true') {
      throw new Error(`CI=true but the PostgreSQL test server at ${redact(url)} is not reachable (${why}): .ci/run starts it; set TEST_POSTGRES_URL if it is elsewhere.`);
    }
    process.env.RAPPORT_TEST_POSTGRES = 'missing';
    process.stderr.write(`\nPostgreSQL tests skipped: no server at ${redact(url)} (${why}); run one (docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust -e POSTGRES_DB=test postgres:15, or apt install postgresql) or set TEST_POSTGRES_URL.\n`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(url: string): string {
  return URL.canParse(url) ? url.replace(/\/\/[^@/]*@/, '//') : 'TEST_POSTGRES_URL';
}
