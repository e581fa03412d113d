import { shuffleInPlace, type Random } from '../util/random';
import type { SparseVector } from './tfidfVectorizer';
import { WeightMatrix } from './kernel/weightMatrix';
import { LinearModel } from './linearModel';

export interface SvmTrainOptions {
  /** Cost of a margin violation (LinearSVC's C): higher fits the training texts more tightly. */
  c: number;
  /** Most passes over the data; training stops earlier once no dual variable moves much. */
  epochs: number;
  /** Stop when the largest projected gradient of a pass is below this (liblinear's eps). */
  tolerance: number;
}

export const DEFAULT_SVM_OPTIONS: SvmTrainOptions = { c: 1, epochs: 12, tolerance: 0.1 };

// A pair (example, class) with no dual weight and at least this much margin to spare is left out
// until the next full pass: most of the K-1 wrong classes of an example stop mattering after one epoch.
const { max, min } = Math;
const SHRINK_GRADIENT = 0.1;
const FULL_PASS_EVERY = 6;

/**
 * One-vs-rest linear SVMs with the squared hinge loss, trained by dual coordinate descent
 * (Hsieh et al. 2008, the LinearSVC solver), all classes in one sweep so weights stay
 * feature-major. The bias is a constant feature of value 1, regularized like the rest.
 */
export function trainSquaredHinge(
  vectors: readonly SparseVector[],
  labels: ArrayLike<number>,
  shape: { featureCount: number; classCount: number },
  options: SvmTrainOptions,
  random: Random,
): LinearModel {
  const { featureCount, classCount: K } = shape;
  const n = vectors.length;
  const matrix = new WeightMatrix(featureCount, K);
  const { data: weights, stride } = matrix;
  const bias = new Float32Array(K);
  const alpha = new Float32Array(n * K);
  const shrunk = new Uint8Array(n * K);
  const diagonal = 1 / (2 * options.c);
  const squaredNorms = vectors.map((x) => {
    let sum = 1 + diagonal;
    for (const v of x.values) sum += v * v;
    return sum;
  });
  const scores = new Float64Array(K);
  const active = new Int32Array(K);
  const deltas = new Float64Array(K);
  const changed = new Int32Array(K);
  const order = Int32Array.from({ length: n }, (_, i) => i);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    const fullPass = epoch % FULL_PASS_EVERY === 0 || epoch === options.epochs - 1;
    let largestGradient = 0;
    for (const i of order) {
      const x = vectors[i];
      const label = labels[i];
      const row = i * K;
      let activeCount = 0;
      for (let k = 0; k < K; k++) if (fullPass || shrunk[row + k] === 0) active[activeCount++] = k;
      // The kernels take the example's rows once for scoring and updating; a very long text is scored in JS.
      const loaded = matrix.load(x.indices, x.values, x.indices.length);
      if (activeCount === K) {
        for (let k = 0; k < K; k++) scores[k] = bias[k];
        if (loaded) matrix.sumLoaded(scores);
        else matrix.addRows(x.indices, x.values, x.indices.length, scores);
      } else if (loaded) {
        for (let a = 0; a < activeCount; a++) scores[active[a]] = bias[active[a]];
        matrix.gatherLoaded(active, activeCount, scores);
      } else scoreActive(x, weights, stride, bias, active, activeCount, scores);
      let changedCount = 0;
      for (let a = 0; a < activeCount; a++) {
        const k = active[a];
        const y = k === label ? 1 : -1;
        const old = alpha[row + k];
        const gradient = y * scores[k] - 1 + diagonal * old;
        if (old === 0 && gradient > SHRINK_GRADIENT) {
          shrunk[row + k] = 1;
          continue;
        }
        shrunk[row + k] = 0;
        const projected = old === 0 ? min(gradient, 0) : gradient;
        const size = projected < 0 ? -projected : projected;
        if (size > largestGradient) largestGradient = size;
        if (size < 1e-12) continue;
        const next = max(old - gradient / squaredNorms[i], 0);
        if (next === old) continue;
        alpha[row + k] = next;
        deltas[changedCount] = (next - old) * y;
        changed[changedCount++] = k;
      }
      if (changedCount === 0) continue;
      for (let c = 0; c < changedCount; c++) bias[changed[c]] += deltas[c];
      if (loaded) {
        matrix.scatterLoaded(changed, deltas, changedCount);
        continue;
      }
      for (let p = 0; p < x.indices.length; p++) {
        const value = x.values[p];
        const base = x.indices[p] * stride;
        for (let c = 0; c < changedCount; c++) weights[base + changed[c]] += deltas[c] * value;
      }
    }
    if (fullPass && largestGradient < options.tolerance) break;
  }
  return new LinearModel(matrix, bias);
}

/** Scores of the active classes only (the others are left as they were), `stride` floats per feature row. */
function scoreActive(x: SparseVector, weights: Float32Array, stride: number, bias: Float32Array, active: Int32Array, count: number, out: Float64Array): void {
  for (let a = 0; a < count; a++) out[active[a]] = bias[active[a]];
  for (let p = 0; p < x.indices.length; p++) {
    const value = x.values[p];
    const base = x.indices[p] * stride;
    for (let a = 0; a < count; a++) out[active[a]] += value * weights[base + active[a]];
  }
}
