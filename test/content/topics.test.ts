import { Content } from '../../src/content/content';
import { TOPICS } from '../../src/personalization/catalog';
import { matchTopic, topicNames } from '../../src/content/topics';
import { realContent } from '../helpers/testRapport';

const content = realContent();

describe('topicNames', () => {
  it('is the vocabulary from dialogs/, the same as the catalog\'s topics', () => {
    expect(topicNames(content)).toEqual([...TOPICS]);
  });
});

describe('matchTopic', () => {
  it.each([
    ['cooking', 'cooking'],
    ['Cooking', 'cooking'],
    ['  recipes! ', 'cooking'],
    ['video games', 'gaming'],
    ['sports stuff', 'sports'],
    ['some travel things', 'travel'],
    ['sprots', 'sports'],
    ['cookng', 'cooking'],
    ['tecnology', 'technology'],
    ['moveis', 'movies'],
  ])('"%s" is %s', (typed, topic) => {
    expect(matchTopic(typed, content)).toBe(topic);
  });

  it.each(['knitting', 'good', 'sports and cooking', '', '   ', '__proto__', 'constructor', 'toString', 'x'.repeat(200), 'a cooking recipe for a long weekend with friends'])('"%s" is no topic', (typed) => {
    expect(matchTopic(typed, content)).toBeUndefined();
  });

  it('does not guess between two topics equally close', () => {
    const twoClose: Content = { intents: new Map(), replies: new Map(), lists: new Map([['topics', ['cats', 'bats']]]), facts: new Map() };
    expect(matchTopic('cats', twoClose)).toBe('cats');
    expect(matchTopic('rats', twoClose)).toBeUndefined();
  });
});
