import type { Storage } from '../storage/storage';
import { writeItem } from '../storage/creatableStorage';
import { forgetsHistory } from '../storage/forgetsHistory';
import { setTimeout as sleep } from 'node:timers/promises';
import { conflictBackoffMs, isEtagConflict, MAX_CONFLICT_ATTEMPTS } from '../storage/etagConflict';
import { Random, systemRandom } from '../util/random';
import { NotifyError } from './notifyError';
import { KeyedMutex } from '../util/keyedMutex';

/** One user who may receive push messages, and when the scheduler should next look at them. */
export interface IndexEntry {
  channelId: string;
  userId: string;
  /** ISO time of the next thing that may be due; null when nothing is scheduled (broadcasts still reach them). */
  due: string | null;
}

interface Shard {
  entries: Record<string, IndexEntry>;
  eTag?: string;
}

/** Enough shards that concurrent opt-ins rarely touch the same record; few enough to read them all in one call. */
export const INDEX_SHARDS = 16;

export function shardKey(shard: number): string {
  return `notify/index/${shard}`;
}

/**
 * Who has push messages on, kept in the store because botbuilder's Storage cannot list keys. The users
 * are spread over a fixed number of shard records keyed by a hash of the profile key, each holding its
 * users' next due time: a scheduler pass reads the shards in one call and loads only the profiles due,
 * so its cost is bounded by the shard count plus its batch size, not by the number of users.
 *
 * Updates write with the eTag they read (a missing shard is created only if still absent) and, on a
 * conflict, reload and apply the same edit again, so two writers, in one process or in several sharing
 * a database, never lose each other's entries. Writers in one process also queue per shard: fewer
 * conflicts, and on a store without create-if-absent (MemoryStorage) the only protection of a first write.
 */
export class NotifyIndex {
  private readonly perShard = new KeyedMutex();

  constructor(
    private readonly storage: Storage,
    /** Jitter of the pause before an update retried after an eTag conflict. */
    private readonly random: Random = systemRandom,
  ) {}

  /** Every entry, by profile key. */
  async all(): Promise<Map<string, IndexEntry>> {
    const keys = Array.from({ length: INDEX_SHARDS }, (_, shard) => shardKey(shard));
    const items = await this.storage.read(keys);
    const all = new Map<string, IndexEntry>();
    for (const key of keys) {
      for (const [userKey, entry] of Object.entries(shardOf(items[key]).entries)) all.set(userKey, entry);
    }
    return all;
  }

  /** Entries due at `now`, earliest first, at most `limit`. */
  async due(now: Date, limit: number): Promise<Array<[string, IndexEntry]>> {
    const due = [...(await this.all())].filter(([, entry]) => entry.due !== null && Date.parse(entry.due) <= now.getTime());
    return due.sort((a, b) => (a[1].due ?? '').localeCompare(b[1].due ?? '') || a[0].localeCompare(b[0])).slice(0, limit);
  }

  async get(userKey: string): Promise<IndexEntry | undefined> {
    const key = shardKey(shardNumber(userKey));
    const shard = shardOf((await this.storage.read([key]))[key]);
    return Object.hasOwn(shard.entries, userKey) ? shard.entries[userKey] : undefined;
  }

  /** Adds or replaces an entry; `onlyIfEarlier` keeps a stored due time that is already sooner. */
  put(userKey: string, entry: IndexEntry, onlyIfEarlier = false): Promise<void> {
    return this.update(userKey, (current) => {
      if (!current || !onlyIfEarlier) return entry;
      if (current.due !== null && (entry.due === null || current.due <= entry.due)) return current;
      return entry;
    });
  }

  remove(userKey: string): Promise<void> {
    return this.update(userKey, () => undefined);
  }

  /**
   * Removes the user's entry and, where the store keeps older versions of items in its files, overwrites
   * the shard's older versions too: they list the user among others (erasure, issue #17).
   */
  async erase(userKey: string): Promise<void> {
    await this.remove(userKey);
    const key = shardKey(shardNumber(userKey));
    const storage = this.storage;
    if (forgetsHistory(storage)) await this.perShard.run(key, () => storage.forgetHistory([key]));
  }

  private update(userKey: string, edit: (current: IndexEntry | undefined) => IndexEntry | undefined): Promise<void> {
    const key = shardKey(shardNumber(userKey));
    return this.perShard.run(key, async () => {
      for (let attempt = 1; ; attempt++) {
        const shard = shardOf((await this.storage.read([key]))[key]);
        const current = Object.hasOwn(shard.entries, userKey) ? shard.entries[userKey] : undefined;
        const next = edit(current);
        if (sameEntry(current, next)) return;
        const entries = Object.fromEntries(Object.entries(shard.entries).filter(([other]) => other !== userKey));
        if (next) entries[userKey] = next;
        try {
          await writeItem(this.storage, key, { entries }, shard.eTag);
          return;
        } catch (err) {
          if (!isEtagConflict(err)) throw err;
          if (attempt >= MAX_CONFLICT_ATTEMPTS) throw new NotifyError('NOTIFY_INDEX_CONFLICT', `Gave up updating ${key} after ${attempt} eTag conflicts`, { cause: err });
          await sleep(conflictBackoffMs(attempt, this.random));
        }
      }
    });
  }
}

function shardOf(item: unknown): Shard {
  if (!item || typeof item !== 'object' || !('entries' in item) || !item.entries || typeof item.entries !== 'object') return { entries: {} };
  const eTag = 'eTag' in item && typeof item.eTag === 'string' ? item.eTag : undefined;
  return { entries: item.entries as Record<string, IndexEntry>, eTag };
}

/** FNV-1a: stable across processes and versions, which the shard of a key must be. */
function shardNumber(userKey: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userKey.length; i++) hash = Math.imul(hash ^ userKey.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % INDEX_SHARDS;
}

function sameEntry(a: IndexEntry | undefined, b: IndexEntry | undefined): boolean {
  return a?.channelId === b?.channelId && a?.userId === b?.userId && a?.due === b?.due;
}
