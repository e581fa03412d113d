import type { Catalog, CatalogItem } from '../catalog';
import { decayedInterests } from '../../profile/interests';
import { learningActive, UserProfile } from '../../profile/userProfile';
import { Random } from '../../util/random';
import type { Reason } from '../../vocabulary/explanation';
import { sampleBeta } from './betaSample';
import type { ItemStats } from './itemStats';
import { RankedItem, rankItems, RankWeights } from './rankItems';
import { scoreItem } from './scoreItem';

export interface Recommendation {
  item: CatalogItem;
  score: number;
  reasons: Reason[];
}

export interface RecommendRequest {
  /** Only items on this topic ("anything about running?"). */
  topic?: string;
  /** Favour new items ("what's new?"). */
  newest?: boolean;
  /** Words an item must not mention (title, summary, tags): what the person dislikes, avoids or is allergic to. */
  avoid?: readonly string[];
  /** What the person said they like ("jazz", "hiking"): an item whose title or tags name one fits better. */
  prefer?: readonly string[];
}

/** A topic the user chose counts this much, more than any learned weight can reach by a single message. */
const EXPLICIT_TOPIC_WEIGHT = 3;
/** Thompson sampling over feedback: a topic's sampled like-rate, centred on 0 and scaled by this. */
const EXPLORATION_WEIGHT = 2;
const FRESH_HALF_LIFE_DAYS = 45;
/** A stated like named by an item's title or tags: as strong as a chosen topic, but not pinned first. */
const STATED_LIKE_WEIGHT = 3;
/**
 * Freshness breaks ties between items of equal fit; it must not outweigh a stated interest. Topics and
 * tags are scored apart so an item is neither helped nor hurt by how many tags it carries.
 */
const FRESHNESS_WEIGHT = 0.25;
/** For "what's new", freshness outweighs everything but a strong interest. */
const NEWEST_PRIOR = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A shared signal is given as a reason when it is at least this share of its weight (1 = the strongest candidate). */
const SHARED_REASON_SHARE = 0.5;

/** What the bot knows across people (src/personalization/recommend/itemStats.ts) and how much it counts. */
export interface SharedSignals {
  weights: RankWeights;
  stats: ReadonlyMap<string, ItemStats>;
}

/** Without shared statistics: content fit (with exploration and freshness) alone, as the bot ranked before them. */
const CONTENT_ONLY: RankWeights = { trending: 0, neighbour: 0, content: 1, trendHalfLifeDays: 1, coHalfLifeDays: 1, likeHalfLifeDays: 1, maxNeighbours: 1 };

/**
 * Ranks the catalog for one person with `rankItems`, the ranking the digests and the offline replay use
 * too: their explicit topics first; then content fit (learned interests decayed to now, a Thompson sample
 * of each topic's like-rate from feedback so untried topics get a chance, tags they asked for more of,
 * freshness) blended with the shared signals: what people who liked the same items also liked, and what
 * is popular now. Never an item they have seen, hidden, or on a topic they removed.
 */
export function rankCatalog(profile: UserProfile, catalog: Catalog, request: RecommendRequest, now: Date, random: Random, shared?: SharedSignals): Recommendation[] {
  const weights = labelWeights(profile, catalog, now, random);
  const seen = new Set([...profile.memory.seenItems, ...profile.memory.hiddenItems]);
  const blocked = new Set(profile.explicit.blockedTopics ?? []);
  const explicit = new Set<string>(profile.explicit.topics ?? []);
  const avoided = avoidPattern(request.avoid ?? []);
  const likedIn = likedMatcher(request.prefer ?? []);
  const candidates = catalog.items.filter(
    (item) =>
      !seen.has(item.id) &&
      !item.topics.some((topic) => blocked.has(topic)) &&
      (!request.topic || item.topics.some((topic) => topic === request.topic)) &&
      !(avoided && avoided.test(`${item.title} ${item.summary} ${item.tags.join(' ')}`)),
  );
  const byId = new Map(
    candidates.map((item) => {
      const fresh = freshness(item, now);
      const prior = request.newest ? NEWEST_PRIOR * fresh : FRESHNESS_WEIGHT * fresh;
      const tags = item.tags.map((tag) => `tag:${tag}`);
      const liked = likedIn(`${item.title} ${item.tags.join(' ')}`).map((label): Reason => ({ kind: 'statedLike', label, weight: STATED_LIKE_WEIGHT }));
      const fit = scoreItem(weights.values, { labels: item.topics, prior }) + scoreItem(weights.values, { labels: tags, prior: 0 }) + (liked.length > 0 ? STATED_LIKE_WEIGHT : 0);
      const reasons = [...liked, ...reasonsFor([...item.topics, ...tags], weights, request.newest ? fresh : 0)].sort((a, b) => b.weight - a.weight).slice(0, 4);
      // What the user asked for explicitly wins over anything learned: items on their chosen topics come first.
      return [item.id, { item, fit, chosen: item.topics.some((topic) => explicit.has(topic)), reasons }];
    }),
  );
  const likes = learningActive(profile) ? (profile.learned.likedItems ?? []).map((like) => ({ id: like.id, at: Date.parse(like.at) })) : [];
  const rankWeights = shared?.weights ?? CONTENT_ONLY;
  const ranked = rankItems({
    candidates: [...byId.values()].map(({ item, fit, chosen }) => ({ id: item.id, fit, pinned: chosen })),
    stats: (id) => shared?.stats.get(id),
    likes,
    weights: rankWeights,
    now: now.getTime(),
  });
  return ranked.map((entry) => {
    const { item, reasons } = byId.get(entry.id)!;
    return { item, score: entry.score, reasons: [...sharedReasons(entry, rankWeights, catalog), ...reasons].sort((a, b) => b.weight - a.weight).slice(0, 4) };
  });
}

