import { shuffleInPlace, type Random } from '../util/random';
import type { LabeledText } from './datasets';
import type { HashedTerms, TermHasher } from './termHasher';
import { TfidfVectorizer, TOKEN_IDS_LIMIT, type SparseVector, type TokenIds } from './tfidfVectorizer';
import { LinearModel, softmaxInPlace } from './linearModel';
import type { IntentModelOptions } from './intentModelOptions';
import { trainSquaredHinge } from './svmTrainer';

// The fitting and calibration steps of IntentModel.train: one model fitted on hashed terms, the
// held-out evidence that fits the temperature and the `none` threshold, and keyboard noise.

/** Groups of intents left out in turn during calibration: each round hides one group. */
export const UNKNOWN_GROUPS = 4;
/** Share of the known intents' examples held out in a calibration round, as in-domain evidence. */
const HELD_OUT_SHARE = 0.2;

// Bound once: inside jest's vm sandbox a `Math.` lookup per call is measurably slow.
const { floor } = Math;

export function fitOn(terms: readonly HashedTerms[], labels: Int32Array, intentCount: number, options: IntentModelOptions, random: Random, hasher?: TermHasher) {
  const vectorizer = TfidfVectorizer.fit(terms, options.features, hasher);
  const vectors = terms.map((t) => vectorizer.transformTerms(t));
  // The reject class exists only when there are out-of-scope examples to learn it from.
  const classCount = labels.some((label) => label === intentCount) ? intentCount + 1 : intentCount;
  const linear = trainSquaredHinge(vectors, labels, { featureCount: vectorizer.size, classCount }, options.svm, random);
  return { vectorizer, linear };
}

/**
 * Fills the per-token caches of prediction (feature ids, class scores of the n-grams) for the
 * training vocabulary, so the first messages after training are as fast as later ones.
 */
export function warmTokenCache(vectorizer: TfidfVectorizer, linear: LinearModel): void {
  let room = floor(TOKEN_IDS_LIMIT / 2);
  const charVector = (entry: TokenIds): SparseVector => vectorizer.tokenCharVector(entry);
  for (const token of vectorizer.knownTokens()) {
    if (room-- <= 0) break;
    linear.cachedSlot(vectorizer.idsOfToken(token), charVector);
  }
}

/** Top calibrated probability among the intents (not the reject class). */
export function calibratedTop(logits: Float64Array, intentCount: number, temperature: number): number {
  const probabilities = softmaxInPlace(Float64Array.from(logits), temperature);
  let best = 0;
  for (let k = 0; k < intentCount; k++) if (probabilities[k] > best) best = probabilities[k];
  // A reject class that outscores every intent means out of scope, whatever the intent's score.
  if (probabilities.length > intentCount && probabilities[intentCount] >= best) return 0;
  return best;
}

export interface CalibrationEvidence {
  inDomain: { logits: Float64Array; label: number }[];
  outOfScope: Float64Array[];
}

/**
 * Simulates out-of-scope traffic without needing any: each round leaves a group of intents out of
 * training altogether, so their texts are queries about something the model never learned, and
 * holds out a share of the other intents' texts as in-domain queries. Given out-of-scope examples,
 * their held-out share joins the out-of-scope side. Logits are remapped to the intents' indices.
 */
export function calibrate(
  terms: readonly HashedTerms[],
  labels: Int32Array,
  intentCount: number,
  rounds: number,
  options: IntentModelOptions,
  random: Random,
  progress: (done: number) => void,
): CalibrationEvidence {
  const group = shuffleInPlace(Array.from({ length: intentCount }, (_, k) => k), random).map((_, k, order) => order.indexOf(k) % UNKNOWN_GROUPS);
  const heldOut = Float64Array.from(labels, () => random());
  const evidence: CalibrationEvidence = { inDomain: [], outOfScope: [] };
  for (let round = 0; round < rounds; round++) {
    const isUnknown = (label: number): boolean => label < intentCount && group[label] === round;
    const known = Array.from({ length: intentCount }, (_, k) => k).filter((k) => !isUnknown(k));
    const remap = new Int32Array(intentCount + 1).fill(-1);
    known.forEach((k, i) => (remap[k] = i));
    remap[intentCount] = known.length;
    const trainIndices = [...labels.keys()].filter((i) => !isUnknown(labels[i]) && heldOut[i] >= HELD_OUT_SHARE);
    if (trainIndices.length === 0 || known.length < 2) continue;
    const model = fitOn(trainIndices.map((i) => terms[i]), Int32Array.from(trainIndices, (i) => remap[labels[i]]), known.length, options, random);
    labels.forEach((label, i) => {
      if (!isUnknown(label) && heldOut[i] >= HELD_OUT_SHARE) return;
      const raw = model.linear.logits(model.vectorizer.transformTerms(terms[i]));
      // Back to the full intent space: a left-out intent scores far below anything, as in the final model.
      const logits = new Float64Array(intentCount + (raw.length > known.length ? 1 : 0)).fill(-1e3);
      known.forEach((k, j) => (logits[k] = raw[j]));
      if (raw.length > known.length) logits[intentCount] = raw[known.length];
      if (isUnknown(label) || label === intentCount) evidence.outOfScope.push(logits);
      else evidence.inDomain.push({ logits, label });
    });
    progress(round + 1);
  }
  return evidence;
}

/** Random "words" drawn from the training texts' own letter frequencies: realistic keyboard noise. */
export function syntheticGibberish(examples: readonly LabeledText[], count: number, random: Random): string[] {
  const letters = examples.map((e) => e.text.toLowerCase().replace(/[^a-z]/g, '')).join('');
  if (letters.length === 0) return [];
  const pick = (): string => letters[floor(random() * letters.length)];
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 1 + floor(random() * 4) }, () => Array.from({ length: 2 + floor(random() * 9) }, pick).join(''));
    return words.join(' ');
  });
}

export function argmax(values: ArrayLike<number>, count: number): number {
  let best = 0;
  for (let k = 1; k < count; k++) if (values[k] > values[best]) best = k;
  return best;
}
