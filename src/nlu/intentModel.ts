import { createHash } from 'node:crypto';
import { seededRandom, type Random } from '../util/random';
import type { LabeledText } from './datasets';
import { DEFAULT_FEATURE_OPTIONS, extractTerms, TfidfVectorizer, type FeatureOptions, type VectorizerState } from './features';
import {
  chooseThreshold,
  DEFAULT_LINEAR_OPTIONS,
  fitTemperature,
  LinearModel,
  softmaxInPlace,
  type LinearModelState,
  type LinearTrainOptions,
} from './linearModel';
import { NONE_INTENT, type IntentScore } from './recognizer';

export interface IntentModelOptions {
  features: FeatureOptions;
  linear: LinearTrainOptions;
  seed: number;
  /** Folds for the held-out predictions that fit the temperature and the threshold. */
  calibrationFolds: number;
  /**
   * Examples the calibration may train on across folds: small sets use every fold (their
   * held-out evidence is thin), big ones a single fold (one is plenty and training dominates).
   */
  calibrationBudget: number;
  /** Without out-of-scope examples: share of in-domain held-out texts the threshold may reject. */
  targetFalseRejection: number;
}

export const DEFAULT_INTENT_MODEL_OPTIONS: IntentModelOptions = {
  features: DEFAULT_FEATURE_OPTIONS,
  linear: DEFAULT_LINEAR_OPTIONS,
  seed: 1,
  calibrationFolds: 5,
  calibrationBudget: 10000,
  targetFalseRejection: 0.03,
};

export interface IntentPrediction {
  /** The best intent, or `none` when its score is under the threshold. */
  intent: string;
  /** Calibrated probability of the best intent (also when `intent` is `none`). */
  score: number;
  /** Best intents first, with calibrated probabilities. */
  intents: IntentScore[];
}

/** Examples labelled like this are out-of-scope: they train a hidden reject class and place the threshold. */
const OUT_OF_SCOPE_LABELS = new Set([NONE_INTENT, 'oos']);
const FORMAT_VERSION = 1;

/** Word and character n-gram tf-idf + multinomial logistic regression, calibrated, with rejection. */
export class IntentModel {
  private readonly scratch: Float64Array;

  private constructor(
    readonly hash: string,
    readonly options: IntentModelOptions,
    readonly intents: readonly string[],
    private readonly vectorizer: TfidfVectorizer,
    private readonly linear: LinearModel,
    readonly temperature: number,
    readonly threshold: number,
  ) {
    this.scratch = new Float64Array(linear.classCount);
  }

  /** Key for a model cache: changes with the examples, their order, the options and the format. */
  static contentHash(examples: readonly LabeledText[], options: Partial<IntentModelOptions> = {}): string {
    const payload = JSON.stringify({ FORMAT_VERSION, options: resolveOptions(options), examples: examples.map((e) => [e.text, e.intent]) });
    return createHash('sha256').update(payload).digest('hex');
  }

  /**
   * Trains on labelled examples; those labelled `oos` or `none` are out-of-scope examples. Held-out
   * predictions (stratified folds) fit the temperature and the `none` threshold, then the final
   * model is trained on everything. The same examples, order and options give the same model.
   */
  static train(examples: readonly LabeledText[], partial: Partial<IntentModelOptions> = {}): IntentModel {
    const options = resolveOptions(partial);
    const inDomain = examples.filter((e) => !OUT_OF_SCOPE_LABELS.has(e.intent));
    const outOfScope = examples.filter((e) => OUT_OF_SCOPE_LABELS.has(e.intent));
    const intents = [...new Set(inDomain.map((e) => e.intent))].sort();
    if (intents.length < 2) throw new Error(`An intent model needs examples of at least two intents (got ${intents.length})`);
    // Out-of-scope examples also train one extra class after the intents (the "oos-train" setup of
    // CLINC150): a lexical model rejects far better when it has seen what to reject.
    const classCount = outOfScope.length > 0 ? intents.length + 1 : intents.length;
    const training = [...inDomain, ...outOfScope];
    const labels = Int32Array.from(training, (e, i) => (i < inDomain.length ? intents.indexOf(e.intent) : intents.length));
    const termLists = training.map((e) => extractTerms(e.text, options.features));
    const random = seededRandom(options.seed);

    const heldOut = predictHeldOut(termLists, labels, classCount, options, random);
    const temperature = fitTemperature(heldOut.logits, heldOut.labels);
    const { vectorizer, linear } = fitOn(termLists, labels, classCount, options, random);
    const topScore = (logits: Float64Array): number => Math.max(...softmaxInPlace(Float64Array.from(logits), temperature).subarray(0, intents.length));
    const gibberishScores = syntheticGibberish(inDomain, 200, random)
      .map((text) => topScore(linear.logits(vectorizer.transform(text))))
      .sort((a, b) => a - b);
    const scored = heldOut.logits.map((logits, i) => ({ score: topScore(logits), correct: argmax(logits) === heldOut.labels[i], label: heldOut.labels[i] }));
    const threshold = chooseThreshold({
      inDomain: scored.filter((item) => item.label < intents.length),
      outOfScope: scored.filter((item) => item.label === intents.length).map((item) => item.score),
      targetFalseRejection: options.targetFalseRejection,
      // Above what nearly all random strings get, so keyboard mashing is not taken for an intent.
      floor: gibberishScores[Math.floor(gibberishScores.length * 0.95)],
    });
    return new IntentModel(IntentModel.contentHash(examples, partial), options, intents, vectorizer, linear, temperature, threshold);
  }

