import type { Random } from '../util/random';
import type { MessageFeatures, SparseVector, TokenIds } from './features';

export interface LinearTrainOptions {
  epochs: number;
  /** Adagrad base step; per-weight steps then shrink with that weight's accumulated gradient. */
  learningRate: number;
  /** L2 penalty, applied only to the weights an example updates (lazy, keeps a step cheap). */
  l2: number;
}

export const DEFAULT_LINEAR_OPTIONS: LinearTrainOptions = { epochs: 12, learningRate: 0.5, l2: 0 };

// Bound once: inside jest's vm sandbox every `Math.` lookup in a hot loop goes through the
// sandbox's global object, which made training five times slower there.
const { exp, sqrt } = Math;

/** Classes whose gradient is smaller than this in an example are not updated by it. */
const SKIP_GRADIENT = 1e-3;

/** Weights as base64 so a cached model stays a fraction of the size of a JSON number array. */
export interface LinearModelState {
  featureCount: number;
  classCount: number;
  weights: string;
  bias: string;
}

/**
 * Multinomial logistic regression over sparse vectors. Weights are stored feature-major
 * (all classes of one feature side by side) so scoring a message reads contiguous memory.
 */
export class LinearModel {
  constructor(
    readonly featureCount: number,
    readonly classCount: number,
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
  ) {}

  static train(
    vectors: readonly SparseVector[],
    labels: ArrayLike<number>,
    shape: { featureCount: number; classCount: number },
    options: LinearTrainOptions,
    random: Random,
  ): LinearModel {
    const { featureCount, classCount } = shape;
    const weights = new Float32Array(featureCount * classCount);
    const squares = new Float32Array(featureCount * classCount);
    const bias = new Float32Array(classCount);
    const biasSquares = new Float32Array(classCount);
    const model = new LinearModel(featureCount, classCount, weights, bias);
    const gradient = new Float64Array(classCount);
    const active = new Int32Array(classCount);
    const order = Int32Array.from({ length: vectors.length }, (_, i) => i);
    const { learningRate, l2 } = options;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      shuffle(order, random);
      for (const example of order) {
        const x = vectors[example];
        model.logits(x, gradient);
        softmaxInPlace(gradient, 1);
        gradient[labels[example]] -= 1;
        // Once the model fits, most classes get a near-zero gradient: skipping them makes
        // later epochs several times cheaper at no measurable cost in accuracy.
        let activeCount = 0;
        for (let k = 0; k < classCount; k++) {
          const g = gradient[k];
          if (g > SKIP_GRADIENT || g < -SKIP_GRADIENT) active[activeCount++] = k;
        }
        for (let a = 0; a < activeCount; a++) {
          const k = active[a];
          const g = gradient[k];
          biasSquares[k] += g * g;
          bias[k] -= (learningRate * g) / (sqrt(biasSquares[k]) + 1e-8);
        }
        for (let p = 0; p < x.indices.length; p++) {
          const value = x.values[p];
          const base = x.indices[p] * classCount;
          for (let a = 0; a < activeCount; a++) {
            const at = base + active[a];
            const w = weights[at];
            const g = gradient[active[a]] * value + l2 * w;
            const accumulated = squares[at] + g * g;
            squares[at] = accumulated;
            weights[at] = w - (learningRate * g) / (sqrt(accumulated) + 1e-8);
          }
        }
      }
    }
    return model;
  }

  static fromState(state: LinearModelState): LinearModel {
    const weights = decodeFloats(state.weights);
    const bias = decodeFloats(state.bias);
    if (weights.length !== state.featureCount * state.classCount || bias.length !== state.classCount) {
      throw new Error(`Linear model state is corrupt: expected ${state.featureCount}x${state.classCount} weights`);
    }
    return new LinearModel(state.featureCount, state.classCount, weights, bias);
  }

  /** Raw class scores; pass `out` to avoid an allocation per message. */
  logits(x: SparseVector, out: Float64Array = new Float64Array(this.classCount)): Float64Array {
    const { classCount, weights } = this;
    for (let k = 0; k < classCount; k++) out[k] = this.bias[k];
    for (let p = 0; p < x.indices.length; p++) {
      const value = x.values[p];
      const base = x.indices[p] * classCount;
      for (let k = 0; k < classCount; k++) out[k] += value * weights[base + k];
    }
    return out;
  }

  /**
   * The same scores as `logits` of the message's vector, from `TfidfVectorizer.analyze`: each token's
   * character n-grams are turned into class scores once (then cached on the token), so a message
   * costs a pass over its word features and one row per token instead of one per n-gram.
   */
  scoreMessage(message: MessageFeatures, tokenVector: (entry: TokenIds) => SparseVector, out: Float64Array): Float64Array {
    const { classCount, weights, bias } = this;
    for (let k = 0; k < classCount; k++) out[k] = bias[k];
    const { wordIndices, wordValues } = message;
    for (let p = 0; p < message.wordCount; p++) {
      const value = wordValues[p];
      const base = wordIndices[p] * classCount;
      for (let k = 0; k < classCount; k++) out[k] += value * weights[base + k];
    }
    const scale = message.charScale;
    if (scale === 0) return out;
    for (let t = 0; t < message.tokenCount; t++) {
      const entry = message.tokens[t];
      let scores = entry.charScores;
      if (scores === null || scores.length !== classCount) {
        scores = this.project(tokenVector(entry));
        entry.charScores = scores;
      }
      for (let k = 0; k < classCount; k++) out[k] += scale * scores[k];
    }
    return out;
  }

  /** Σ value × weights of a sparse vector, without the bias. */
  project(x: SparseVector): Float32Array {
    const { classCount, weights } = this;
    const out = new Float64Array(classCount);
    for (let p = 0; p < x.indices.length; p++) {
      const value = x.values[p];
      const base = x.indices[p] * classCount;
      for (let k = 0; k < classCount; k++) out[k] += value * weights[base + k];
    }
    return Float32Array.from(out);
  }

  toState(): LinearModelState {
    return { featureCount: this.featureCount, classCount: this.classCount, weights: encodeFloats(this.weights), bias: encodeFloats(this.bias) };
  }
}

