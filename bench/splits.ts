// The splits the benchmarks tune and report on, in one place so every script holds out the same texts.
import type { IntentDataset, LabeledText } from '../src/nlu/datasets';
import { seededRandom, shuffleInPlace } from '../src/util/random';

/** Training and validation texts: the dataset's own `val`, or (BANKING77 has none) a fixed, seeded 10% of `train`. */
export function validationSplit(dataset: IntentDataset): { train: LabeledText[]; val: LabeledText[] } {
  if (dataset.val) return { train: dataset.train, val: dataset.val };
  const order = shuffleInPlace(dataset.train.map((_, i) => i), seededRandom(77));
  const heldOut = new Set(order.slice(0, Math.round(order.length * 0.1)));
  return { train: dataset.train.filter((_, i) => !heldOut.has(i)), val: dataset.train.filter((_, i) => heldOut.has(i)) };
}

/** A seeded share of the intents, to leave out of training and use as out-of-scope queries. */
export function unknownIntents(texts: readonly LabeledText[], share: number): Set<string> {
  const intents = shuffleInPlace([...new Set(texts.map((e) => e.intent))].sort(), seededRandom(64));
  return new Set(intents.slice(0, Math.round(intents.length * share)));
}
