import { decayFactor, ItemStats, StatsDecay, trendingCount } from './itemStats';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How the signals are blended; chosen on validation data by `npm run tune:personalization` (data/recommendWeights.json). */
export interface RankWeights extends StatsDecay {
  /** Items the person's liked items co-occur with, scaled by `neighbourScale`. */
  neighbour: number;
  /**
   * How the neighbour signal is put on a 0-1 scale: `strongest` (the default) divides by the strongest
   * candidate's, so someone's best neighbour always has 1; `agreement` is how much their likes agree on the
   * item (1 only when it is the strongest neighbour of every like), so a few strangers' likes count little
   * against a person's own tastes. Chosen by tuning, like the weights.
   */
  neighbourScale?: 'strongest' | 'agreement';
  /** Content fit (topics and tags against learned weights), as the caller scores it. */
  content: number;
  /** Popular now: the decayed like count, scaled so the strongest candidate has 1. */
  trending: number;
  /** A like this many days old counts half as much when looking for neighbours. */
  likeHalfLifeDays: number;
}

export interface RankCandidate {
  id: string;
  /** Content fit for this person, already on the caller's scale (0 when nothing is known). */
  fit: number;
  /** Ranked before every candidate that is not pinned (the person's explicit topics). */
  pinned?: boolean;
}

export interface LikedItem {
  id: string;
  /** Epoch ms of the like. */
  at: number;
}

export interface RankedItem {
  id: string;
  score: number;
  /** Each signal's share of the score, for /why. */
  trending: number;
  neighbour: number;
  fit: number;
  /** The liked item that contributed most to `neighbour`. */
  because?: string;
}

export interface RankInput {
  candidates: readonly RankCandidate[];
  stats: (id: string) => ItemStats | undefined;
  /** The person's recent positive feedback, oldest first. */
  likes: readonly LikedItem[];
  weights: RankWeights;
  now: number;
  /** Keep only the best `limit` (faster than sorting everything). */
  limit?: number;
  /**
   * For large catalogs: rank only the pinned candidates, those near the person's likes, and the `pool`
   * best by trending and by content fit (candidate generation before ranking). Absent: rank all.
   */
  pool?: number;
}

/**
 * The one ranking of items for a person, used by the bot's recommendations, the digests and the offline
 * replay: explicit topics first; then the blend of what is popular now, what people who liked the same
 * items also liked, and content fit. Filtering (seen, hidden, removed topics) is the caller's: only
 * candidates are ranked.
 */
export function rankItems(input: RankInput): RankedItem[] {
  const { weights, now } = input;
  const neighbours = neighbourScores(input);
  const candidates = input.pool !== undefined && input.pool < input.candidates.length ? narrow(input, neighbours, input.pool) : input.candidates;
  let maxTrend = 0;
  const trends = new Float64Array(candidates.length);
  candidates.forEach((candidate, i) => {
    trends[i] = trendingCount(input.stats(candidate.id), now, weights);
    if (trends[i] > maxTrend) maxTrend = trends[i];
  });
  const neighbourScale = weights.neighbourScale === 'agreement' ? 1 : Math.max(0, ...candidates.map((candidate) => neighbours.get(candidate.id)?.score ?? 0));
  const scoreOf = (i: number) => {
    const near = neighbours.get(candidates[i].id);
    const trending = maxTrend > 0 ? (weights.trending * trends[i]) / maxTrend : 0;
    const neighbour = near && neighbourScale > 0 ? (weights.neighbour * near.score) / neighbourScale : 0;
    return { trending, neighbour, fit: weights.content * candidates[i].fit, because: near?.because };
  };
  const scores = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const parts = scoreOf(i);
    scores[i] = parts.trending + parts.neighbour + parts.fit;
  }
  const better = (a: number, b: number) => Number(candidates[b].pinned === true) - Number(candidates[a].pinned === true) || scores[b] - scores[a] || (candidates[a].id < candidates[b].id ? -1 : candidates[a].id > candidates[b].id ? 1 : 0);
  const indexes = candidates.map((_, i) => i);
  const best = input.limit === undefined ? indexes.sort(better) : topK(indexes, input.limit, better);
  return best.map((i) => {
    const { because, ...parts } = scoreOf(i);
    return { id: candidates[i].id, score: scores[i], ...parts, ...(because && parts.neighbour > 0 ? { because } : {}) };
  });
}

/**
 * For each item near the person's likes: with `agreement`, how much their likes agree on it, in [0, 1] (for
 * each like, the item's co-occurrence with it relative to that like's strongest neighbour, averaged over the
 * likes weighted by how recent each is); with `strongest`, the sum over their likes of the share of that
 * like's co-occurrence going to the item, each like weighted by how recent it is.
 */
function neighbourScores(input: RankInput): Map<string, { score: number; because: string; top: number }> {
  const agreement = input.weights.neighbourScale === 'agreement';
  const scores = new Map<string, { score: number; because: string; top: number }>();
  let weightOfLikes = 0;
  for (const like of input.likes) {
    const stats = input.stats(like.id);
    if (!stats) continue;
    let strongest = 0;
    let total = 0;
    for (const id in stats.neighbours) {
      total += stats.neighbours[id];
      if (stats.neighbours[id] > strongest) strongest = stats.neighbours[id];
    }
    if (strongest <= 0) continue;
    const recency = decayFactor(like.at, input.now, input.weights.likeHalfLifeDays);
    weightOfLikes += recency;
    const unit = agreement ? strongest : total;
    for (const id in stats.neighbours) {
      const part = (recency * stats.neighbours[id]) / unit;
      const entry = scores.get(id);
      if (!entry) scores.set(id, { score: part, because: like.id, top: part });
      else {
        entry.score += part;
        if (part > entry.top) {
          entry.top = part;
          entry.because = like.id;
        }
      }
    }
  }
  if (agreement) for (const entry of scores.values()) entry.score /= weightOfLikes;
  return scores;
}

/** The candidates worth ranking in a large catalog (see `RankInput.pool`). */
function narrow(input: RankInput, neighbours: ReadonlyMap<string, unknown>, pool: number): RankCandidate[] {
  const { candidates } = input;
  const halfLifeMs = input.weights.trendHalfLifeDays * DAY_MS;
  const trend = new Float64Array(candidates.length);
  const fit = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const stats = input.stats(candidates[i].id);
    // log2 of the trending count up to a shared constant: comparable across items without decaying each one.
    trend[i] = stats && stats.count > 0 ? Math.log2(stats.count) + stats.at / halfLifeMs : -Infinity;
    fit[i] = candidates[i].fit;
  }
  const trendFloor = kthLargest(trend, pool);
  const fitFloor = input.weights.content > 0 ? kthLargest(fit, pool) : Infinity;
  const chosen: RankCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (candidate.pinned === true || (trend[i] >= trendFloor && trend[i] > -Infinity) || fit[i] >= fitFloor || neighbours.has(candidate.id)) chosen.push(candidate);
  }
  return chosen;
}

/** The k-th largest value (quickselect on a copy: linear time, `values` untouched). */
function kthLargest(values: Float64Array, k: number): number {
  const a = Float64Array.from(values);
  const target = Math.max(0, a.length - k);
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const swap = a[i];
        a[i] = a[j];
        a[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target];
}

function topK<T>(items: readonly T[], k: number, better: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && better(item, best[k - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && better(item, best[at - 1]) < 0) at -= 1;
    best.splice(at, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
