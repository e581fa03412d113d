import { DEFAULT_FEATURE_OPTIONS, TermHasher } from '../../src/nlu/termHasher';
import { TfidfVectorizer } from '../../src/nlu/tfidfVectorizer';
import { normalizeText, tokenize } from '../../src/nlu/tokenize';

const options = { ...DEFAULT_FEATURE_OPTIONS, minDocFrequency: 1 };

function fitted(texts: string[]): TfidfVectorizer {
  const hasher = new TermHasher(options);
  return TfidfVectorizer.fit(texts.map((text) => hasher.hash(text)), options);
}

const squaredNorm = (values: Float32Array): number => [...values].reduce((sum, v) => sum + v * v, 0);

describe('features', () => {
  it('normalizes case, accents and curly apostrophes', () => {
    expect(normalizeText('Café’s MENU')).toBe("cafe's menu");
    expect(tokenize('  Play   Beyoncé, please! ')).toEqual(['play', 'beyonce', 'please']);
  });

  it('hashes stems (so inflections share a feature), stem bigrams and character n-grams', () => {
    const hasher = new TermHasher(options);
    const cancelling = hasher.hash('cancelling alarms');
    const cancel = hasher.hash('cancel alarm');
    expect(cancelling.words[0]).toBe(cancel.words[0]);
    // Unigram + bigram per word, plus the closing bigram.
    expect(cancelling.words).toHaveLength(5);
    expect(cancelling.chars.length).toBeGreaterThan(20);
  });

  it('gives a known text unit length, and a half-known text a shorter vector rather than a rescaled one', () => {
    const vectorizer = fitted(['play some jazz', 'set an alarm', 'play my playlist']);
    expect(squaredNorm(vectorizer.transform('play some jazz').values)).toBeCloseTo(1, 5);
    expect(squaredNorm(vectorizer.transform('play some reggae').values)).toBeLessThan(0.9);
    expect(vectorizer.transform('xvq kkk').indices.length).toBeLessThan(3);
  });

  it('gives the same vector from pre-hashed terms as from text', () => {
    const vectorizer = fitted(['play some jazz', 'set an alarm']);
    const hasher = new TermHasher(options);
    expect(vectorizer.transformTerms(hasher.hash('set some alarm'))).toEqual(vectorizer.transform('set some alarm'));
  });

  it('never gives a word and a character n-gram the same hash (a seed once cancelled out: "the" vs "whe")', () => {
    const hasher = new TermHasher({ ...options, charMin: 1, charMax: 5 });
    const words = new Set(hasher.hash('the cat sat on a mat while we ate').words);
    const chars = hasher.hash('whe bat ... xhe fhe wat uat').chars;
    expect(chars.filter((hash) => words.has(hash))).toEqual([]);
  });

  it('splits a message for the scorer into word features and tokens whose character vectors sum to the same vector', () => {
    const vectorizer = fitted(['play some jazz', 'set an alarm', 'play my playlist', 'alarm at seven']);
    for (const text of ['play play jazz', 'set an alarm at seven please', 'xyz']) {
      const vector = vectorizer.transform(text);
      const message = vectorizer.analyze(text);
      const fromMessage = new Map<number, number>();
      for (let p = 0; p < message.wordCount; p++) fromMessage.set(message.wordIndices[p], message.wordValues[p]);
      for (let t = 0; t < message.tokenCount; t++) {
        const chars = vectorizer.tokenCharVector(message.tokens[t]);
        chars.indices.forEach((i, j) => fromMessage.set(i, (fromMessage.get(i) ?? 0) + message.charScale * chars.values[j]));
      }
      expect(message.featureCount).toBe(vector.indices.length);
      expect(fromMessage.size).toBe(vector.indices.length);
      vector.indices.forEach((i, p) => expect(fromMessage.get(i)).toBeCloseTo(vector.values[p], 6));
    }
  });

  it('rebuilds an identical vectorizer from its state', () => {
    const vectorizer = fitted(['hello world', 'hello there']);
    const copy = TfidfVectorizer.fromState(JSON.parse(JSON.stringify(vectorizer.toState())));
    expect(copy.transform('hello there')).toEqual(vectorizer.transform('hello there'));
  });
});
