import { createHash } from 'node:crypto';
import { seededRandom, shuffleInPlace, type Random } from '../util/random';
import type { LabeledText } from './datasets';
import { DEFAULT_FEATURE_OPTIONS, TfidfVectorizer, TOKEN_IDS_LIMIT, type FeatureOptions, type HashedTerms, type SparseVector, type TermHasher, type TokenIds, type VectorizerState } from './features';
import { fitTemperature, LinearModel, softmaxInPlace, type LinearModelState } from './linearModel';
import { NONE_INTENT, type IntentScore } from './recognizer';
import { chooseThreshold, classThresholds, type ClassHeldOutScore } from './threshold';
import { DEFAULT_SVM_OPTIONS, trainSquaredHinge, type SvmTrainOptions } from './svmTrainer';

export interface IntentModelOptions {
  features: FeatureOptions;
  svm: SvmTrainOptions;
  seed: number;
  /**
   * Calibration trains extra models with a quarter of the intents left out, whose texts then play
   * out-of-scope queries. Examples those models may train on in total: small sets get every round
   * (each intent is left out once), big ones fewer (training time dominates, evidence is plenty):
   * from 6000 examples on, one round already gives thousands of held-out scores.
   */
  calibrationBudget: number;
  /** Most in-domain texts the `none` threshold may wrongly reject, as a share of those it would get right. */
  maxFalseRejection: number;
}

export const DEFAULT_INTENT_MODEL_OPTIONS: IntentModelOptions = {
  features: DEFAULT_FEATURE_OPTIONS,
  svm: DEFAULT_SVM_OPTIONS,
  seed: 1,
  calibrationBudget: 12000,
  maxFalseRejection: 0.015,
};

export interface IntentPrediction {
  /** The best intent, or `none` when its score is under the threshold. */
  intent: string;
  /** Calibrated probability of the best intent (also when `intent` is `none`). */
  score: number;
  /** Best intents first, with calibrated probabilities. */
  intents: IntentScore[];
}

/** Called while training: `done` of `total` models trained (calibration rounds, then the final one). */
export type TrainingProgress = (done: number, total: number) => void;

/** Examples labelled like this are out-of-scope: they train a hidden reject class and inform the threshold. */
export const OUT_OF_SCOPE_LABELS: ReadonlySet<string> = new Set([NONE_INTENT, 'oos']);
const FORMAT_VERSION = 4;
/** Groups of intents left out in turn during calibration: each round hides one group. */
const UNKNOWN_GROUPS = 4;
/** Share of the known intents' examples held out in a calibration round, as in-domain evidence. */
const HELD_OUT_SHARE = 0.2;

// Bound once: inside jest's vm sandbox a `Math.` lookup per call is measurably slow.
const { floor, max, min } = Math;

/**
 * Word and character n-gram tf-idf + one-vs-rest linear SVMs (squared hinge), with scores
 * calibrated by a softmax temperature and a `none` threshold fitted on held-out intents.
 */
export class IntentModel {
  private readonly scratch: Float64Array;
  private readonly tokenVector: (entry: TokenIds) => SparseVector;

  private constructor(
    readonly hash: string,
    readonly options: IntentModelOptions,
    readonly intents: readonly string[],
    private readonly vectorizer: TfidfVectorizer,
    private readonly linear: LinearModel,
    readonly temperature: number,
    /** The `none` threshold over all intents; each intent's own is in `thresholds`. */
    readonly threshold: number,
    readonly thresholds: Float64Array,
  ) {
    this.scratch = new Float64Array(linear.classCount);
    this.tokenVector = (entry) => vectorizer.tokenCharVector(entry);
  }

  /** Key for a model cache: changes with the examples, their order, the options and the format. */
  static contentHash(examples: readonly LabeledText[], options: Partial<IntentModelOptions> = {}): string {
    const payload = JSON.stringify({ FORMAT_VERSION, options: resolveOptions(options), examples: examples.map((e) => [e.text, e.intent]) });
    return createHash('sha256').update(payload).digest('hex');
  }