/** Turns logits into probabilities in place; the max is subtracted first so exp cannot overflow. */
export function softmaxInPlace(values: Float64Array, temperature: number): Float64Array {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < values.length; k++) {
    values[k] = exp((values[k] - max) / temperature);
    sum += values[k];
  }
  for (let k = 0; k < values.length; k++) values[k] /= sum;
  return values;
}

/**
 * Temperature scaling (Guo et al. 2017): the one scalar that minimizes held-out log loss.
 * It rescales confidence without changing which intent wins.
 */
export function fitTemperature(heldOutLogits: readonly Float64Array[], labels: ArrayLike<number>): number {
  const loss = (logTemperature: number): number => {
    const temperature = Math.exp(logTemperature);
    let total = 0;
    heldOutLogits.forEach((logits, i) => {
      const probabilities = softmaxInPlace(Float64Array.from(logits), temperature);
      total -= Math.log(Math.max(probabilities[labels[i]], 1e-12));
    });
    return total;
  };
  // Golden-section search on log T in [0.02, 50]; the loss is unimodal in T. SVM margins live
  // around [-1, 1], so their temperature is well below 1.
  let low = Math.log(0.02);
  let high = Math.log(50);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let step = 0; step < 40; step++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (loss(a) < loss(b)) high = b;
    else low = a;
  }
  return Math.exp((low + high) / 2);
}

function shuffle(order: Int32Array, random: Random): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
}

function encodeFloats(values: Float32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function decodeFloats(encoded: string): Float32Array {
  const bytes = Buffer.from(encoded, 'base64');
  // Copy: a Buffer's offset into its pool need not be 4-byte aligned.
  const values = new Float32Array(bytes.length / 4);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}
