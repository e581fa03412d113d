import { contentList } from '../../src/content/content';
import { createPolarityScorer } from '../../src/nlu/polarity';
import { realContent } from '../helpers/testRapport';

describe('createPolarityScorer', () => {
  const bare = createPolarityScorer([]);
  const shipped = createPolarityScorer(contentList(realContent(), 'polarityNeutral'));

  it('takes the words content adds (how things went), wishes turned round, and no praise from an opening "well"', () => {
    const content = realContent();
    const extra = createPolarityScorer(contentList(content, 'polarityNeutral'), { good: contentList(content, 'polarityGood'), bad: contentList(content, 'polarityBad'), counterfactual: contentList(content, 'polarityCounterfactual'), openers: contentList(content, 'polarityOpeners') });
    expect(bare('my exam went really well')).toBe(0);
    expect(extra('my exam went really well')).toBeGreaterThan(0);
    expect(extra('I bombed it')).toBeLessThan(0);
    expect(extra('it could have gone better')).toBeLessThan(0);
    expect(extra("could've been worse")).toBeGreaterThan(0);
    expect(extra('well I am sad')).toBeLessThan(0);
    expect(extra('it did not go well')).toBeLessThan(0);
  });

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
