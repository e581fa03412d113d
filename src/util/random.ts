/** Randomness comes from here so tests are deterministic. Returns a float in [0, 1). */
export type Random = () => number;

export const systemRandom: Random = Math.random;

/** Mulberry32: a small seeded generator for tests and reproducible benchmarks. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates in place (an array or a typed array), drawing from `random`; returns `items`. */
export function shuffleInPlace<A extends { length: number; [index: number]: unknown }>(items: A, random: Random): A {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = items[i];
    items[i] = items[j];
    items[j] = swap;
  }
  return items;
}
