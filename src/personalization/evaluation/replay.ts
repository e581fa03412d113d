import { adjustInterests } from '../../profile/interests';
import { normalizeWeights, scoreItem } from '../recommend/scoreItem';
import { ItemStats, likeUpdates, updateStats } from '../recommend/itemStats';
import { LikedItem, rankItems, RankWeights } from '../recommend/rankItems';
import { Random } from '../../util/random';
import { Interaction } from './interactions';

export interface ReplayScores {
  evaluated: number;
  hitRate: number;
  ndcg: number;
  popularityHitRate: number;
  trendingHitRate: number;
  randomHitRate: number;
}

export interface ReplayResult extends ReplayScores {
  users: number;
  /** The same figures for the held-out interactions in the last third of the log (by position in time order). */
  laterThird: ReplayScores;
}

export interface ReplayOptions {
  weights: RankWeights;
  /** Half-life of the trending baseline (recency-decayed popularity of every interaction). */
  trendingHalfLifeDays: number;
  /** Score only the engine (for tuning): the baselines' rates stay 0. Default: all of them. */
  engineOnly?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const TOP_K = 10;
/** Candidates ranked per prediction beyond those near the person's likes (see `RankInput.pool`). */
const CANDIDATE_POOL = 200;
/** Items nobody liked for this many trending half-lives (a like then counts under 1/256) are not candidates. */
const ACTIVE_HALF_LIVES = 8;
const HELD_OUT_PER_USER = 3;
/** A reward this many standard deviations below the mean counts as strong negative evidence. */
const MAX_EVIDENCE = 3;
/** Likes a person's neighbours are looked up from (the most recent). */
export const RECENT_LIKES = 20;

interface UserState {
  weights: Record<string, number>;
  since?: string;
  /** Item numbers. */
  had: Set<number>;
  likes: LikedItem[];
}

interface Tally {
  evaluated: number;
  engine: number;
  ndcg: number;
  popularity: number;
  trending: number;
  random: number;
}

/**
 * Replays interactions in time order. Just before each of a user's last three interactions, asks for
 * that user's top 10 among every item anyone has seen so far, minus what the user already had, from
 * the engine (the bot's `rankItems` over item statistics built from the feedback so far, and the bot's
 * interest learning for content fit), an all-time popularity baseline, a trending baseline (popularity
 * decayed with `trendingHalfLifeDays`) and a random one. Every interaction is feedback the bot would
 * see: a rating above the running mean is a like (shared statistics), every rating moves tag interests.
 */
export function replayInteractions(interactions: readonly Interaction[], random: Random, options: ReplayOptions): ReplayResult {
  const heldOut = lastIndexes(interactions);
  const laterFrom = Math.floor((2 * interactions.length) / 3);
  // Items by number, in the order first seen, with their tags, all-time count and trending key.
  const ids: string[] = [];
  const numberOf = new Map<string, number>();
  // Items with the same tags share one array, so content fit is scored once per tag set per prediction.
  const tags: string[][] = [];
  const tagSets = new Map<string, string[]>();
  const counts: number[] = [];
  const trendKeys: number[] = [];
  const trendHalfLifeMs = options.trendingHalfLifeDays * DAY_MS;
  // The baselines' orders, kept as the log is read: popularity by count, trending by log2 of the decayed
  // count plus a shared constant (the same order at any moment, without decaying each item).
  const byCount = new RisingOrder(counts);
  const byTrend = new RisingOrder(trendKeys);
  const stats = new Map<string, ItemStats>();
  const users = new Map<string, UserState>();
  const rewards = runningStats();
  const all = emptyTally();
  const later = emptyTally();

  // Candidate generation, as a bot with a large catalog would do it: the items someone liked within the
  // last ACTIVE_HALF_LIVES trending half-lives (oldest first, so expired ones are dropped from the front),
  // plus those near the person's likes. Older items could only win on content fit, which never did on the dev log.
  const lastLiked = new Map<number, number>();
  const activeMs = ACTIVE_HALF_LIVES * options.weights.trendHalfLifeDays * DAY_MS;
  const engineCandidates = (now: number, user: UserState): number[] => {
    const chosen: number[] = [];
    for (const [item, at] of lastLiked) {
      if (at >= now - activeMs) break;
      lastLiked.delete(item);
    }
    for (const item of lastLiked.keys()) if (!user.had.has(item)) chosen.push(item);
    const near = new Set<number>();
    for (const like of user.likes) {
      for (const id in stats.get(like.id)?.neighbours ?? {}) {
        const item = numberOf.get(id);
        if (item !== undefined && !lastLiked.has(item) && !user.had.has(item) && !near.has(item)) {
          near.add(item);
          chosen.push(item);
        }
      }
    }
    return chosen;
  };

  interactions.forEach((interaction, index) => {
    const now = Date.parse(interaction.ts);
    const user = users.get(interaction.user) ?? { weights: {}, had: new Set<number>(), likes: [] };
    users.set(interaction.user, user);
    if (heldOut.has(index)) {
      const weights = normalizeWeights(new Map(Object.entries(user.weights)));
      const fits = new Map<readonly string[], number>();
      const fitOf = (labels: readonly string[]) => {
        let fit = fits.get(labels);
        if (fit === undefined) {
          fit = scoreItem(weights, { labels, prior: 0 });
          fits.set(labels, fit);
        }
        return fit;
      };
      const engine = rankItems({
        candidates: engineCandidates(now, user).map((i) => ({ id: ids[i], fit: fitOf(tags[i]) })),
        stats: (id) => stats.get(id),
        likes: user.likes,
        weights: options.weights,
        now,
        limit: TOP_K,
        pool: CANDIDATE_POOL,
      }).map((ranked) => ranked.id);
      const unseen = (i: number) => !user.had.has(i);
      const popular = options.engineOnly ? [] : byCount.top(TOP_K, unseen).map((i) => ids[i]);
      const recent = options.engineOnly ? [] : byTrend.top(TOP_K, unseen).map((i) => ids[i]);
      const randomPick = options.engineOnly ? [] : randomItems(ids.length, unseen, random).map((i) => ids[i]);
      for (const tally of index >= laterFrom ? [all, later] : [all]) {
        tally.evaluated += 1;
        const rank = engine.indexOf(interaction.item);
        if (rank >= 0) {
          tally.engine += 1;
          tally.ndcg += 1 / Math.log2(rank + 2);
        }
        if (popular.includes(interaction.item)) tally.popularity += 1;
        if (recent.includes(interaction.item)) tally.trending += 1;
        if (randomPick.includes(interaction.item)) tally.random += 1;
      }
    }
    rewards.add(interaction.reward);
    const evidence = Math.max(-MAX_EVIDENCE, Math.min(MAX_EVIDENCE, 1 + (interaction.reward - rewards.mean()) / rewards.std()));
    user.weights = adjustInterests(user.weights, user.since, interaction.ts, uniqueTags(interaction.tags).map((tag) => [tag, evidence]));
    user.since = interaction.ts;
    let item = numberOf.get(interaction.item);
    if (item === undefined) {
      item = ids.length;
      numberOf.set(interaction.item, item);
      ids.push(interaction.item);
      const itemTags = uniqueTags(interaction.tags);
      const key = itemTags.join('\n');
      if (!tagSets.has(key)) tagSets.set(key, itemTags);
      tags.push(tagSets.get(key) ?? itemTags);
      counts.push(0);
      trendKeys.push(-Infinity);
      byCount.add(item);
      byTrend.add(item);
    }
    user.had.add(item);
    counts[item] += 1;
    byCount.raise(item);
    // The decayed count plus one, on the shared scale.
    trendKeys[item] = addOnLogScale(trendKeys[item], now / trendHalfLifeMs);
    byTrend.raise(item);
    if (evidence > 0) {
      lastLiked.delete(item);
      lastLiked.set(item, now);
      for (const [id, update] of likeUpdates(interaction.item, user.likes, now, options.weights.likeHalfLifeDays)) stats.set(id, updateStats(stats.get(id), update, now, options.weights));
      user.likes = [...user.likes.filter((like) => like.id !== interaction.item), { id: interaction.item, at: now }].slice(-RECENT_LIKES);
    }
  });

  return { users: users.size, ...scores(all), laterThird: scores(later) };
}

/**
 * The trending baseline's hit-rate@10 for several half-lives in one pass (the same protocol as
 * `replayInteractions`), to choose the strongest baseline.
 */
export function trendingHitRates(interactions: readonly Interaction[], halfLivesDays: readonly number[]): number[] {
  const heldOut = lastIndexes(interactions);
  const ids: string[] = [];
  const numberOf = new Map<string, number>();
  const keys = halfLivesDays.map(() => [] as number[]);
  const orders = keys.map((key) => new RisingOrder(key));
  const had = new Map<string, Set<string>>();
  const hits = halfLivesDays.map(() => 0);
  interactions.forEach((interaction, index) => {
    const now = Date.parse(interaction.ts);
    const mine = had.get(interaction.user) ?? new Set<string>();
    had.set(interaction.user, mine);
    if (heldOut.has(index)) {
      orders.forEach((order, h) => {
        if (order.top(TOP_K, (i) => !mine.has(ids[i])).some((i) => ids[i] === interaction.item)) hits[h] += 1;
      });
    }
    mine.add(interaction.item);
    let item = numberOf.get(interaction.item);
    if (item === undefined) {
      item = ids.length;
      numberOf.set(interaction.item, item);
      ids.push(interaction.item);
      for (const key of keys) key.push(-Infinity);
      for (const order of orders) order.add(item);
    }
    keys.forEach((key, h) => {
      key[item] = addOnLogScale(key[item], now / (halfLivesDays[h] * DAY_MS));
      orders[h].raise(item);
    });
  });
  return hits.map((count) => (heldOut.size === 0 ? 0 : count / heldOut.size));
}

/** log2(2^a + 2^b) without overflow: adding one decayed count to another on the shared log scale. */
function addOnLogScale(a: number, b: number): number {
  const high = Math.max(a, b);
  return high + Math.log2(Math.pow(2, a - high) + Math.pow(2, b - high));
}

function emptyTally(): Tally {
  return { evaluated: 0, engine: 0, ndcg: 0, popularity: 0, trending: 0, random: 0 };
}

function scores(tally: Tally): ReplayScores {
  const rate = (count: number) => (tally.evaluated === 0 ? 0 : count / tally.evaluated);
  return { evaluated: tally.evaluated, hitRate: rate(tally.engine), ndcg: rate(tally.ndcg), popularityHitRate: rate(tally.popularity), trendingHitRate: rate(tally.trending), randomHitRate: rate(tally.random) };
}

/** Indexes of each user's last three interactions. */
function lastIndexes(interactions: readonly Interaction[]): Set<number> {
  const byUser = new Map<string, number[]>();
  interactions.forEach((interaction, index) => byUser.set(interaction.user, [...(byUser.get(interaction.user) ?? []), index].slice(-HELD_OUT_PER_USER)));
  return new Set([...byUser.values()].flat());
}

/**
 * Items in descending order of a value that only rises (a count, a trending key), ties by first seen:
 * the best few a person has not had are read from the front, instead of scoring every item per prediction.
 */
class RisingOrder {
  private readonly order: number[] = [];
  private readonly position: number[] = [];

