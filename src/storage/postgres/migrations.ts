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
  {
    version: 2,
    name: 'directline_*: Web Chat conversations shared by every instance (tokens, user, activities, watermarks)',
    statements: (t) => [
      // expires_at is the newest token's expiry: a conversation past it can no longer be used and is deleted.
      `CREATE TABLE IF NOT EXISTS ${t('directline_conversations')} (
         id text PRIMARY KEY,
         user_id text,
         joined boolean NOT NULL DEFAULT false,
         next_seq integer NOT NULL DEFAULT 0,
         dropped integer NOT NULL DEFAULT 0,
         last_used timestamptz NOT NULL,
         expires_at timestamptz NOT NULL
       )`,
      `CREATE INDEX IF NOT EXISTS directline_conversations_user ON ${t('directline_conversations')} (user_id)`,
      `CREATE INDEX IF NOT EXISTS directline_conversations_expiry ON ${t('directline_conversations')} (expires_at)`,
      `CREATE TABLE IF NOT EXISTS ${t('directline_tokens')} (
         hash bytea PRIMARY KEY,
         conversation_id text NOT NULL REFERENCES ${t('directline_conversations')} (id) ON DELETE CASCADE,
         expires_at timestamptz NOT NULL
       )`,
      `CREATE INDEX IF NOT EXISTS directline_tokens_conversation ON ${t('directline_tokens')} (conversation_id)`,
      `CREATE TABLE IF NOT EXISTS ${t('directline_activities')} (
         conversation_id text NOT NULL REFERENCES ${t('directline_conversations')} (id) ON DELETE CASCADE,
         seq integer NOT NULL,
         activity json NOT NULL,
         PRIMARY KEY (conversation_id, seq)
       )`,
    ],
  },
];