/** "People who liked X also liked this" and "popular this week", when those signals picked the item. */
function sharedReasons(entry: RankedItem, weights: RankWeights, catalog: Catalog): Reason[] {
  const reasons: Reason[] = [];
  const liked = entry.because ? catalog.byId.get(entry.because) : undefined;
  if (liked && weights.neighbour > 0 && entry.neighbour >= SHARED_REASON_SHARE * weights.neighbour) reasons.push({ kind: 'alsoLiked', label: liked.title, weight: round(entry.neighbour) });
  if (weights.trending > 0 && entry.trending >= SHARED_REASON_SHARE * weights.trending) reasons.push({ kind: 'trending', label: 'trending', weight: round(entry.trending) });
  return reasons;
}

/**
 * Which stated likes a text names: each like as a whole phrase, or, for a longer one ("jazz records"),
 * any of its longer words; plurals and singulars alike ("cats" names "cat").
 */
function likedMatcher(likes: readonly string[]): (text: string) => string[] {
  const patterns = likes.flatMap((like) => {
    const words = like.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const forms = [words.join(' '), ...(words.length > 1 ? words.filter((word) => word.length >= 4) : [])].filter((form) => form.length > 1);
    if (forms.length === 0) return [];
    const stems = forms.map((form) => escapeRegExp(form.replace(/([^s])s$/, '$1')).replace(/ /g, '[\\s-]+'));
    return [{ like, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu') }];
  });
  return (text) => patterns.filter(({ pattern }) => pattern.test(text)).map(({ like }) => like);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern for every avoided word, as whole words (and their plurals), or undefined when there are none. */
function avoidPattern(words: readonly string[]): RegExp | undefined {
  const escaped = words.filter((word) => word.trim().length > 1).map((word) => escapeRegExp(word.trim()).replace(/\s+/g, '[\\s-]+'));
  return escaped.length > 0 ? new RegExp(`\\b(?:${escaped.join('|')})(?:s|es)?\\b`, 'i') : undefined;
}

interface Weights {
  values: Map<string, number>;
  sources: Map<string, Reason[]>;
}

function labelWeights(profile: UserProfile, catalog: Catalog, now: Date, random: Random): Weights {
  const weights: Weights = { values: new Map(), sources: new Map() };
  const add = (label: string, reason: Reason) => {
    weights.values.set(label, (weights.values.get(label) ?? 0) + reason.weight);
    weights.sources.set(label, [...(weights.sources.get(label) ?? []), reason]);
  };
  for (const topic of profile.explicit.topics ?? []) add(topic, { kind: 'explicitTopic', label: topic, weight: EXPLICIT_TOPIC_WEIGHT });
  const learning = learningActive(profile);
  for (const topic of catalog.topics) {
    // With learning paused the feedback counts are not used, but untried topics are still explored.
    const feedback = learning ? profile.learned.feedback?.[topic] : undefined;
    const sampled = sampleBeta(1 + (feedback?.up ?? 0), 1 + (feedback?.down ?? 0), random);
    add(topic, { kind: feedback ? 'feedback' : 'explore', label: topic, weight: round(EXPLORATION_WEIGHT * (sampled - 0.5)) });
  }
  if (!learning) return weights;
  const interests = decayedInterests(profile.learned.interests, profile.learned.interestsAt, now.toISOString());
  for (const [topic, weight] of Object.entries(interests)) add(topic, { kind: 'learnedInterest', label: topic, weight });
  for (const [tag, weight] of Object.entries(profile.learned.tagWeights ?? {})) add(`tag:${tag}`, { kind: 'likedTag', label: tag, weight });
  return weights;
}

function reasonsFor(labels: readonly string[], weights: Weights, fresh: number): Reason[] {
  const reasons = labels.flatMap((label) => weights.sources.get(label) ?? []).filter((reason) => reason.weight > 0);
  if (fresh > 0) reasons.push({ kind: 'fresh', label: 'new', weight: round(fresh) });
  return reasons.sort((a, b) => b.weight - a.weight).slice(0, 4);
}

function freshness(item: CatalogItem, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - Date.parse(item.publishedAt)) / DAY_MS);
  return Math.pow(0.5, ageDays / FRESH_HALF_LIFE_DAYS);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
