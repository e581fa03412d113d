import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import table from '../../../data/wordnetCategories.json';

const inflector = new NounInflector();
let index: Map<string, string[]> | undefined;

/**
 * The categories a value belongs to ("jazz" → music, "tennis" → sport, game), from WordNet's noun
 * hierarchy as `npm run memory:categories` wrote it. "hip hop" is also looked up as "hip-hop", and a
 * phrase by its last word ("horror movies" → "movie").
 */
export function categoriesOf(value: string): string[] {
  index ??= buildIndex(table.categories as Record<string, string[]>);
  const text = value.toLowerCase().trim();
  const words = text.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  // natural's inflector throws on a word with no letters ("5" of "for five years" read as "5").
  for (const form of [text, text.replace(/\s+/g, '-'), ...(/\p{L}/u.test(last) ? [last, inflector.singularize(last)] : [])]) {
    const found = index.get(form);
    if (found) return found;
  }
  return [];
}

let occupations: Set<string> | undefined;

/**
 * Whether a noun names work ("designer", "taxi driver" by its last word "driver"): WordNet's nouns under
 * `memoryOccupationRoots`, as `npm run memory:categories` wrote them, and the `extra` work from content.
 */
export function isOccupation(noun: string, extra: ReadonlySet<string>): boolean {
  occupations ??= new Set((table as { occupations?: string[] }).occupations ?? []);
  const text = noun.toLowerCase().trim();
  const last = text.split(/\s+/).at(-1) ?? '';
  return [text, last, inflector.singularize(last)].some((form) => occupations?.has(form) === true || extra.has(form));
}

let notOccupations: Set<string> | undefined;

/**
 * Whether a value names what one is that is no work ("second tenor", "alto 1": a part in a choir), a word of it filed
 * under `memoryNotOccupationRoots`, as `npm run memory:categories` wrote them, and none of it work.
 */
export function namesNoWork(value: string, extra: ReadonlySet<string>): boolean {
  notOccupations ??= new Set((table as { notOccupations?: string[] }).notOccupations ?? []);
  const words = value.toLowerCase().trim().split(/\s+/);
  return words.some((word) => notOccupations?.has(word) === true) && !isOccupation(value, extra);
}

/** Every word WordNet files under a category (`memoryCategories`), as `npm run memory:categories` wrote them. */
export function wordsOfCategory(category: string): readonly string[] {
  return (table.categories as Record<string, string[]>)[category] ?? [];
}

let persons: Set<string> | undefined;

/** Whether WordNet files a sense of a single word among people ("partner", "head", "intern"; not "dinner"). */
export function isPersonNoun(word: string): boolean {
  persons ??= new Set((table as { persons?: string[] }).persons ?? []);
  const text = word.toLowerCase().trim();
  return persons.has(text) || (/\p{L}/u.test(text) && persons.has(inflector.singularize(text)));
}

/** The single-word synonyms WordNet gives each category itself ("film" → movie, flick), by category. */
export function categoryNames(): Readonly<Record<string, readonly string[]>> {
  return (table as { names?: Record<string, string[]> }).names ?? {};
}

function buildIndex(categories: Record<string, string[]>): Map<string, string[]> {
  const built = new Map<string, string[]>();
  for (const [category, words] of Object.entries(categories)) for (const word of words) built.set(word, [...(built.get(word) ?? []), category]);
  return built;
}

let nationalities: Map<string, string> | undefined;

/** The place a people's word names ("Colombian" → Colombia, "Glaswegian" → Glasgow), from WordNet's adjectives as `npm run memory:categories` wrote them. */
export function placeOfPeople(word: string): string | undefined {
  nationalities ??= new Map(Object.entries((table as { nationalities?: Record<string, string> }).nationalities ?? {}));
  return nationalities.get(word.toLowerCase());
}

let places: Set<string> | undefined;

/** Whether WordNet lists a name as a place ("Bruges", "Leicester"), under `memoryPlaceRoots`. */
export function isPlaceName(name: string): boolean {
  places ??= new Set((table as { places?: string[] }).places ?? []);
  return places.has(name.toLowerCase().trim());
}
