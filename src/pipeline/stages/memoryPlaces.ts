import type { TurnDependencies } from '../turn';

/** A value that ends in the city it is in ("Fernhill Labs in Vancouver"): what is in it, and the city. */
export interface PlacedValue {
  what: string;
  city: string;
}

/**
 * "Fernhill Labs in Vancouver", "the city council in Bristol": the words before the "in" that a city follows,
 * and that city; undefined when the value ends in no city.
 */
export function cityAtEnd(value: string, findCity: TurnDependencies['findCity']): PlacedValue | undefined {
  const words = value.split(/\s+/);
  for (let at = 1; at < words.length - 1; at++) {
    if (words[at].toLowerCase() !== 'in') continue;
    const city = words.slice(at + 1).join(' ');
    const what = words.slice(0, at).join(' ');
    if (findCity(city) !== undefined) return { what, city };
  }
  return undefined;
}

/**
 * A name ("Fernhill Labs") or a noun with its article ("the city council"): said alone, it still names the
 * place; "bakery" of "bakery in Porto" does not ("you work at bakery").
 */
export function standsAlone(what: string): boolean {
  return /^\p{Lu}/u.test(what) || /^(the|a|an)\s/i.test(what);
}
