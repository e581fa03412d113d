/**
 * The scoring both the bot and the offline evaluation use: how well an item's labels (topics and tags)
 * fit a person's label weights, plus a small prior for what is popular or new.
 */
export interface ItemSignals {
  labels: readonly string[];
  /** log(1 + interactions) or a freshness score, already scaled to roughly [0, 1]. */
  prior: number;
}

/** How much the shared prior (popularity, freshness) counts against personal fit: the same as the strongest normalized interest. */
export const PRIOR_WEIGHT = 1;

/**
 * Label weights scaled so the strongest is 1: personal fit then sits on the same scale as the prior
 * whether a person has shown one interest or a hundred.
 */
export function normalizeWeights(weights: ReadonlyMap<string, number>): Map<string, number> {
  const strongest = Math.max(1e-9, ...[...weights.values()].map(Math.abs));
  return new Map([...weights].map(([label, weight]) => [label, weight / strongest]));
}

export function scoreItem(weights: ReadonlyMap<string, number>, item: ItemSignals): number {
  if (item.labels.length === 0) return PRIOR_WEIGHT * item.prior;
  let fit = 0;
  for (const label of item.labels) fit += weights.get(label) ?? 0;
  // Divide by sqrt(n) so an item with many labels is not favoured just for having them.
  return fit / Math.sqrt(item.labels.length) + PRIOR_WEIGHT * item.prior;
}