  constructor(private readonly value: readonly number[]) {}

  add(item: number): void {
    this.position[item] = this.order.length;
    this.order.push(item);
    this.raise(item);
  }

  /** After `value[item]` went up: moves it forward past everything it now beats. */
  raise(item: number): void {
    let at = this.position[item];
    while (at > 0) {
      const ahead = this.order[at - 1];
      if (!(this.value[item] > this.value[ahead] || (this.value[item] === this.value[ahead] && item < ahead))) break;
      this.order[at] = ahead;
      this.position[ahead] = at;
      at -= 1;
    }
    this.order[at] = item;
    this.position[item] = at;
  }

  top(k: number, keep: (item: number) => boolean): number[] {
    const best: number[] = [];
    for (let at = 0; at < this.order.length && best.length < k; at++) if (keep(this.order[at])) best.push(this.order[at]);
    return best;
  }
}

/** Up to k distinct items drawn uniformly among those kept: the random baseline. */
function randomItems(count: number, keep: (item: number) => boolean, random: Random): number[] {
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < TOP_K && tries < 100 * TOP_K; tries++) {
    const item = Math.floor(random() * count);
    if (keep(item)) chosen.add(item);
  }
  return [...chosen];
}

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.toLowerCase()))];
}

function runningStats() {
  let count = 0;
  let mean = 0;
  let m2 = 0;
  return {
    add(value: number) {
      count += 1;
      const delta = value - mean;
      mean += delta / count;
      m2 += delta * (value - mean);
    },
    mean: () => mean,
    std: () => (count > 1 && m2 > 0 ? Math.sqrt(m2 / (count - 1)) : 1),
  };
}
