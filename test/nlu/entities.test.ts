import type { Content } from '../../src/content/content';
import { createEntityExtractor } from '../../src/nlu/entities';

const content: Content = {
  intents: new Map(),
  replies: new Map(),
  lists: new Map([
    ['topic.cooking', ['cooking', 'recipes', 'baking']],
    ['topic.gaming', ['gaming', 'video games']],
    ['pets', ['dog', 'cat']],
    ['topic.books', ['book']],
    ['topic.travel', ['trips']],
  ]),
  facts: new Map(),
};
const extract = createEntityExtractor(content, { now: () => new Date('2026-03-02T10:00:00Z') });

describe('entities', () => {
  it('finds numbers, and dates and times relative to the injected clock', () => {
    const entities = extract('remind me tomorrow at 7pm to buy twenty three eggs');
    expect(entities).toEqual(
      expect.arrayContaining([
        { type: 'datetime', value: '2026-03-03 19:00:00', text: 'tomorrow at 7pm' },
        { type: 'number', value: '23', text: 'twenty three' },
      ]),
    );
    // The 7 belongs to the time, not to a number of its own.
    expect(entities.filter((e) => e.type === 'number')).toHaveLength(1);
  });

  it('finds list entities from dialogs by their canonical value, tolerating typos', () => {
    expect(extract('I love recipies and Video Games')).toEqual([
      { type: 'topic', value: 'gaming', text: 'Video Games' },
      { type: 'topic', value: 'cooking', text: 'recipies' },
    ]);
    expect(extract('something about bakeing')).toEqual([{ type: 'topic', value: 'cooking', text: 'bakeing' }]);
  });

  it('does not stretch typo tolerance to other words, nor read lists without a type as entities', () => {
    expect(extract('my dog likes cookies')).toEqual([]);
    expect(extract('what a game')).toEqual([]);
    // Four letters: no edit allowed, so "look" is not "book".
    expect(extract('look here')).toEqual([]);
  });

  it('takes an English word as itself, not as a typo of another ("tips" is not "trips")', () => {
    expect(extract('any tips?')).toEqual([]);
    expect(extract('any trisp planned?')).toEqual([{ type: 'topic', value: 'travel', text: 'trisp' }]);
  });
});
