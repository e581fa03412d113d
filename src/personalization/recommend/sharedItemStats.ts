import type { SavedHook } from '../../profile/profileRepository';
import type { UserProfile } from '../../profile/userProfile';
import type { ItemStats } from './itemStats';
import type { ItemStatsStore } from './itemStatsStore';
import type { RankWeights } from './rankItems';
import type { SharedSignals } from './recommend';

/** How long a turn may rank with statistics read earlier (other instances' feedback shows up after this). */
const FRESH_FOR_MS = 5_000;

/**
 * The shared item statistics as the bot uses them: the catalog's documents read at most every few
 * seconds for ranking (a turn's recommendation and the digests), and a post-save hook that turns each
 * new positive feedback in a saved profile into updates of the store's documents (no user ids there).
 */
export class SharedItemStats {
  private stats: ReadonlyMap<string, ItemStats> = new Map();
  private readAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly store: ItemStatsStore,
    private readonly itemIds: readonly string[],
    readonly weights: RankWeights,
  ) {}

  /** The statistics as last read: for planning outside a turn (digests), which cannot wait on the store. */
  snapshot(): SharedSignals {
    return { weights: this.weights, stats: this.stats };
  }

  /** The statistics, re-read when older than a few seconds. */
  async current(now: Date): Promise<SharedSignals> {
    if (now.getTime() - this.readAt >= FRESH_FOR_MS || now.getTime() < this.readAt) {
      this.stats = await this.store.read(this.itemIds);
      this.readAt = now.getTime();
    }
    return this.snapshot();
  }

  /** Registered on the profile repository: new likes in a saved profile update the shared statistics. */
  readonly saved: SavedHook = async (saved, before) => {
    const likes = newLikes(saved, before);
    if (likes.length === 0) return;
    let earlier = (before.learned.likedItems ?? []).map((like) => ({ id: like.id, at: Date.parse(like.at) }));
    for (const like of likes) {
      const at = Date.parse(like.at);
      await this.store.recordLike(like.id, earlier, at);
      earlier = [...earlier.filter((other) => other.id !== like.id), { id: like.id, at }];
    }
    // This process's own feedback shows in its next ranking at once.
    this.readAt = Number.NEGATIVE_INFINITY;
  };
}

function newLikes(saved: UserProfile, before: UserProfile): Array<{ id: string; at: string }> {
  const known = new Set((before.learned.likedItems ?? []).map((like) => `${like.id}@${like.at}`));
  return (saved.learned.likedItems ?? []).filter((like) => !known.has(`${like.id}@${like.at}`));
}