  /**
   * Trains on labelled examples; those labelled `oos` or `none` are out-of-scope examples and train
   * a hidden reject class. Calibration models, each trained with a group of intents left out,
   * fit the temperature and the `none` threshold; then the final model is trained on everything.
   * The same examples, order and options give the same model.
   */
  static train(examples: readonly LabeledText[], partial: Partial<IntentModelOptions> = {}, progress?: TrainingProgress): IntentModel {
    const options = resolveOptions(partial);
    const inDomain = examples.filter((e) => !OUT_OF_SCOPE_LABELS.has(e.intent));
    const outOfScope = examples.filter((e) => OUT_OF_SCOPE_LABELS.has(e.intent));
    const intents = [...new Set(inDomain.map((e) => e.intent))].sort();
    if (intents.length < 2) throw new Error(`An intent model needs examples of at least two intents (got ${intents.length})`);
    const classIndex = new Map(intents.map((intent, k) => [intent, k]));
    const training = [...inDomain, ...outOfScope];
    // Out-of-scope examples are class K, after the intents (the "oos-train" setup of CLINC150).
    const labels = Int32Array.from(training, (e) => classIndex.get(e.intent) ?? intents.length);
    const hasher = TfidfVectorizer.hasherFor(options.features);
    const terms = training.map((e) => hasher.hash(e.text));
    const random = seededRandom(options.seed);

    const rounds = max(1, min(UNKNOWN_GROUPS, floor(options.calibrationBudget / training.length)));
    const total = rounds + 1;
    progress?.(0, total);
    const evidence = calibrate(terms, labels, intents.length, rounds, options, random, (done) => progress?.(done, total));
    const { vectorizer, linear } = fitOn(terms, labels, intents.length, options, random, hasher);
    warmTokenCache(vectorizer, linear);
    progress?.(total, total);

    const temperature = fitTemperature(evidence.inDomain.map((item) => item.logits), evidence.inDomain.map((item) => item.label));
    const topScore = (logits: Float64Array): number => calibratedTop(logits, intents.length, temperature);
    const gibberish = syntheticGibberish(inDomain, 200, random)
      .map((text) => topScore(linear.logits(vectorizer.transform(text))))
      .sort((a, b) => a - b);
    const heldOut = evidence.inDomain.map((item): ClassHeldOutScore => {
      const predicted = argmax(item.logits, intents.length);
      return { score: topScore(item.logits), correct: predicted === item.label, predicted };
    });
    // Above what nearly all random strings get, so keyboard mashing is not taken for an intent.
    const gibberishFloor = gibberish[floor(gibberish.length * 0.95)] ?? 0;
    const threshold = chooseThreshold({
      inDomain: heldOut,
      outOfScope: evidence.outOfScope.map((logits) => topScore(logits)),
      maxFalseRejection: options.maxFalseRejection,
      floor: gibberishFloor,
    });
    const thresholds = classThresholds(heldOut, threshold, intents.length, gibberishFloor);
    return new IntentModel(IntentModel.contentHash(examples, partial), options, intents, vectorizer, linear, temperature, threshold, thresholds);
  }

  static fromJSON(value: unknown): IntentModel {
    const json = parseIntentModelJson(value, FORMAT_VERSION);
    if (json.thresholds.length !== json.intents.length) throw new Error('Intent model JSON: one threshold per intent expected');
    return new IntentModel(
      json.hash,
      json.options,
      json.intents,
      TfidfVectorizer.fromState(json.vectorizer),
      LinearModel.fromState(json.linear),
      json.temperature,
      json.threshold,
      Float64Array.from(json.thresholds),
    );
  }

  /**
   * The same model with its `none` threshold re-chosen on held-out examples (e.g. a dataset's
   * `val` and `oos_val`): those labelled `oos`/`none` are out-of-scope, the rest in-domain.
   */
  retuned(heldOut: readonly LabeledText[]): IntentModel {
    const inDomain: ClassHeldOutScore[] = [];
    const outOfScope: number[] = [];
    for (const example of heldOut) {
      const logits = Float64Array.from(this.scores(example.text).logits);
      const score = calibratedTop(logits, this.intents.length, this.temperature);
      const predicted = argmax(logits, this.intents.length);
      if (OUT_OF_SCOPE_LABELS.has(example.intent)) outOfScope.push(score);
      else if (this.intents.includes(example.intent)) inDomain.push({ score, correct: this.intents[predicted] === example.intent, predicted });
    }
    if (inDomain.length === 0) return this;
    const threshold = chooseThreshold({ inDomain, outOfScope, maxFalseRejection: this.options.maxFalseRejection, floor: 0 });
    const thresholds = classThresholds(inDomain, threshold, this.intents.length, 0);
    return new IntentModel(this.hash, this.options, this.intents, this.vectorizer, this.linear, this.temperature, threshold, thresholds);
  }

