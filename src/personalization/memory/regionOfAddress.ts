import { nounKinds } from '../../nlu/nounKinds';

/** What WordNet files a land under that an address names after a town or a river: a country, a county, a state. */
const REGION_KINDS: ReadonlySet<string> = new Set(['country', 'county', 'american state', 'region', 'province']);

/**
 * Whether a name is the land of an address, said after a comma that follows another name: "Portugal" of "8 nights in
 * Ericeira, Portugal", "Hampshire" of "on the River Test, Hampshire". Such a name says where, not who, though a
 * person may be called so too ("Georgia"): only the address's form tells them apart. `typed`: the words as typed,
 * with their marks; `at`: where the name starts.
 */
export function regionOfAddress(typed: readonly string[], at: number): boolean {
  const before = typed[at - 1] ?? '';
  if (!/^\p{Lu}.*,$/u.test(before)) return false;
  const name = typed[at].replace(/[^\p{L}]+$/u, '').toLowerCase();
  return [...nounKinds().kindsOf(name)].some((kind) => REGION_KINDS.has(kind));
}
