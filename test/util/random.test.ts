import { seededRandom, shuffleInPlace } from '../../src/util/random';

describe('shuffleInPlace', () => {
  it('permutes an array or a typed array in place, the same way for the same seed', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = shuffleInPlace([...items], seededRandom(5));
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(Array.from(shuffleInPlace(Int32Array.from(items), seededRandom(5)))).toEqual(shuffled);
  });
});
