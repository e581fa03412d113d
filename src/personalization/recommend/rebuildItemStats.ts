import type { ScanStorage } from '../../storage/scanStorage';
import type { Storage } from '../../storage/storage';
import { ItemStats, likeUpdates, updateStats } from './itemStats';
import { ItemStatsStore, LikeDecay } from './itemStatsStore';

/** Profile keys are `users/<channel>/<user>` (profile/profileKey.ts); item statistics `recs/item/<id>`. */
const PROFILES = 'users/';
const ITEM_STATS = 'recs/item/';

interface Like {
  person: number;
  id: string;
  at: number;
}

/**
 * Rebuilds the shared item statistics from scratch out of the likes kept in stored profiles (each
 * person's last few), replayed in time order through the same updates the post-save hook makes, and
 * removes documents for items nobody likes any more. For a lost or corrupt set of documents
 * (`npm run recs:rebuild`); run it while no bot writes, or the likes saved meanwhile are counted twice.
 */
export async function rebuildItemStats(storage: Storage & ScanStorage, decay: LikeDecay): Promise<{ profiles: number; likes: number; items: number }> {
  const likes: Like[] = [];
  let profiles = 0;
  for await (const [key, value] of storage.scan(PROFILES)) {
    const liked = (value.profile as { learned?: { likedItems?: unknown } } | undefined)?.learned?.likedItems;
    if (!key.startsWith(PROFILES) || !Array.isArray(liked)) continue;
    for (const like of liked as Array<{ id?: unknown; at?: unknown }>) {
      if (typeof like?.id === 'string' && typeof like.at === 'string' && !Number.isNaN(Date.parse(like.at))) likes.push({ person: profiles, id: like.id, at: Date.parse(like.at) });
    }
    profiles += 1;
  }
  likes.sort((a, b) => a.at - b.at || a.person - b.person);
  const stats = new Map<string, ItemStats>();
  const earlier = new Map<number, Array<{ id: string; at: number }>>();
  for (const like of likes) {
    const before = earlier.get(like.person) ?? [];
    for (const [id, update] of likeUpdates(like.id, before, like.at, decay.likeHalfLifeDays)) stats.set(id, updateStats(stats.get(id), update, like.at, decay));
    earlier.set(like.person, [...before.filter((other) => other.id !== like.id), { id: like.id, at: like.at }]);
  }
  const store = new ItemStatsStore(storage, decay);
  const stale: string[] = [];
  for await (const [key] of storage.scan(ITEM_STATS)) if (!stats.has(decodeURIComponent(key.slice(ITEM_STATS.length)))) stale.push(key);
  if (stale.length > 0) await storage.delete(stale);
  for (const [id, doc] of stats) await store.replace(id, doc);
  return { profiles, likes: likes.length, items: stats.size };
}
