import { meanPairwiseSimilarity, similarPairs, textSimilarity } from '../../src/nlu/exampleSimilarity';

describe('example similarity', () => {
  it('scores the same words alike whatever the case and punctuation, and other words apart', () => {
    expect(textSimilarity('What time is it?', 'what time is it')).toBe(1);
    expect(textSimilarity('what time is it', 'what time is it now')).toBeGreaterThan(0.7);
    expect(textSimilarity('what time is it', 'recommend a book')).toBeLessThan(0.1);
  });

  it('finds the pairs at or above a threshold that the comparison allows, most alike first', () => {
    const items = [
      { intent: 'a', text: 'turn on the lights' },
      { intent: 'b', text: 'turn on the lights now' },
      { intent: 'a', text: 'turn on the light' },
      { intent: 'b', text: 'tell me a joke' },
    ];
    const pairs = similarPairs(items, (i) => i.text, 0.6, (x, y) => x.intent !== y.intent);
    expect(pairs.map((p) => [p.a.text, p.b.text])).toEqual([
      ['turn on the lights', 'turn on the lights now'],
      ['turn on the lights now', 'turn on the light'],
    ]);
  });

  it('measures how little a set of examples varies', () => {
    expect(meanPairwiseSimilarity(['hello'])).toBe(0);
    expect(meanPairwiseSimilarity(['turn on the lights', 'turn on the light', 'turn on lights'])).toBeGreaterThan(meanPairwiseSimilarity(['hello', 'good morning', 'hey there']));
  });
});
