import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';

/** How many typos a word of this length forgives: none under 5 characters, one under 9, else two. */
export function typoAllowance(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * The value whose name is nearest to `typed` (already normalized) within its typo allowance, or
 * undefined. Two different values equally near is a guess, not a typo fix: undefined as well.
 * `same` says when two values are not really different (two cities in one time zone).
 */
export function closestMatch<T>(typed: string, candidates: Iterable<readonly [name: string, value: T]>, same: (a: T, b: T) => boolean = Object.is): T | undefined {
  const allowed = typoAllowance(typed.length);
  if (allowed === 0) return undefined;
  let best: { value: T; distance: number } | undefined;
  let tied = false;
  for (const [name, value] of candidates) {
    if (Math.abs(name.length - typed.length) > allowed) continue;
    const distance = DamerauLevenshteinDistance(typed, name);
    if (distance > allowed) continue;
    if (!best || distance < best.distance) {
      best = { value, distance };
      tied = false;
    } else if (distance === best.distance && !same(value, best.value)) {
      tied = true;
    }
  }
  return best && !tied ? best.value : undefined;
}
