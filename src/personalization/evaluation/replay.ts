import { adjustInterests } from '../../profile/interests';
import { normalizeWeights, scoreItem } from '../recommend/scoreItem';
import { Random } from '../../util/random';
import { Interaction } from './interactions';

export interface ReplayResult {
  users: number;
  evaluated: number;
  hitRate: number;
  popularityHitRate: number;
  randomHitRate: number;
}

const TOP_K = 10;
const HELD_OUT_PER_USER = 3;
/** A reward this many standard deviations below the mean counts as strong negative evidence. */
const MAX_EVIDENCE = 3;

interface UserState {
  weights: Record<string, number>;
  since?: string;
  had: Set<string>;
}

/**
 * Replays interactions in time order. Just before each of a user's last three interactions, asks for
 * that user's top 10 among every item anyone has seen so far, minus what the user already had, from
 * the engine (the bot's interest learning and item scoring), a popularity baseline and a random one.
 */
export function replayInteractions(interactions: readonly Interaction[], random: Random): ReplayResult {
  const heldOut = lastIndexes(interactions);
  const itemTags = new Map<string, string[]>();
  const popularity = new Map<string, number>();
  const users = new Map<string, UserState>();
  const rewards = runningStats();
  let evaluated = 0;
  const hits = { engine: 0, popularity: 0, random: 0 };

  interactions.forEach((interaction, index) => {
    const user = users.get(interaction.user) ?? { weights: {}, had: new Set<string>() };
    users.set(interaction.user, user);
    if (heldOut.has(index)) {
      evaluated += 1;
      const candidates = [...itemTags.keys()].filter((item) => !user.had.has(item));
      const maxCount = Math.max(1, ...popularity.values());
      const prior = (item: string) => Math.log1p(popularity.get(item) ?? 0) / Math.log1p(maxCount);
      const weights = normalizeWeights(new Map(Object.entries(user.weights)));
      const engine = topK(candidates, (item) => scoreItem(weights, { labels: itemTags.get(item) ?? [], prior: prior(item) }));
      const popular = topK(candidates, prior);
      const randomPick = topK(candidates, () => random());
      if (engine.has(interaction.item)) hits.engine += 1;
      if (popular.has(interaction.item)) hits.popularity += 1;
      if (randomPick.has(interaction.item)) hits.random += 1;
    }
    rewards.add(interaction.reward);
    const evidence = Math.max(-MAX_EVIDENCE, Math.min(MAX_EVIDENCE, 1 + (interaction.reward - rewards.mean()) / rewards.std()));
    user.weights = adjustInterests(user.weights, user.since, interaction.ts, uniqueTags(interaction.tags).map((tag) => [tag, evidence]));
    user.since = interaction.ts;
    user.had.add(interaction.item);
    if (!itemTags.has(interaction.item)) itemTags.set(interaction.item, uniqueTags(interaction.tags));
    popularity.set(interaction.item, (popularity.get(interaction.item) ?? 0) + 1);
  });

  const rate = (count: number) => (evaluated === 0 ? 0 : count / evaluated);
  return { users: users.size, evaluated, hitRate: rate(hits.engine), popularityHitRate: rate(hits.popularity), randomHitRate: rate(hits.random) };
}

/** Indexes of each user's last three interactions. */
function lastIndexes(interactions: readonly Interaction[]): Set<number> {
  const byUser = new Map<string, number[]>();
  interactions.forEach((interaction, index) => byUser.set(interaction.user, [...(byUser.get(interaction.user) ?? []), index].slice(-HELD_OUT_PER_USER)));
  return new Set([...byUser.values()].flat());
}

/** The k best by score (ties by id), keeping only k entries instead of sorting every candidate. */
function topK(items: readonly string[], score: (item: string) => number): Set<string> {
  const best: Array<[string, number]> = [];
  const better = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const item of items) {
    const entry: [string, number] = [item, score(item)];
    if (best.length === TOP_K && !better(entry, best[TOP_K - 1])) continue;
    let at = best.length;
    while (at > 0 && better(entry, best[at - 1])) at -= 1;
    best.splice(at, 0, entry);
    if (best.length > TOP_K) best.pop();
  }
  return new Set(best.map(([item]) => item));
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
