import { plainWords } from '../util/plainWords';

/** A text as the set of its character trigrams (words padded with spaces), for comparing wordings. */
export function trigrams(text: string): Set<string> {
  const padded = ` ${plainWords(text, { keepApostrophes: true })} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Jaccard similarity of two sets, 0–1. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** How alike two wordings are, 0–1: "what's the time" and "whats the time now" score high, other words low. */
export function textSimilarity(a: string, b: string): number {
  return jaccard(trigrams(a), trigrams(b));
}

export interface SimilarPair<T> {
  a: T;
  b: T;
  similarity: number;
}

/** Pairs of items whose texts are at least `threshold` alike, most alike first; `compare` picks which pairs count. */
export function similarPairs<T>(items: readonly T[], text: (item: T) => string, threshold: number, compare: (a: T, b: T) => boolean = () => true): SimilarPair<T>[] {
  const grams = items.map((item) => trigrams(text(item)));
  const pairs: SimilarPair<T>[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      // Jaccard can reach the threshold only when the sizes are close enough.
      const [x, y] = [grams[i].size, grams[j].size];
      if (Math.min(x, y) < threshold * Math.max(x, y) || !compare(items[i], items[j])) continue;
      const similarity = jaccard(grams[i], grams[j]);
      if (similarity >= threshold) pairs.push({ a: items[i], b: items[j], similarity });
    }
  }
  return pairs.sort((p, q) => q.similarity - p.similarity);
}

/** Mean similarity over all pairs of texts (0 for fewer than two): how little a set of examples varies. */
export function meanPairwiseSimilarity(texts: readonly string[]): number {
  const grams = texts.map(trigrams);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < grams.length; i++) {
    for (let j = i + 1; j < grams.length; j++) {
      sum += jaccard(grams[i], grams[j]);
      count++;
    }
  }
  return count === 0 ? 0 : sum / count;
}
