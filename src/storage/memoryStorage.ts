import { EtagConflictError } from './etagConflict';
import type { Storage, StoreItems } from './storage';

/**
 * Items kept in this process only (`STORAGE_URL=memory:`, tests, the tools): the same contract and
 * eTags as botbuilder's MemoryStorage, without depending on an SDK. Items are stored as JSON, so a
 * caller never holds a live reference into the store.
 */
export class MemoryStorage implements Storage {
  /** Each item's JSON, by key. */
  protected readonly items = new Map<string, string>();
  private nextEtag = 1;

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const found: StoreItems = {};
    for (const key of keys) {
      const json = this.items.get(key);
      if (json !== undefined) Object.defineProperty(found, key, { value: JSON.parse(json), enumerable: true, writable: true, configurable: true });
    }
    return found;
  }

  /** All or nothing: a conflict on any key writes none of them. */
  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    for (const [key, item] of entries) {
      const eTag: unknown = item?.eTag;
      const stored = this.items.get(key);
      if (stored === undefined || eTag === '*' || !eTag) continue;
      if ((JSON.parse(stored) as { eTag?: string }).eTag !== eTag) throw new EtagConflictError(key);
    }
    for (const [key, item] of entries) this.items.set(key, JSON.stringify({ ...item, eTag: String(this.nextEtag++) }));
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    for (const key of keys) this.items.delete(key);
  }
}
