import { chooseThreshold } from '../../src/nlu/threshold';

const right = (score: number) => ({ score, correct: true });

describe('chooseThreshold', () => {
  it('without out-of-scope evidence, rejects at most the allowed share of right answers', () => {
    const inDomain = Array.from({ length: 100 }, (_, i) => right((i + 1) / 100));
    expect(chooseThreshold({ inDomain, outOfScope: [], maxFalseRejection: 0.05, floor: 0 })).toBe(0.06);
  });

  it('rejecting wrong answers is free, and the threshold never goes under the floor', () => {
    const inDomain = [{ score: 0.1, correct: false }, { score: 0.2, correct: false }, right(0.8), right(0.9)];
    expect(chooseThreshold({ inDomain, outOfScope: [0.1, 0.3], maxFalseRejection: 0, floor: 0 })).toBeGreaterThan(0.3);
    expect(chooseThreshold({ inDomain: [right(0.2)], outOfScope: [], maxFalseRejection: 0, floor: 0.5 })).toBe(0.5);
  });

  it('stays low when out-of-scope texts score no lower than in-domain ones', () => {
    const inDomain = [right(0.5), right(0.6), right(0.7)];
    expect(chooseThreshold({ inDomain, outOfScope: [0.9, 0.95], maxFalseRejection: 0.5, floor: 0 })).toBeLessThanOrEqual(0.5);
  });
});