  /** The message as the model sees it; exposed for the evaluation tools. */
  vectorize(text: string): SparseVector {
    return this.vectorizer.transform(text);
  }

  /** Raw class scores of a message (into a scratch array: copy to keep), by the fast path. */
  private scores(text: string): { logits: Float64Array; featureCount: number } {
    const message = this.vectorizer.analyze(text);
    return { logits: this.linear.scoreMessage(message, this.tokenVector, this.scratch), featureCount: message.featureCount };
  }

  predict(text: string, topK = 5): IntentPrediction {
    const { logits, featureCount } = this.scores(text);
    const probabilities = softmaxInPlace(logits, this.temperature);
    const intentCount = this.intents.length;
    const top = topIndices(probabilities, intentCount, topK);
    const intents = top.map((k) => ({ intent: this.intents[k], score: probabilities[k] }));
    const best = intents[0];
    const outOfScope = this.linear.classCount > intentCount ? probabilities[intentCount] : 0;
    const accepted = featureCount > 0 && best.score >= this.thresholds[top[0]] && best.score > outOfScope;
    return { intent: accepted ? best.intent : NONE_INTENT, score: best.score, intents };
  }

  toJSON(): IntentModelJson {
    return {
      format: 'rapport-intent-model',
      version: FORMAT_VERSION,
      hash: this.hash,
      options: this.options,
      intents: [...this.intents],
      temperature: this.temperature,
      threshold: this.threshold,
      thresholds: Array.from(this.thresholds),
      vectorizer: this.vectorizer.toState(),
      linear: this.linear.toState(),
    };
  }
}

function resolveOptions(partial: Partial<IntentModelOptions>): IntentModelOptions {
  return {
    ...DEFAULT_INTENT_MODEL_OPTIONS,
    ...partial,
    features: { ...DEFAULT_INTENT_MODEL_OPTIONS.features, ...partial.features },
    svm: { ...DEFAULT_INTENT_MODEL_OPTIONS.svm, ...partial.svm },
  };
}

function fitOn(terms: readonly HashedTerms[], labels: Int32Array, intentCount: number, options: IntentModelOptions, random: Random, hasher?: TermHasher) {
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
function warmTokenCache(vectorizer: TfidfVectorizer, linear: LinearModel): void {
  let room = floor(TOKEN_IDS_LIMIT / 2);
  const charVector = (entry: TokenIds): SparseVector => vectorizer.tokenCharVector(entry);
  for (const token of vectorizer.knownTokens()) {
    if (room-- <= 0) break;
    linear.cachedSlot(vectorizer.idsOfToken(token), charVector);
  }
}

/** Top calibrated probability among the intents (not the reject class). */
function calibratedTop(logits: Float64Array, intentCount: number, temperature: number): number {
  const probabilities = softmaxInPlace(Float64Array.from(logits), temperature);
  let best = 0;
  for (let k = 0; k < intentCount; k++) if (probabilities[k] > best) best = probabilities[k];
  // A reject class that outscores every intent means out of scope, whatever the intent's score.
  if (probabilities.length > intentCount && probabilities[intentCount] >= best) return 0;
  return best;
}

interface CalibrationEvidence {
  inDomain: { logits: Float64Array; label: number }[];
  outOfScope: Float64Array[];
}

/**
 * Simulates out-of-scope traffic without needing any: each round leaves a group of intents out of
 * training altogether, so their texts are queries about something the model never learned, and
 * holds out a share of the other intents' texts as in-domain queries. Given out-of-scope examples,
 * their held-out share joins the out-of-scope side. Logits are remapped to the intents' indices.
 */
function calibrate(
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
function syntheticGibberish(examples: readonly LabeledText[], count: number, random: Random): string[] {
  const letters = examples.map((e) => e.text.toLowerCase().replace(/[^a-z]/g, '')).join('');
  if (letters.length === 0) return [];
  const pick = (): string => letters[floor(random() * letters.length)];
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 1 + floor(random() * 4) }, () => Array.from({ length: 2 + floor(random() * 9) }, pick).join(''));
    return words.join(' ');
  });
}