  static fromJSON(value: unknown): IntentModel {
    const json = parseIntentModelJson(value, FORMAT_VERSION);
    return new IntentModel(
      json.hash,
      json.options,
      json.intents,
      TfidfVectorizer.fromState(json.vectorizer),
      LinearModel.fromState(json.linear),
      json.temperature,
      json.threshold,
    );
  }

  predict(text: string, topK = 5): IntentPrediction {
    const vector = this.vectorizer.transform(text);
    const probabilities = softmaxInPlace(this.linear.logits(vector, this.scratch), this.temperature);
    const intentProbabilities = probabilities.subarray(0, this.intents.length);
    const intents = topIndices(intentProbabilities, topK).map((k) => ({ intent: this.intents[k], score: probabilities[k] }));
    const best = intents[0];
    const outOfScope = this.linear.classCount > this.intents.length ? probabilities[this.intents.length] : 0;
    const accepted = vector.indices.length > 0 && best.score >= this.threshold && best.score > outOfScope;
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
    linear: { ...DEFAULT_INTENT_MODEL_OPTIONS.linear, ...partial.linear },
  };
}

function fitOn(termLists: readonly string[][], labels: Int32Array, classCount: number, options: IntentModelOptions, random: Random) {
  const vectorizer = TfidfVectorizer.fit(termLists, options.features);
  const vectors = termLists.map((terms) => vectorizer.transformTerms(terms));
  const linear = LinearModel.train(vectors, labels, { featureCount: vectorizer.size, classCount }, options.linear, random);
  return { vectorizer, linear };
}

/** Logits for texts the model was not trained on: stratified folds, so every intent is held out. */
function predictHeldOut(
  termLists: readonly string[][],
  labels: Int32Array,
  classCount: number,
  options: IntentModelOptions,
  random: Random,
) {
  const folds = stratifiedFolds(labels, options.calibrationFolds, random);
  const result = { logits: [] as Float64Array[], labels: [] as number[] };
  const perRound = (labels.length * (options.calibrationFolds - 1)) / options.calibrationFolds;
  const rounds = Math.max(1, Math.min(options.calibrationFolds, Math.floor(options.calibrationBudget / perRound)));
  for (let round = 0; round < rounds; round++) {
    const trainIndices = [...labels.keys()].filter((i) => folds[i] !== round);
    const testIndices = [...labels.keys()].filter((i) => folds[i] === round);
    const model = fitOn(trainIndices.map((i) => termLists[i]), Int32Array.from(trainIndices, (i) => labels[i]), classCount, options, random);
    for (const i of testIndices) {
      result.logits.push(model.linear.logits(model.vectorizer.transformTerms(termLists[i])));
      result.labels.push(labels[i]);
    }
  }
  return result;
}

/** Deals each intent's shuffled examples round-robin into folds. */
function stratifiedFolds(labels: Int32Array, foldCount: number, random: Random): Int32Array {
  const folds = new Int32Array(labels.length);
  const byLabel = new Map<number, number[]>();
  labels.forEach((label, i) => {
    const indices = byLabel.get(label);
    if (indices) indices.push(i);
    else byLabel.set(label, [i]);
  });
  let next = 0;
  for (const indices of byLabel.values()) {
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indices[i], indices[j]] = [indices[j], indices[i]];
    }
    // Continue the deal where the last intent stopped, so small intents do not all land in fold 0.
    for (const index of indices) folds[index] = next++ % foldCount;
  }
  return folds;
}

/** Random "words" drawn from the training texts' own letter frequencies: realistic keyboard noise. */
function syntheticGibberish(examples: readonly LabeledText[], count: number, random: Random): string[] {
  const letters = examples.map((e) => e.text.toLowerCase().replace(/[^a-z]/g, '')).join('');
  if (letters.length === 0) return [];
  const pick = (): string => letters[Math.floor(random() * letters.length)];
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 1 + Math.floor(random() * 4) }, () => Array.from({ length: 2 + Math.floor(random() * 9) }, pick).join(''));
    return words.join(' ');
  });
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
  return best;
}

function topIndices(values: Float64Array, k: number): number[] {
  const taken = new Set<number>();
  for (let n = 0; n < Math.min(k, values.length); n++) {
    let best = -1;
    for (let i = 0; i < values.length; i++) if (!taken.has(i) && (best < 0 || values[i] > values[best])) best = i;
    taken.add(best);
  }
  return [...taken];
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
  const linear = record(options.linear, 'options.linear');
  const vectorizer = record(root.vectorizer, 'vectorizer');
  const weights = record(root.linear, 'linear');
  return {
    format: 'rapport-intent-model',
    version,
    hash: text(root.hash, 'hash'),
    options: {
      features: numbers(features, ['charMin', 'charMax', 'wordWeight', 'minDocFrequency'], 'options.features'),
      linear: numbers(linear, ['epochs', 'learningRate', 'l2'], 'options.linear'),
      ...numbers(options, ['seed', 'calibrationFolds', 'calibrationBudget', 'targetFalseRejection'], 'options'),
    },
    intents: list(root.intents, 'intents').map((item) => text(item, 'intents[]')),
    ...numbers(root, ['temperature', 'threshold'], 'model'),
    vectorizer: {
      options: numbers(record(vectorizer.options, 'vectorizer.options'), ['charMin', 'charMax', 'wordWeight', 'minDocFrequency'], 'vectorizer.options'),
      documentCount: number(vectorizer.documentCount, 'vectorizer.documentCount'),
      terms: list(vectorizer.terms, 'vectorizer.terms').map((item) => text(item, 'vectorizer.terms[]')),
      documentFrequencies: list(vectorizer.documentFrequencies, 'vectorizer.documentFrequencies').map((item) => number(item, 'df')),
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
