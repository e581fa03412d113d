// Subpaths, not the package root: the root loads database clients and costs about 1 s at start-up.
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { AggressiveTokenizer } from 'natural/lib/natural/tokenizers';

/** A sparse feature vector: parallel arrays of feature indices and values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface FeatureOptions {
  /** Shortest and longest character n-gram, taken inside each word padded with spaces. */
  charMin: number;
  charMax: number;
  /** Relative weight of the word block (stems, bigrams) against the character block. */
  wordWeight: number;
  /** Features seen in fewer training texts than this are dropped (keeps models small). */
  minDocFrequency: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { charMin: 2, charMax: 5, wordWeight: 1, minDocFrequency: 1 };

const tokenizer = new AggressiveTokenizer();
// Bound once: inside jest's vm sandbox a `Math.` lookup per term is measurably slow.
const { log, sqrt } = Math;

/** Lower-cases, folds accents (the tokenizer only keeps ASCII letters) and unifies apostrophes. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase();
}

export function tokenize(text: string): string[] {
  return tokenizer.tokenize(normalizeText(text)).filter((token) => token.length > 0);
}

/**
 * The named features of one text. Word features and character features live in separate
 * blocks ("w" and "c" prefixes) so each block can be normalized on its own: a long word
 * then cannot drown the word evidence in character n-grams.
 */
export function extractTerms(text: string, options: FeatureOptions): string[] {
  const words = tokenize(text);
  const stems = words.map((word) => PorterStemmer.stem(word));
  const terms: string[] = [];
  for (const stem of stems) terms.push(`w ${stem}`);
  // Sentence-edge markers let "cancel ..." differ from "... cancel".
  const bounded = ['<s>', ...stems, '</s>'];
  for (let i = 0; i + 1 < bounded.length; i++) terms.push(`w ${bounded[i]} ${bounded[i + 1]}`);
  for (const word of words) {
    const padded = ` ${word} `;
    for (let n = options.charMin; n <= options.charMax; n++) {
      for (let start = 0; start + n <= padded.length; start++) terms.push(`c${padded.slice(start, start + n)}`);
    }
  }
  return terms;
}

/** Counts each term once per text, so the caller can apply sublinear tf. */
export function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** What a fitted vectorizer needs to be rebuilt; document frequencies keep the idf exact. */
export interface VectorizerState {
  options: FeatureOptions;
  documentCount: number;
  terms: string[];
  documentFrequencies: number[];
}

/** Vocabulary + smoothed idf + sublinear tf, each block L2-normalized. */
export class TfidfVectorizer {
  private readonly index = new Map<string, number>();
  private readonly idf: Float32Array;
  private readonly unseenIdf: number;

  private constructor(private readonly state: VectorizerState) {
    this.idf = new Float32Array(state.terms.length);
    this.unseenIdf = Math.log(1 + state.documentCount) + 1;
    state.terms.forEach((term, i) => {
      this.index.set(term, i);
      this.idf[i] = Math.log((1 + state.documentCount) / (1 + state.documentFrequencies[i])) + 1;
    });
  }

  static fit(termLists: readonly (readonly string[])[], options: FeatureOptions): TfidfVectorizer {
    const frequencies = new Map<string, number>();
    for (const terms of termLists) {
      for (const term of new Set(terms)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    }
    // Sorted so the feature order (and so training) does not depend on the order texts came in.
    const kept = [...frequencies].filter(([, df]) => df >= options.minDocFrequency).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return new TfidfVectorizer({
      options,
      documentCount: termLists.length,
      terms: kept.map(([term]) => term),
      documentFrequencies: kept.map(([, df]) => df),
    });
  }

  static fromState(state: VectorizerState): TfidfVectorizer {
    return new TfidfVectorizer(state);
  }

  get size(): number {
    return this.idf.length;
  }

  get options(): FeatureOptions {
    return this.state.options;
  }

  toState(): VectorizerState {
    return this.state;
  }

  transform(text: string): SparseVector {
    return this.transformTerms(extractTerms(text, this.state.options));
  }

  transformTerms(terms: readonly string[]): SparseVector {
    const indices: number[] = [];
    const values: number[] = [];
    let wordNorm = 0;
    let charNorm = 0;
    for (const [term, count] of countTerms(terms)) {
      const i = this.index.get(term);
      // Unknown terms have no weight but still count toward the length, as terms never seen
      // in training: a text that matches three n-grams out of forty is weak evidence, and
      // normalizing only what matched would blow it up to full strength.
      const value = (1 + log(count)) * (i === undefined ? this.unseenIdf : this.idf[i]);
      if (term.charCodeAt(0) === 119 /* w */) wordNorm += value * value;
      else charNorm += value * value;
      if (i === undefined) continue;
      indices.push(i);
      values.push(value);
    }
    const wordScale = wordNorm > 0 ? this.state.options.wordWeight / sqrt(wordNorm) : 0;
    const charScale = charNorm > 0 ? 1 / sqrt(charNorm) : 0;
    const vector: SparseVector = { indices: Int32Array.from(indices), values: new Float32Array(values.length) };
    for (let k = 0; k < values.length; k++) {
      const isWord = this.state.terms[indices[k]].charCodeAt(0) === 119;
      vector.values[k] = values[k] * (isWord ? wordScale : charScale);
    }
    return vector;
  }
}
