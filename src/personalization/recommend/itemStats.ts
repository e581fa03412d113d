/**
 * What Rapport knows about one item across everyone, with no user ids: how often it was liked lately
 * (a count decayed with the trending half-life) and which items the same people also liked (co-occurrence,
 * decayed with its own half-life, pruned to the strongest neighbours). Values are kept as of a moment and
 * decayed on read or on the next update, so a document is never rewritten just because time passed.
 */
export interface ItemStats {
  /** Positive feedback, decayed to `at`. */
  count: number;
  /** Epoch ms the values are decayed to. */
  at: number;
  /**
   * Co-occurrence with other items' positive feedback, all in the same unit (decayed to `coAt`, or `at`
   * when absent): only their proportions matter. At most twice `maxNeighbours` entries.
   */
  neighbours: Record<string, number>;
  coAt?: number;
}

export interface StatsDecay {
  trendHalfLifeDays: number;
  coHalfLifeDays: number;
  maxNeighbours: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Neighbours weaker than this (after decay) are forgotten. */
const FORGET_BELOW = 1e-3;
/** New neighbour weight is scaled up (instead of decaying the others) until this factor, then all are rescaled. */
const RESCALE_ABOVE = 1e6;

export function emptyStats(at: number): ItemStats {
  return { count: 0, at, neighbours: {} };
}

export function decayFactor(fromMs: number, toMs: number, halfLifeDays: number): number {
  return toMs <= fromMs ? 1 : Math.pow(0.5, (toMs - fromMs) / (halfLifeDays * DAY_MS));
}

/** The decayed like count at `now`: what "popular this week" ranks by. */
export function trendingCount(stats: ItemStats | undefined, now: number, decay: Pick<StatsDecay, 'trendHalfLifeDays'>): number {
  return stats ? stats.count * decayFactor(stats.at, now, decay.trendHalfLifeDays) : 0;
}

export interface StatsUpdate {
  /** This item itself was liked (counts towards trending). */
  liked: boolean;
  /** Items liked by the same person, with how much each co-occurrence counts. */
  alsoLiked: ReadonlyArray<readonly [string, number]>;
}

/**
 * Applies one update at `now` to `stats` in place (the caller owns the document it read) and returns it:
 * the count decayed to `now` and the like counted, the co-liked items added, then pruned to the strongest
 * `maxNeighbours` (only when over twice that, so most updates do not sort). Neighbours share one decay
 * factor, which the ranking divides out, so they are stored as of `coAt` and only new weight is scaled up;
 * they are rescaled to `now` when that scale grows large. The caller writes the result with the eTag it
 * read and, on a conflict, re-reads and applies the same update again.
 */
export function updateStats(stats: ItemStats | undefined, update: StatsUpdate, now: number, decay: StatsDecay): ItemStats {
  const doc = stats ?? emptyStats(now);
  if (now > doc.at) {
    doc.count *= decayFactor(doc.at, now, decay.trendHalfLifeDays);
    doc.at = now;
  }
  if (update.liked) doc.count += 1;
  const coAt = doc.coAt ?? doc.at;
  let scale = 1 / decayFactor(coAt, now, decay.coHalfLifeDays);
  if (scale > RESCALE_ABOVE) {
    rescale(doc.neighbours, 1 / scale);
    doc.coAt = now;
    scale = 1;
  } else doc.coAt = coAt;
  let added = 0;
  for (const [id, weight] of update.alsoLiked) {
    if (Object.hasOwn(doc.neighbours, id)) doc.neighbours[id] += weight * scale;
    else {
      doc.neighbours[id] = weight * scale;
      added += 1;
    }
  }
  if (added > 0) doc.neighbours = prune(doc.neighbours, decay.maxNeighbours, added);
  return doc;
}


function rescale(neighbours: Record<string, number>, factor: number): void {
  sizes.delete(neighbours);
  for (const id of Object.keys(neighbours)) {
    const value = neighbours[id] * factor;
    if (value >= FORGET_BELOW) neighbours[id] = value;
    else delete neighbours[id];
  }
}

/** Neighbour counts of documents updated in this process, so pruning need not count keys on every update. */
const sizes = new WeakMap<Record<string, number>, number>();

function prune(neighbours: Record<string, number>, max: number, added: number): Record<string, number> {
  const known = sizes.get(neighbours);
  const size = known === undefined ? Object.keys(neighbours).length : known + added;
  if (size <= 2 * max) {
    sizes.set(neighbours, size);
    return neighbours;
  }
  const ids = Object.keys(neighbours);
  ids.sort((a, b) => neighbours[b] - neighbours[a] || (a < b ? -1 : 1));
  const kept: Record<string, number> = {};
  for (const id of ids.slice(0, max)) kept[id] = neighbours[id];
  sizes.set(kept, max);
  return kept;
}

/**
 * The updates one positive feedback makes: the liked item counts once and gains the person's earlier likes
 * as neighbours, and each earlier like gains it back. Earlier likes count less the longer ago they were.
 */
export function likeUpdates(item: string, earlierLikes: ReadonlyArray<{ id: string; at: number }>, now: number, likeHalfLifeDays: number): Map<string, StatsUpdate> {
  const updates = new Map<string, StatsUpdate>();
  const alsoLiked: Array<[string, number]> = [];
  for (const like of earlierLikes) {
    if (like.id === item) continue;
    const weight = decayFactor(like.at, now, likeHalfLifeDays);
    alsoLiked.push([like.id, weight]);
    updates.set(like.id, { liked: false, alsoLiked: [[item, weight]] });
  }
  updates.set(item, { liked: true, alsoLiked });
  return updates;
}
