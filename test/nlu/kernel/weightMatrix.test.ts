import { readFileSync } from 'node:fs';
import { WeightMatrix } from '../../../src/nlu/kernel/weightMatrix';
import { seededRandom } from '../../../src/util/random';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../../../scripts/buildWasm.js') as { assemble(text: string): Promise<Buffer>; render(bytes: Buffer): string; source: string; target: string };

const random = seededRandom(7);

/** A matrix with random weights, and the same weights as a plain array (featureCount × classCount). */
function randomMatrix(featureCount: number, classCount: number): { matrix: WeightMatrix; dense: Float32Array } {
  const dense = Float32Array.from({ length: featureCount * classCount }, () => random() * 2 - 1);
  return { matrix: WeightMatrix.fromDense(featureCount, classCount, dense), dense };
}

function randomRows(featureCount: number, count: number): { indices: Int32Array; values: Float32Array } {
  return {
    indices: Int32Array.from({ length: count }, () => Math.floor(random() * featureCount)),
    values: Float32Array.from({ length: count }, () => random()),
  };
}

describe('scoring kernel source', () => {
  it('scoringWasm.ts is what scoring.wat assembles to (run `npm run wasm:build` after editing the .wat)', async () => {
    const bytes = await build.assemble(readFileSync(build.source, 'utf8'));
    expect(readFileSync(build.target, 'utf8')).toBe(build.render(bytes));
  });
});

describe('WeightMatrix', () => {
  // 7 classes: rows are padded to 8, so the padding must never leak into a score.
  it.each([7, 8, 77])('adds weighted rows like the plain loop (%i classes)', (classCount) => {
    const featureCount = 300;
    const { matrix, dense } = randomMatrix(featureCount, classCount);
    // More rows than one kernel call takes, so chunking is exercised too.
    const { indices, values } = randomRows(featureCount, 2500);
    const expected = new Float64Array(classCount).fill(0.5);
    for (let p = 0; p < indices.length; p++) for (let k = 0; k < classCount; k++) expected[k] += 2 * values[p] * dense[indices[p] * classCount + k];
    const actual = new Float64Array(classCount).fill(0.5);
    matrix.addRows(indices, values, indices.length, actual, 2);
    for (let k = 0; k < classCount; k++) expect(actual[k]).toBeCloseTo(expected[k], 2);
  });

  it('scores, reads and updates only the classes asked for from the loaded rows', () => {
    const featureCount = 50;
    const classCount = 13;
    const { matrix, dense } = randomMatrix(featureCount, classCount);
    const { indices, values } = randomRows(featureCount, 20);
    expect(matrix.load(indices, values, indices.length)).toBe(true);

    const all = new Float64Array(classCount);
    matrix.sumLoaded(all);
    const some = new Float64Array(classCount).fill(-9);
    const classes = Int32Array.from([12, 0, 5]);
    matrix.gatherLoaded(classes, classes.length, some);
    for (const k of classes) expect(some[k]).toBeCloseTo(all[k] - 9, 4);
    expect(some[1]).toBe(-9);

    matrix.scatterLoaded(classes, Float64Array.from([0.5, -1, 2]), classes.length);
    const after = matrix.toDense();
    const delta = new Map([[12, 0.5], [0, -1], [5, 2]]);
    for (let f = 0; f < featureCount; f++) {
      for (let k = 0; k < classCount; k++) {
        let expected = dense[f * classCount + k];
        for (let p = 0; p < indices.length; p++) if (indices[p] === f) expected += (delta.get(k) ?? 0) * values[p];
        expect(after[f * classCount + k]).toBeCloseTo(expected, 4);
      }
    }
  });

  it('refuses to load more rows than one kernel call takes, so the caller falls back', () => {
    const { matrix } = randomMatrix(10, 3);
    const { indices, values } = randomRows(10, 5000);
    expect(matrix.load(indices, values, indices.length)).toBe(false);
  });

  it('keeps derived rows next to the weights, starting over with a new generation when full', () => {
    const { matrix, dense } = randomMatrix(20, 5);
    const sum = (indices: number[], values: number[]): number[] =>
      Array.from({ length: 5 }, (_, k) => indices.reduce((total, f, p) => total + values[p] * dense[f * 5 + k], 0));
    const first = matrix.cacheRow([1, 2], [0.5, 1], 2, 2);
    const second = matrix.cacheRow([3], [2], 1, 2);
    expect([first, second, matrix.generation]).toEqual([0, 1, 0]);
    Array.from(matrix.cachedRow(second)).forEach((value, k) => expect(value).toBeCloseTo(sum([3], [2])[k], 5));
    // The weights are still there after the memory grew for the cache.
    expect(matrix.toDense()).toEqual(dense);

    const third = matrix.cacheRow([4], [1], 1, 2);
    expect([third, matrix.generation]).toEqual([0, 1]);
    const out = new Float64Array(5);
    matrix.addRowsAndCached([0], [1], 1, [third, third], 2, 0.5, out);
    out.forEach((value, k) => expect(value).toBeCloseTo(dense[k] + sum([4], [1])[k], 5));
  });

  it('round-trips its weights without padding', () => {
    const { matrix, dense } = randomMatrix(40, 5);
    expect(matrix.stride).toBe(8);
    expect(matrix.toDense()).toEqual(dense);
  });
});
