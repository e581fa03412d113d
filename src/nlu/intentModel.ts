import { createHash } from 'node:crypto';
import { seededRandom } from '../util/random';
import { argmax, calibrate, calibratedTop, fitOn, syntheticGibberish, UNKNOWN_GROUPS, warmTokenCache } from './calibration';
import type { LabeledText } from './datasets';
import { TfidfVectorizer, type SparseVector, type TokenIds } from './tfidfVectorizer';
import { resolveOptions, type IntentModelOptions } from './intentModelOptions';
import { fitTemperature, LinearModel, softmaxInPlace } from './linearModel';
import { NONE_INTENT, type IntentScore } from './recognizer';
import { chooseThreshold, classThresholds, type ClassHeldOutScore } from './threshold';
import { INTENT_MODEL_FORMAT_VERSION, parseIntentModelJson, type IntentModelJson } from './intentModelFile';

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
    const payload = JSON.stringify({ FORMAT_VERSION: INTENT_MODEL_FORMAT_VERSION, options: resolveOptions(options), examples: examples.map((e) => [e.text, e.intent]) });
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
    const json = parseIntentModelJson(value);
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
      version: INTENT_MODEL_FORMAT_VERSION,
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
