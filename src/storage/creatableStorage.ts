import type { Storage, StoreItem } from './storage';

/**
 * A Storage that can create a key only if it is absent. botbuilder's `write` with eTag `*` overwrites
 * whatever is there, so two instances creating the same user (or the same index shard) would both
 * "win" and one of them would lose its write. `create` rejects with an eTag conflict instead, and the
 * caller re-reads and retries as it does for any other conflict.
 */
export interface CreatableStorage extends Storage {
  /** Writes each item whose key does not exist yet; if any exists, writes nothing and rejects with an eTag conflict. */
  create(items: Record<string, StoreItem>): Promise<void>;
}

export function isCreatable(storage: Storage): storage is CreatableStorage {
  return 'create' in storage && typeof storage.create === 'function';
}

/**
 * Writes `value` under `key` with the eTag it was read with; a key read as absent (no eTag) is created
 * only if it is still absent, where the backend can say so. Backends without `create` (botbuilder's
 * MemoryStorage, one process) fall back to `*`, where the caller's in-process lock is what serializes.
 */
export function writeItem(storage: Storage, key: string, value: object, eTag: string | undefined): Promise<void> {
  if (eTag === undefined && isCreatable(storage)) return storage.create({ [key]: { ...value } });
  return storage.write({ [key]: { ...value, eTag: eTag ?? '*' } });
}
