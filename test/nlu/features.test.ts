import { DEFAULT_FEATURE_OPTIONS, extractTerms, normalizeText, TfidfVectorizer, tokenize } from '../../src/nlu/features';

describe('features', () => {
  it('normalizes case, accents and curly apostrophes', () => {
    expect(normalizeText('Café’s MENU')).toBe("cafe's menu");
    expect(tokenize('  Play   Beyoncé, please! ')).toEqual(['play', 'beyonce', 'please']);
  });

  it('extracts stems, stem bigrams with sentence edges, and character n-grams inside words', () => {
    const terms = extractTerms('Cancelling alarms', { ...DEFAULT_FEATURE_OPTIONS, charMin: 2, charMax: 3 });
    expect(terms).toEqual(expect.arrayContaining(['w cancel', 'w alarm', 'w <s> cancel', 'w cancel alarm', 'w alarm </s>', 'c a', 'c al', 'cms ']));
    expect(terms.some((term) => term.startsWith('c') && term.slice(1).trim().includes(' '))).toBe(false);
  });

  it('gives each block unit length, counting unknown terms toward it but not into the vector', () => {
    const options = { ...DEFAULT_FEATURE_OPTIONS, wordWeight: 1 };
    const texts = ['play some jazz', 'set an alarm', 'play my playlist'];
    const vectorizer = TfidfVectorizer.fit(texts.map((text) => extractTerms(text, options)), options);
    const squaredNorm = (text: string): number => [...vectorizer.transform(text).values].reduce((sum, v) => sum + v * v, 0);
    expect(squaredNorm('play some jazz')).toBeCloseTo(2, 5);
    // Half-known text: weaker evidence, so a shorter vector, not a rescaled one.
    expect(squaredNorm('play some reggae')).toBeLessThan(1.5);
    expect(vectorizer.transform('xvq kkk').indices).toHaveLength(0);
  });

  it('rebuilds an identical vectorizer from its state', () => {
    const vectorizer = TfidfVectorizer.fit([extractTerms('hello world', DEFAULT_FEATURE_OPTIONS)], DEFAULT_FEATURE_OPTIONS);
    const copy = TfidfVectorizer.fromState(JSON.parse(JSON.stringify(vectorizer.toState())));
    expect(copy.transform('hello there')).toEqual(vectorizer.transform('hello there'));
  });
});
