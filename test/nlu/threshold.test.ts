import { chooseThreshold, classThresholds } from '../../src/nlu/threshold';

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

describe('classThresholds', () => {
  // Intent 0's right answers score high, intent 1's low; both are rejected at the global rate (10%).
  const high = Array.from({ length: 200 }, (_, i) => ({ score: 0.8 + i / 1000, correct: true, predicted: 0 }));
  const low = Array.from({ length: 200 }, (_, i) => ({ score: 0.3 + i / 1000, correct: true, predicted: 1 }));
  const items = [...high, ...low];
  const global = [...items].map((item) => item.score).sort((a, b) => a - b)[Math.floor(0.1 * items.length)];

  it('gives each intent its own threshold at the global rejection rate, pulled toward the global one', () => {
    const [forHigh, forLow, forUnseen] = classThresholds(items, global, 3, 0);
    expect(forHigh).toBeGreaterThan(global);
    expect(forLow).toBeLessThan(global);
    // 200 answers against the prior's 50: mostly the intent's own 10% quantile (0.82 and 0.32).
    expect(forHigh).toBeCloseTo((200 * 0.82 + 50 * global) / 250, 3);
    expect(forLow).toBeCloseTo((200 * 0.32 + 50 * global) / 250, 3);
    // An intent without held-out answers keeps the global threshold.
    expect(forUnseen).toBe(global);
  });

  it('never goes below the floor, and ignores wrong answers', () => {
    const withWrong = [...items, { score: 0.01, correct: false, predicted: 1 }];
    const [, forLow] = classThresholds(withWrong, global, 2, 0.5);
    expect(forLow).toBe(0.5);
  });
});
