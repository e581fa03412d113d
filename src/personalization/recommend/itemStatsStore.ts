import { setTimeout as sleep } from 'node:timers/promises';
import { writeItem } from '../../storage/creatableStorage';
import { conflictBackoffMs, isEtagConflict, MAX_CONFLICT_ATTEMPTS } from '../../storage/etagConflict';
import type { Storage } from '../../storage/storage';
import { KeyedMutex } from '../../util/keyedMutex';
import { Random, systemRandom } from '../../util/random';
import { ItemStats, likeUpdates, StatsDecay, StatsUpdate, updateStats } from './itemStats';

/** One store document per item, so feedback on different items never touches the same record. */
export function itemStatsKey(itemId: string): string {
  return `recs/item/${encodeURIComponent(itemId)}`;
}

export interface LikeDecay extends StatsDecay {
  likeHalfLifeDays: number;
}

/**
 * The shared item statistics in the store (see itemStats.ts): read for ranking, updated when someone's
 * positive feedback is saved. Each update reads the item's document with its eTag, applies the change and
 * writes it back conditionally (a missing document is created only if still absent); on a conflict it
 * waits a jittered moment (as a profile save does), re-reads and applies the same change again, so bot
 * instances sharing a database never lose each other's counts nor collide again in lockstep. Writers in one process also queue per item. The documents hold item ids and numbers, no user ids.
 */
export class ItemStatsStore {
  private readonly perItem = new KeyedMutex();

  constructor(
    private readonly storage: Storage,
    private readonly decay: LikeDecay,
    private readonly random: Random = systemRandom,
  ) {}

  async read(itemIds: readonly string[]): Promise<Map<string, ItemStats>> {
    const keys = itemIds.map(itemStatsKey);
    const items = keys.length > 0 ? await this.storage.read(keys) : {};
    const found = new Map<string, ItemStats>();
    itemIds.forEach((id, i) => {
      const stats = asStats(items[keys[i]]);
      if (stats) found.set(id, stats);
    });
    return found;
  }

  /** Someone liked `itemId` at `now` after liking `earlierLikes` (most recent last). */
  async recordLike(itemId: string, earlierLikes: ReadonlyArray<{ id: string; at: number }>, now: number): Promise<void> {
    for (const [id, update] of likeUpdates(itemId, earlierLikes, now, this.decay.likeHalfLifeDays)) await this.update(id, update, now);
  }

  /** Writes a rebuilt document as it is (recs:rebuild). */
  async replace(itemId: string, stats: ItemStats): Promise<void> {
    await this.storage.write({ [itemStatsKey(itemId)]: { ...stats, eTag: '*' } });
  }

  private update(itemId: string, update: StatsUpdate, now: number): Promise<void> {
    const key = itemStatsKey(itemId);
    return this.perItem.run(key, async () => {
      for (let attempt = 1; ; attempt++) {
        const stored = (await this.storage.read([key]))[key] as (Record<string, unknown> & { eTag?: string }) | undefined;
        const next = updateStats(asStats(stored), update, now, this.decay);
        try {
          await writeItem(this.storage, key, next, stored?.eTag);
          return;
        } catch (err) {
          if (!isEtagConflict(err) || attempt >= MAX_CONFLICT_ATTEMPTS) throw err;
          await sleep(conflictBackoffMs(attempt, this.random));
        }
      }
    });
  }
}

/** A stored document as ItemStats, or undefined when absent or not one (then it is rebuilt from here on). */
function asStats(value: unknown): ItemStats | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { count, at, neighbours, coAt } = value as Record<string, unknown>;
  if (typeof count !== 'number' || typeof at !== 'number' || typeof neighbours !== 'object' || neighbours === null) return undefined;
  const clean: Record<string, number> = {};
  for (const [id, weight] of Object.entries(neighbours)) if (typeof weight === 'number' && Number.isFinite(weight)) clean[id] = weight;
  return { count, at, neighbours: clean, ...(typeof coAt === 'number' ? { coAt } : {}) };
}
