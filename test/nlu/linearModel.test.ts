import type { MessageFeatures, SparseVector, TokenIds } from '../../src/nlu/tfidfVectorizer';
import { WeightMatrix } from '../../src/nlu/kernel/weightMatrix';
import { LinearModel, fitTemperature, softmaxInPlace } from '../../src/nlu/linearModel';
import { seededRandom } from '../../src/util/random';

const random = seededRandom(11);
const featureCount = 40;
const classCount = 6;

function model(tokenCacheRows: number): LinearModel {
  const weights = Float32Array.from({ length: featureCount * classCount }, () => random() * 2 - 1);
  return new LinearModel(WeightMatrix.fromDense(featureCount, classCount, weights), Float32Array.from([0.1, -0.2, 0, 0.3, 0, 0.05]), tokenCacheRows);
}

function token(chars: number[]): TokenIds {
  return { stemHash: 0, stem: -1, chars: Int32Array.from(chars), unseenChars: 0, charSlot: -1, charGeneration: -1 };
}

const charValue = (i: number): number => 0.1 + i / 100;
const tokenVector = (entry: TokenIds): SparseVector => ({ indices: entry.chars, values: Float32Array.from(entry.chars, charValue) });

function message(words: [number, number][], tokens: TokenIds[], charScale: number): MessageFeatures {
  return {
    wordIndices: Int32Array.from(words, ([i]) => i),
    wordValues: Float64Array.from(words, ([, v]) => v),
    wordCount: words.length,
    tokens,
    tokenCount: tokens.length,
    charScale,
    featureCount: words.length + tokens.length,
  };
}

/** The message as one plain sparse vector: word features, then every token's n-grams times the scale. */
function flatten(m: MessageFeatures): SparseVector {
  const indices = [...m.wordIndices.slice(0, m.wordCount)];
  const values = [...m.wordValues.slice(0, m.wordCount)];
  for (const entry of m.tokens.slice(0, m.tokenCount)) {
    for (const i of entry.chars) {
      indices.push(i);
      values.push(m.charScale * charValue(i));
    }
  }
  return { indices: Int32Array.from(indices), values: Float32Array.from(values) };
}

describe('LinearModel.scoreMessage', () => {
  it('scores like the plain sparse dot product, also when the token cache starts over mid-message', () => {
    // Room for 3 cached tokens: new tokens keep filling the cache and starting it over, also in the
    // middle of a message; a message of more tokens than that is scored without the cache.
    const linear = model(3);
    const tokens = [token([20, 21, 22]), token([23, 24]), token([25, 21, 30]), token([31, 32]), token([33])];
    const messages = [
      message([[1, 0.4], [5, 0.2]], tokens.slice(0, 1), 0.5),
      message([[2, 0.3]], tokens.slice(0, 3), 0.7),
      message([[3, 0.1]], [tokens[2], tokens[3]], 0.6),
      message([], [tokens[0], tokens[1], tokens[4]], 0.8),
      message([[4, 0.2]], tokens, 0.4),
      message([[0, 1]], [], 0),
    ];
    for (const m of [...messages, ...messages]) {
      const fast = linear.scoreMessage(m, tokenVector, new Float64Array(classCount));
      const plain = linear.logits(flatten(m));
      for (let k = 0; k < classCount; k++) expect(fast[k]).toBeCloseTo(plain[k], 5);
    }
  });

  it('keeps cached token scores across messages while there is room', () => {
    const linear = model(100);
    const entry = token([7, 8]);
    linear.scoreMessage(message([], [entry], 1), tokenVector, new Float64Array(classCount));
    const slot = entry.charSlot;
    linear.scoreMessage(message([[0, 1]], [entry], 0.5), tokenVector, new Float64Array(classCount));
    expect(entry.charSlot).toBe(slot);
    expect(slot).toBeGreaterThanOrEqual(0);
  });
});

describe('fitTemperature', () => {
  it('sharpens logits that are right but timid and softens ones that are confidently wrong', () => {
    const timid = Array.from({ length: 50 }, () => Float64Array.from([0.2, 0, -0.1]));
    expect(fitTemperature(timid, new Array(50).fill(0))).toBeLessThan(0.1);
    const overconfident = Array.from({ length: 50 }, (_, i) => Float64Array.from([5, 0, 0]).map((v, k) => (i % 2 === 0 ? v : k === 1 ? 5 : 0)));
    const labels = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 0 : 1)).map((label, i) => (i % 4 < 2 ? label : 2));
    expect(fitTemperature(overconfident, labels)).toBeGreaterThan(1);
  });

  it('turns logits into probabilities that sum to 1', () => {
    const probabilities = softmaxInPlace(Float64Array.from([1000, 999, -5]), 1);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(probabilities[0]).toBeGreaterThan(probabilities[1]);
  });
});
