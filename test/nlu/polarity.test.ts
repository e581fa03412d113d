import { contentList } from '../../src/content/content';
import { createPolarityScorer } from '../../src/nlu/polarity';
import { realContent } from '../helpers/testRapport';

describe('createPolarityScorer', () => {
  const bare = createPolarityScorer([]);
  const shipped = createPolarityScorer(contentList(realContent(), 'polarityNeutral'));

  it('sums word valences, so one clear word in a long message still counts', () => {
    expect(bare('today was awful')).toBeLessThan(0);
    expect(bare('I think that this whole week at work has been a disaster for me')).toBeLessThanOrEqual(-2);
    expect(bare('I passed and I am so proud')).toBeGreaterThanOrEqual(2);
  });

  it('turns round the next words after a negation, including "-n\'t" words, and only those', () => {
    expect(bare('not bad')).toBeGreaterThan(0);
    expect(bare("can't complain")).toBeGreaterThan(0);
    expect(bare("I don't feel good")).toBeLessThan(0);
    // "thanks" is past the negation's reach.
    expect(bare('not too bad thanks')).toBeGreaterThan(bare('not too bad'));
  });

  it('skips the content list of hedges and misread words: "pretty lonely" is lonely, "kind of down" is not kind', () => {
    expect(bare("I'm feeling pretty lonely tonight")).toBeGreaterThan(-2);
    expect(shipped("I'm feeling pretty lonely tonight")).toBeLessThanOrEqual(-2);
    expect(shipped("I'm kind of down")).toBeLessThan(bare("I'm kind of down"));
    expect(shipped('pretty good actually')).toBeGreaterThanOrEqual(2);
  });

  it('matches the listed phrases as whole words', () => {
    const scorer = createPolarityScorer(['so']);
    // "sore" is not "so".
    expect(scorer('sore loser')).toBe(bare('sore loser'));
  });
});
