import { TOKEN_IDS_LIMIT, type MessageFeatures, type SparseVector, type TokenIds } from './tfidfVectorizer';
import { WeightMatrix } from './kernel/weightMatrix';

// Bound once: inside jest's vm sandbox every `Math.` lookup in a hot loop goes through the
// sandbox's global object, which made training five times slower there.
const { exp } = Math;

/** Weights as base64 so a cached model stays a fraction of the size of a JSON number array. */
export interface LinearModelState {
  featureCount: number;
  classCount: number;
  weights: string;
  bias: string;
}

/**
 * Linear class scores over sparse vectors: a bias per class plus a feature-major weight matrix
 * (all classes of one feature side by side), so scoring a message adds one contiguous row per
 * feature, four classes per SIMD instruction (see WeightMatrix).
 */
export class LinearModel {
  readonly featureCount: number;
  readonly classCount: number;
  private slots = new Int32Array(64);

  /** `tokenCacheRows`: how many words' n-gram scores are kept next to the weights before the cache starts over. */
  constructor(
    readonly weights: WeightMatrix,
    private readonly bias: Float32Array,
    private readonly tokenCacheRows = TOKEN_IDS_LIMIT,
  ) {
    this.featureCount = weights.featureCount;
    this.classCount = weights.classCount;
  }

  static fromState(state: LinearModelState): LinearModel {
    const weights = decodeFloats(state.weights);
    const bias = decodeFloats(state.bias);
    if (weights.length !== state.featureCount * state.classCount || bias.length !== state.classCount) {
      throw new Error(`Linear model state is corrupt: expected ${state.featureCount}x${state.classCount} weights`);
    }
    return new LinearModel(WeightMatrix.fromDense(state.featureCount, state.classCount, weights), bias);
  }

  /** Raw class scores; pass `out` to avoid an allocation per message. */
  logits(x: SparseVector, out: Float64Array = new Float64Array(this.classCount)): Float64Array {
    for (let k = 0; k < this.classCount; k++) out[k] = this.bias[k];
    this.weights.addRows(x.indices, x.values, x.indices.length, out);
    return out;
  }

  /**
   * The same scores as `logits` of the message's vector, from `TfidfVectorizer.analyze`: each token's
   * character n-grams are turned into class scores once (then cached on the token), so a message
   * costs a pass over its word features and one row per token instead of one per n-gram.
   */
  scoreMessage(message: MessageFeatures, tokenVector: (entry: TokenIds) => SparseVector, out: Float64Array): Float64Array {
    const { classCount, bias, weights } = this;
    for (let k = 0; k < classCount; k++) out[k] = bias[k];
    let slotCount = 0;
    if (message.charScale !== 0 && message.tokenCount > this.tokenCacheRows) {
      // More words than the cache holds: score their n-grams directly.
      weights.addRows(message.wordIndices, message.wordValues, message.wordCount, out);
      for (let t = 0; t < message.tokenCount; t++) {
        const vector = tokenVector(message.tokens[t]);
        weights.addRows(vector.indices, vector.values, vector.indices.length, out, message.charScale);
      }
      return out;
    }
    if (message.charScale !== 0) {
      // Caching a new token's row can drop the whole cache (new generation): then every token of
      // the message is looked at again. The second pass cannot start the cache over again: the
      // message's tokens all fit in it.
      if (this.slots.length < message.tokenCount) this.slots = new Int32Array(message.tokenCount * 2);
      for (let pass = 0; pass < 2; pass++) {
        const generation = weights.generation;
        slotCount = 0;
        for (let t = 0; t < message.tokenCount; t++) {
          this.slots[slotCount++] = this.cachedSlot(message.tokens[t], tokenVector);
        }
        if (weights.generation === generation) break;
      }
    }
    weights.addRowsAndCached(message.wordIndices, message.wordValues, message.wordCount, this.slots, slotCount, message.charScale, out);
    return out;
  }

  /** The slot of a token's cached n-gram scores, computed now when missing or stale. */
  cachedSlot(entry: TokenIds, tokenVector: (entry: TokenIds) => SparseVector): number {
    if (entry.charSlot >= 0 && entry.charGeneration === this.weights.generation) return entry.charSlot;
    const vector = tokenVector(entry);
    entry.charSlot = this.weights.cacheRow(vector.indices, vector.values, vector.indices.length, this.tokenCacheRows);
    entry.charGeneration = this.weights.generation;
    return entry.charSlot;
  }

  toState(): LinearModelState {
    return { featureCount: this.featureCount, classCount: this.classCount, weights: encodeFloats(this.weights.toDense()), bias: encodeFloats(this.bias) };
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
  // Mean negative log-likelihood, each term capped as if the probability were at least 1e-12.
  const cap = -Math.log(1e-12);
  const loss = (logTemperature: number): number => {
    const inverse = 1 / Math.exp(logTemperature);
    let total = 0;
    for (let i = 0; i < heldOutLogits.length; i++) {
      const logits = heldOutLogits[i];
      let max = -Infinity;
      for (const v of logits) if (v > max) max = v;
      let sum = 0;
      for (const v of logits) sum += exp((v - max) * inverse);
      total += Math.min(Math.log(sum) - (logits[labels[i]] - max) * inverse, cap);
    }
    return total;
  };
  // Golden-section search on log T in [0.02, 50]; the loss is unimodal in T. SVM margins live
  // around [-1, 1], so their temperature is well below 1. Each step reuses one of the two inner
  // points, so it costs one evaluation of the loss.
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = Math.log(0.02);
  let high = Math.log(50);
  let a = high - ratio * (high - low);
  let b = low + ratio * (high - low);
  let lossA = loss(a);
  let lossB = loss(b);
  for (let step = 0; step < 40; step++) {
    if (lossA < lossB) {
      high = b;
      b = a;
      lossB = lossA;
      a = high - ratio * (high - low);
      lossA = loss(a);
    } else {
      low = a;
      a = b;
      lossA = lossB;
      b = low + ratio * (high - low);
      lossB = loss(b);
    }
  }
  return Math.exp((low + high) / 2);
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
