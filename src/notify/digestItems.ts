import type { Catalog, CatalogItem } from '../personalization/catalog';
import { rankCatalog, SharedSignals } from '../personalization/recommend/recommend';
import { learningActive, UserProfile } from '../profile/userProfile';
import { Random } from '../util/random';

/**
 * The items for a digest: the personalization ranker's order (the same `rankItems` as a recommendation in a turn) (which already leaves out seen, hidden and
 * removed-topic items), kept to what is relevant to this person. Topics switched on with /notify narrow
 * the digest to them; otherwise a topic is relevant when the user chose it or showed interest in it.
 * A topic switched off is never in a digest. Empty when there is nothing new and relevant.
 */
export function digestItems(profile: UserProfile, catalog: Catalog, now: Date, random: Random, count: number, shared?: SharedSignals): CatalogItem[] {
  const switches = Object.entries(profile.notify.topics);
  const on = new Set(switches.filter(([, enabled]) => enabled).map(([topic]) => topic));
  const off = new Set(switches.filter(([, enabled]) => !enabled).map(([topic]) => topic));
  const chosen = new Set(profile.explicit.topics ?? []);
  const interests = learningActive(profile) ? profile.learned.interests : {};
  const relevant = (topic: string) => (on.size > 0 ? on.has(topic) : chosen.has(topic) || (Object.hasOwn(interests, topic) && interests[topic] > 0));
  return rankCatalog(profile, catalog, {}, now, random, shared)
    .map((ranked) => ranked.item)
    .filter((item) => item.topics.some(relevant) && !item.topics.some((topic) => off.has(topic)))
    .slice(0, count);
}

/** Something the person cared about, for a welcome-back: a liked thing they told us, else their strongest topic. */
export function caredAbout(profile: UserProfile): { like?: string; topic?: string } {
  const learning = learningActive(profile);
  const like = learning ? profile.memory.facts.filter((fact) => fact.key === 'like').at(-1)?.value : undefined;
  const interests = learning ? Object.entries(profile.learned.interests).filter(([, weight]) => weight > 0) : [];
  const strongest = interests.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const topic = strongest ?? profile.explicit.topics?.[0];
  return { ...(like ? { like } : {}), ...(topic ? { topic } : {}) };
}
