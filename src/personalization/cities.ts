import { closestMatch } from '../util/closestMatch';
import cityTable from '../../data/cities.json';
import { plainWords } from '../util/plainWords';

/** A city Rapport knows, with the IANA time zone its clocks follow. */
export interface City {
  city: string;
  /** ISO 3166 country code, to tell apart cities that share a name. */
  country: string;
  timeZone: string;
}

interface CityRecord extends City {
  aliases?: string[];
}

/** Longer than any city name in the table: anything longer is a sentence, not a city. */
const MAX_CITY_LENGTH = 60;
/** What a typed city name can contain; "__proto__" or "<b>Paris</b>" is not a city, even if it normalizes to one. */
const CITY_SHAPE = /^[\p{L}\p{M} .,'’-]+$/u;

const byName = indexCities(cityTable as CityRecord[]);

/**
 * The city a person named ("Paris", "new york", "São Paulo, Brazil", "Pariss"), or undefined.
 * Accents, case and punctuation do not matter; a small typo in a longer name is forgiven when only
 * one city is that close. Shared by /timezone and the learner that hears "I live in Paris".
 */
export function findCity(text: string): (City & { typo?: true }) | undefined {
  if (text.length > MAX_CITY_LENGTH || !CITY_SHAPE.test(text)) return undefined;
  const typed = normalizeCityName(text.split(',')[0] ?? '');
  if (typed.length === 0) return undefined;
  const exact = byName.get(typed);
  if (exact) return exact;
  // The memory reader asks about many words of every message: the typo search over the whole table is remembered.
  if (nearest.has(typed)) return nearest.get(typed) ?? undefined;
  const close = closestMatch(typed, byName, (a, b) => a.timeZone === b.timeZone);
  // Marked, so a reader can tell "Pariss" from a place of its own that is near a city's name ("Bolton").
  const found = close ? { ...close, typo: true as const } : undefined;
  if (nearest.size >= MAX_REMEMBERED) nearest.clear();
  nearest.set(typed, found ?? null);
  return found;
}

/** How many typed names' nearest cities are remembered before starting again. */
const MAX_REMEMBERED = 10_000;
const nearest = new Map<string, (City & { typo: true }) | null>();

/** Lower case, no accents, no dots or apostrophes: "St. John's" and "st johns" are the same city. */
export function normalizeCityName(text: string): string {
  return plainWords(text, { foldAccents: true });
}

function indexCities(records: readonly CityRecord[]): Map<string, City> {
  const index = new Map<string, City>();
  for (const { aliases = [], ...city } of records) {
    // The first city listed under a name wins: the table lists the best-known one first.
    for (const name of [city.city, ...aliases]) {
      const key = normalizeCityName(name);
      if (!index.has(key)) index.set(key, city);
    }
  }
  return index;
}