function argmax(values: ArrayLike<number>, count: number): number {
  let best = 0;
  for (let k = 1; k < count; k++) if (values[k] > values[best]) best = k;
  return best;
}

/** Indices of the k largest values among the first `count`, largest first: one pass, no sort. */
function topIndices(values: Float64Array, count: number, k: number): number[] {
  const taken: number[] = [];
  const size = min(k, count);
  if (size <= 0) return taken;
  for (let i = 0; i < count; i++) {
    const value = values[i];
    if (taken.length === size && value <= values[taken[size - 1]]) continue;
    let at = taken.length < size ? taken.length : size - 1;
    while (at > 0 && values[taken[at - 1]] < value) {
      if (at < size) taken[at] = taken[at - 1];
      at--;
    }
    taken[at] = i;
  }
  return taken;
}

/** The cached form of a trained model. */
export interface IntentModelJson {
  format: 'rapport-intent-model';
  version: number;
  hash: string;
  options: IntentModelOptions;
  intents: string[];
  temperature: number;
  threshold: number;
  /** Each intent's `none` threshold, in the order of `intents`. */
  thresholds: number[];
  vectorizer: VectorizerState;
  linear: LinearModelState;
}

/** Checks a cached model's shape before use: a stale or hand-edited cache must fail loudly. */
function parseIntentModelJson(value: unknown, version: number): IntentModelJson {
  const root = record(value, 'model');
  if (root.format !== 'rapport-intent-model' || root.version !== version) {
    throw new Error(`Not a rapport-intent-model of version ${version}: retrain instead of loading this cache`);
  }
  const options = record(root.options, 'options');
  const features = record(options.features, 'options.features');
  const svm = record(options.svm, 'options.svm');
  const vectorizer = record(root.vectorizer, 'vectorizer');
  const weights = record(root.linear, 'linear');
  return {
    format: 'rapport-intent-model',
    version,
    hash: text(root.hash, 'hash'),
    options: {
      features: numbers(features, ['charMin', 'charMax', 'wordWeight', 'minDocFrequency'], 'options.features'),
      svm: numbers(svm, ['c', 'epochs', 'tolerance'], 'options.svm'),
      ...numbers(options, ['seed', 'calibrationBudget', 'maxFalseRejection'], 'options'),
    },
    intents: list(root.intents, 'intents').map((item) => text(item, 'intents[]')),
    ...numbers(root, ['temperature', 'threshold'], 'model'),
    thresholds: list(root.thresholds, 'thresholds').map((item) => number(item, 'thresholds[]')),
    vectorizer: {
      options: numbers(record(vectorizer.options, 'vectorizer.options'), ['charMin', 'charMax', 'wordWeight', 'minDocFrequency'], 'vectorizer.options'),
      ...numbers(vectorizer, ['documentCount', 'wordFeatureCount'], 'vectorizer'),
      hashes: text(vectorizer.hashes, 'vectorizer.hashes'),
      documentFrequencies: text(vectorizer.documentFrequencies, 'vectorizer.documentFrequencies'),
    },
    linear: {
      ...numbers(weights, ['featureCount', 'classCount'], 'linear'),
      weights: text(weights.weights, 'linear.weights'),
      bias: text(weights.bias, 'linear.bias'),
    },
  };
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`Intent model JSON: ${where} must be an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`Intent model JSON: ${where} must be an array`);
  return value;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`Intent model JSON: ${where} must be a string`);
  return value;
}

function number(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`Intent model JSON: ${where} must be a finite number`);
  return value;
}

function numbers<K extends string>(source: Record<string, unknown>, keys: readonly K[], where: string): Record<K, number> {
  const result = {} as Record<K, number>;
  for (const key of keys) result[key] = number(source[key], `${where}.${key}`);
  return result;
}
