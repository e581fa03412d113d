/** Turns a table name into the schema-qualified, quoted name used in SQL text. */
export type TableName = (name: string) => string;

/** One step of the schema. Once released, a migration never changes: a later one alters what it made. */
export interface Migration {
  version: number;
  name: string;
  statements(table: TableName): string[];
}

/**
 * Rapport's tables, oldest first. Every statement is also safe to run twice (IF NOT EXISTS), so a
 * database set up by hand, or a migration interrupted between statements, does not block a start.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'items: botbuilder Storage, one row per key with its eTag',
    statements: (t) => [
      // json (not jsonb) keeps any string a user can type, \u0000 included, exactly as written.
      `CREATE TABLE IF NOT EXISTS ${t('items')} (
         key text PRIMARY KEY,
         doc json NOT NULL,
         etag text NOT NULL,
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
    ],
  },
];
