import type { Catalog, CatalogItem } from '../catalog';
import { decayedInterests } from '../../profile/interests';
import { learningActive, UserProfile } from '../../profile/userProfile';
import { Random } from '../../util/random';
import type { Reason } from '../../vocabulary/explanation';
import { sampleBeta } from './betaSample';
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
}

/** A topic the user chose counts this much, more than any learned weight can reach by a single message. */
const EXPLICIT_TOPIC_WEIGHT = 3;
/** Thompson sampling over feedback: a topic's sampled like-rate, centred on 0 and scaled by this. */
const EXPLORATION_WEIGHT = 2;
const FRESH_HALF_LIFE_DAYS = 45;
/**
 * Freshness breaks ties between items of equal fit; it must not outweigh a stated interest. Topics and
 * tags are scored apart so an item is neither helped nor hurt by how many tags it carries.
 */
const FRESHNESS_WEIGHT = 0.25;
/** For "what's new", freshness outweighs everything but a strong interest. */
const NEWEST_PRIOR = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Ranks the catalog for one person: their explicit topics, learned interests (decayed to now), a
 * Thompson sample of each topic's like-rate from feedback (so untried topics get a chance), tags they
 * asked for more of, and freshness. Never an item they have seen, hidden, or on a topic they removed.
 */
export function rankCatalog(profile: UserProfile, catalog: Catalog, request: RecommendRequest, now: Date, random: Random): Recommendation[] {
  const weights = labelWeights(profile, catalog, now, random);
  const seen = new Set([...profile.memory.seenItems, ...profile.memory.hiddenItems]);
  const blocked = new Set(profile.explicit.blockedTopics ?? []);
  const explicit = new Set<string>(profile.explicit.topics ?? []);
  const avoided = avoidPattern(request.avoid ?? []);
  const candidates = catalog.items.filter(
    (item) =>
      !seen.has(item.id) &&
      !item.topics.some((topic) => blocked.has(topic)) &&
      (!request.topic || item.topics.some((topic) => topic === request.topic)) &&
      !(avoided && avoided.test(`${item.title} ${item.summary} ${item.tags.join(' ')}`)),
  );
  return candidates
    .map((item) => {
      const fresh = freshness(item, now);
      const prior = request.newest ? NEWEST_PRIOR * fresh : FRESHNESS_WEIGHT * fresh;
      const tags = item.tags.map((tag) => `tag:${tag}`);
      const labels = [...item.topics, ...tags];
      // What the user asked for explicitly wins over anything learned: items on their chosen topics come first.
      const chosen = item.topics.some((topic) => explicit.has(topic));
      return { item, chosen, score: scoreItem(weights.values, { labels: item.topics, prior }) + scoreItem(weights.values, { labels: tags, prior: 0 }), reasons: reasonsFor(labels, weights, request.newest ? fresh : 0) };
    })
    .sort((a, b) => Number(b.chosen) - Number(a.chosen) || b.score - a.score || a.item.id.localeCompare(b.item.id))
    .map(({ chosen: _chosen, ...recommendation }) => recommendation);
}


/** One pattern for every avoided word, as whole words (and their plurals), or undefined when there are none. */
function avoidPattern(words: readonly string[]): RegExp | undefined {
  const escaped = words.filter((word) => word.trim().length > 1).map((word) => word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+'));
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
