import type { SparseVector } from '../../src/nlu/tfidfVectorizer';
import { trainSquaredHinge, DEFAULT_SVM_OPTIONS } from '../../src/nlu/svmTrainer';
import { seededRandom } from '../../src/util/random';

/** A unit vector over the given features, with equal weights. */
function vector(features: number[]): SparseVector {
  const value = 1 / Math.sqrt(features.length);
  return { indices: Int32Array.from(features), values: Float32Array.from(features, () => value) };
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
  return best;
}

describe('trainSquaredHinge', () => {
  // Class k is marked by features 10k..10k+2, with shared noise features 100..119.
  const shape = { featureCount: 6000, classCount: 5 };
  const example = (label: number, noise: number): SparseVector => vector([10 * label + (noise % 3), 100 + (noise % 20), 100 + ((noise * 7) % 20)]);

  it('separates classes, with or without text too long for the scoring kernel', () => {
    const vectors: SparseVector[] = [];
    const labels: number[] = [];
    for (let label = 0; label < shape.classCount; label++) {
      for (let n = 0; n < 20; n++) {
        vectors.push(example(label, n));
        labels.push(label);
      }
    }
    // A "text" with 3000 features (more than one kernel call takes): trained on the plain JS path.
    vectors.push(vector([40, ...Array.from({ length: 2999 }, (_, i) => 1000 + i)]));
    labels.push(4);
    const model = trainSquaredHinge(vectors, labels, shape, DEFAULT_SVM_OPTIONS, seededRandom(1));
    for (let label = 0; label < shape.classCount; label++) expect(argmax(model.logits(example(label, 99)))).toBe(label);
    expect(argmax(model.logits(vectors[vectors.length - 1]))).toBe(4);
  });

  it('gives the same model for the same data and seed', () => {
    const vectors = [0, 1, 2, 3].flatMap((label) => [0, 1, 2].map((n) => example(label, n)));
    const labels = [0, 1, 2, 3].flatMap((label) => [label, label, label]);
    const first = trainSquaredHinge(vectors, labels, shape, DEFAULT_SVM_OPTIONS, seededRandom(3)).toState();
    const second = trainSquaredHinge(vectors, labels, shape, DEFAULT_SVM_OPTIONS, seededRandom(3)).toState();
    expect(second).toEqual(first);
  });
});
