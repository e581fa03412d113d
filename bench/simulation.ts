// Simulated people asking the real bot (same pipeline, content and catalog) for recommendations and
// answering 👍 or 👎, for bench:personalization (the report) and tune:personalization:bot (choosing the
// bot's blend weights). Two populations: independent tastes (each person likes 2 topics) and shared
// tastes (clusters of people who like the same items, across topics: the collaborative signal).
import { join } from 'node:path';
import { MemoryStorage } from '../src/storage/memoryStorage';
import { loadDialogs } from '../src/content/loadDialogs';
import { createRapport, REQUIRED_REPLIES } from '../src/createRapport';
import { Catalog, CatalogItem, loadCatalog } from '../src/personalization/catalog';
import type { RankWeights } from '../src/personalization/recommend/rankItems';
import { ManualClock } from '../src/util/clock';
import { Random, seededRandom, shuffleInPlace } from '../src/util/random';

export const ROOT = join(__dirname, '..', '..');

export interface Person {
  id: string;
  accepts(item: CatalogItem): boolean;
}

export function shippedCatalog(): Catalog {
  return loadCatalog(join(ROOT, 'data', 'catalog.json'));
}

/** Each person likes 2 of the topics, independently of everyone else. */
export function independentPeople(count: number, catalog: Catalog, random: Random): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const likes = new Set(shuffleInPlace([...catalog.topics], random).slice(0, 2));
    return { id: `sim-${i}`, accepts: (item) => item.topics.some((topic) => likes.has(topic)) };
  });
}

/**
 * People in `clusters` groups; each group likes the same quarter of the catalog, drawn across topics, so
 * topics say little and "people who liked this also liked" says a lot. Members arrive interleaved.
 */
export function clusteredPeople(count: number, clusters: number, catalog: Catalog, random: Random): Person[] {
  const tastes = Array.from({ length: clusters }, () => new Set(shuffleInPlace(catalog.items.map((item) => item.id), random).slice(0, Math.round(catalog.items.length / 4))));
  return Array.from({ length: count }, (_, i) => {
    const liked = tastes[i % clusters];
    return { id: `cluster-${i % clusters}-${i}`, accepts: (item) => liked.has(item.id) };
  });
}

export interface SimulationOptions {
  turns: number;
  seed: number;
  /** Learning on (personalized) or paused with /private on. */
  personalized: boolean;
  /** The bot's blend; absent: no shared item statistics (content fit alone). */
  rankWeights?: RankWeights;
}

/** Acceptance per recommendation number (0 … turns-1), over everyone. */
export async function simulate(people: readonly Person[], options: SimulationOptions): Promise<number[]> {
  const content = loadDialogs(join(ROOT, 'dialogs'), REQUIRED_REPLIES);
  const catalog = shippedCatalog();
  const clock = new ManualClock('2026-11-20T09:00:00Z');
  const storage = new MemoryStorage();
  const rapport = createRapport({ content, storage, clock, random: seededRandom(options.seed), lapsedAfterDays: 14, catalog, ...(options.rankWeights ? { rankWeights: options.rankWeights } : {}) });
  const say = (person: Person, text: string) => rapport.runTurn({ kind: 'message', channelId: 'sim', userId: person.id, conversationId: person.id, text });
  const accepted = Array<number>(options.turns).fill(0);
  for (const person of people) {
    if (!options.personalized) await say(person, '/private on');
    for (let turn = 0; turn < options.turns; turn++) {
      await say(person, 'recommend something');
      const { profile } = await rapport.profiles.load('sim', person.id);
      const item = profile.memory.lastRecommended ? catalog.byId.get(profile.memory.lastRecommended) : undefined;
      const likes = item ? person.accepts(item) : false;
      if (likes) accepted[turn] += 1;
      await say(person, likes ? '👍' : '👎');
      clock.advance(60_000);
    }
  }
  return accepted.map((count) => count / people.length);
}

export function mean(rates: readonly number[], from = 0, to = rates.length): number {
  const part = rates.slice(from, to);
  return part.reduce((a, b) => a + b, 0) / Math.max(1, part.length);
}

/** How often a random item fits: the floor every ranking should beat. */
export function chance(people: readonly Person[], catalog: Catalog): number {
  return people.reduce((sum, person) => sum + catalog.items.filter((item) => person.accepts(item)).length / catalog.items.length, 0) / people.length;
}
