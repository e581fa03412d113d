import { randomUUID } from 'node:crypto';
import type { StoreItem, StoreItems } from '../storage';
import type { CreatableStorage } from '../creatableStorage';
import { EtagConflictError } from '../etagConflict';
import type { ScanStorage } from '../scanStorage';

/** Rows per query when listing items. */
const SCAN_PAGE = 1000;
import { PostgresDatabase, Queryable } from './postgresDatabase';

interface Change {
  key: string;
  eTag: unknown;
  /** The item as JSON text, without its eTag. */
  doc: string;
}

interface ItemRow {
  key: string;
  doc: Record<string, unknown>;
  etag: string;
}

/**
 * botbuilder `Storage` in one PostgreSQL table, with real optimistic concurrency across instances: a
 * write with an eTag is one conditional UPDATE that succeeds only if the stored eTag still matches;
 * `create` is INSERT … ON CONFLICT DO NOTHING, so of two instances creating one key exactly one wins;
 * a delete is a DELETE. A batch of several keys runs in one transaction and succeeds or fails whole.
 */
export class PostgresStorage implements CreatableStorage, ScanStorage {
  private readonly items: string;

  constructor(
    readonly database: PostgresDatabase,
    private readonly newETag: () => string = randomUUID,
  ) {
    this.items = database.table('items');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const wanted = checkKeys(keys, 'reading');
    if (wanted.length === 0) return {};
    const { rows } = await this.database.query<ItemRow>(`SELECT key, doc, etag FROM ${this.items} WHERE key = ANY($1::text[])`, [wanted]);
    const found: StoreItems = {};
    // Keys such as "__proto__" must become ordinary properties, never a new prototype.
    for (const row of rows) Object.defineProperty(found, row.key, { value: { ...row.doc, eTag: row.etag }, enumerable: true, writable: true, configurable: true });
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    await this.inBatch(toChanges(changes), (client, change) => this.writeOne(client, change));
  }

  /** Writes the items only if none of their keys exists; otherwise nothing, and an eTag conflict. */
  async create(items: Record<string, StoreItem>): Promise<void> {
    if (!items) throw new ReferenceError('Items are required when creating.');
    await this.inBatch(toChanges(items), async (client, change) => {
      if (!(await this.insertIfAbsent(client, change))) throw new EtagConflictError(change.key);
    });
  }

  /** Every item under `prefix` (ScanStorage), in pages by key: 100k profiles never sit in one result. */
  async *scan(prefix: string): AsyncIterable<[string, Record<string, unknown>]> {
    let after = '';
    for (;;) {
      const { rows } = await this.database.query<Pick<ItemRow, 'key' | 'doc'>>(`SELECT key, doc FROM ${this.items} WHERE starts_with(key, $1) AND key > $2 ORDER BY key LIMIT ${SCAN_PAGE}`, [prefix, after]);
      for (const row of rows) yield [row.key, row.doc];
      const last = rows.at(-1);
      if (!last || rows.length < SCAN_PAGE) return;
      after = last.key;
    }
  }

  async delete(keys: string[]): Promise<void> {
    const doomed = checkKeys(keys, 'deleting');
    if (doomed.length === 0) return;
    await this.database.query(`DELETE FROM ${this.items} WHERE key = ANY($1::text[])`, [doomed]);
  }

  private async inBatch(batch: readonly Change[], apply: (client: Queryable, change: Change) => Promise<void>): Promise<void> {
    if (batch.length === 0) return;
    const [only] = batch;
    if (batch.length === 1 && only) return apply(this.database, only);
    await this.database.transaction(async (client) => {
      for (const change of batch) await apply(client, change);
    });
  }

  private async writeOne(client: Queryable, change: Change): Promise<void> {
    const { key, eTag, doc } = change;
    if (eTag === undefined || eTag === null || eTag === '' || eTag === '*') {
      await client.query(
        `INSERT INTO ${this.items} (key, doc, etag) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET doc = EXCLUDED.doc, etag = EXCLUDED.etag, updated_at = now()`,
        [key, doc, this.newETag()],
      );
      return;
    }
    const updated = await client.query(`UPDATE ${this.items} SET doc = $2, etag = $3, updated_at = now() WHERE key = $1 AND etag = $4`, [key, doc, this.newETag(), String(eTag)]);
    if (updated.rowCount === 1) return;
    // No row with that eTag: either the key is gone (botbuilder's stores accept the write then) or it changed.
    if (!(await this.insertIfAbsent(client, change))) throw new EtagConflictError(key);
  }

  private async insertIfAbsent(client: Queryable, { key, doc }: Change): Promise<boolean> {
    const inserted = await client.query(`INSERT INTO ${this.items} (key, doc, etag) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`, [key, doc, this.newETag()]);
    return inserted.rowCount === 1;
  }
}

function checkKeys(keys: string[], verb: string): string[] {
  if (!keys) throw new ReferenceError(`Keys are required when ${verb}.`);
  if (!Array.isArray(keys)) throw new TypeError(`Keys must be an array of strings when ${verb}.`);
  for (const key of keys) {
    if (typeof key !== 'string') throw new TypeError(`Storage keys must be strings; got a ${typeof key} when ${verb}.`);
  }
  return [...new Set(keys)];
}

function toChanges(changes: StoreItems): Change[] {
  return Object.keys(changes).map((key) => {
    const item: unknown = changes[key];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new TypeError(`Storage: the item for "${key}" must be an object.`);
    const { eTag, ...value } = item as Record<string, unknown>;
    return { key, eTag, doc: JSON.stringify(value) };
  });
}
