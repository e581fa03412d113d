import { resolve } from 'node:path';
import type { Storage } from './storage';
import { CodedError } from '../util/codedError';
import { Logger } from '../util/logger';
import { FileStorage } from './fileStorage';
import { PostgresDatabase } from './postgres/postgresDatabase';
import { PostgresStorage } from './postgres/postgresStorage';
import { isPostgresUrl } from './postgres/postgresUrl';
import { ScanMemoryStorage } from './scanStorage';

/** A storage backend plus what the server needs to shut it down cleanly. */
export interface OpenedStorage {
  storage: Storage;
  /** A short description for /healthz and logs (never a secret). */
  description: string;
  /** The database behind a store that several instances share, for what else they share (Direct Line conversations). */
  database?: PostgresDatabase;
  close(): Promise<void>;
}

/**
 * `file:path/to/store.json` (the default, embedded, one process), `postgres://…` (shared by any number
 * of instances) or `memory:` (nothing kept; for tests and demos).
 */
export async function createStorage(url: string, logger: Logger, options: { fsync?: boolean } = {}): Promise<OpenedStorage> {
  if (url.startsWith('file:')) {
    const path = resolve(url.slice('file:'.length));
    const storage = await FileStorage.open(path, { logger, fsync: options.fsync ?? false });
    return { storage, description: `file:${path}`, close: () => storage.close() };
  }
  if (isPostgresUrl(url)) {
    const database = await PostgresDatabase.open(url, { logger });
    return { storage: new PostgresStorage(database), description: database.description, database, close: () => database.close() };
  }
  if (url.startsWith('memory:')) {
    return { storage: new ScanMemoryStorage(), description: 'memory', close: async () => undefined };
  }
  throw new CodedError('UNSUPPORTED_STORAGE', `STORAGE_URL "${url.split(':')[0]}:" is not supported; use file:PATH, postgres://… or memory:`);
}
