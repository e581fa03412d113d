import { decodeInts, encodeInts } from './intCodec';
import { IntTable } from './intTable';
import { BIGRAM_SEED, EDGE_END, EDGE_START, mix, TermHasher, type FeatureOptions, type HashedTerms } from './termHasher';
import { tokenize } from './tokenize';

/** A sparse feature vector: parallel arrays of feature indices and values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/**
 * One message as the scorer reads it: the word block as (feature id, value) pairs, and the character
 * block as the message's tokens under one scale. Character n-grams count with raw tf, so the block is
 * the sum of its tokens' own vectors, and a token's class scores can be computed once and cached.
 * The arrays are scratch owned by the vectorizer: valid until its next `analyze`.
 */
export interface MessageFeatures {
  wordIndices: Int32Array;
  wordValues: Float64Array;
  wordCount: number;
  tokens: TokenIds[];
  tokenCount: number;
  /** Factor of every token's character vector (idf-weighted counts) in the normalized message. */
  charScale: number;
  /** Distinct known features of the message: 0 means the model knows nothing in it. */
  featureCount: number;
}

const SMALL_CORPUS = 1000;
/** Fewer: each entry also holds a float per class once scored. */
export const TOKEN_IDS_LIMIT = 20_000;
// Bound once: inside jest's vm sandbox a `Math.` lookup per term is measurably slow.
const { log, sqrt } = Math;

/** What a fitted vectorizer needs to be rebuilt: the kept hashes, their block and document frequencies. */
export interface VectorizerState {
  options: FeatureOptions;
  documentCount: number;
  /** Base64 Int32Array: hash of each kept feature, in feature order. */
  hashes: string;
  /** Base64 Int32Array: document frequency of each kept feature. */
  documentFrequencies: string;
  /** Features before this index are word features, the rest character features. */
  wordFeatureCount: number;
}

/**
 * Hashed vocabulary + smoothed idf, sublinear tf for words and raw tf for character n-grams; each
 * block L2-normalized, then the whole.
 * Terms unseen in training count toward a block's length without entering the vector: a text
 * that matches three n-grams out of forty is weak evidence and must look weak.
 */
export class TfidfVectorizer {
  private readonly index: IntTable;
  private readonly tokenIds = new Map<string, TokenIds>();
  private readonly idf: Float32Array;
  private readonly unseenIdf: number;
  private readonly hasher: TermHasher;
  // Scratch for counting terms without a Map per message.
  private readonly seenAt: Int32Array;
  private readonly counts: Int32Array;
  private stamp = 0;
  private readonly scratchIndices: number[] = [];
  private readonly message: MessageFeatures = {
    wordIndices: new Int32Array(64),
    wordValues: new Float64Array(64),
    wordCount: 0,
    tokens: [],
    tokenCount: 0,
    charScale: 0,
    featureCount: 0,
  };

  private constructor(
    private readonly state: VectorizerState,
    hashes: Int32Array,
    frequencies: Int32Array,
    hasher?: TermHasher,
  ) {
    this.hasher = hasher ?? new TermHasher(state.options);
    this.idf = new Float32Array(hashes.length);
    this.unseenIdf = log(1 + state.documentCount) + 1;
    this.index = new IntTable(hashes.length);
    hashes.forEach((hash, i) => {
      this.index.set(hash, i);
      this.idf[i] = log((1 + state.documentCount) / (1 + frequencies[i])) + 1;
    });
    this.seenAt = new Int32Array(hashes.length);
    this.counts = new Int32Array(hashes.length);
  }

  /** `hasher`: the one that hashed `termLists` (same options), so its per-token cache is reused. */
  static fit(termLists: readonly HashedTerms[], options: FeatureOptions, hasher?: TermHasher): TfidfVectorizer {
    const words = documentFrequencies(termLists.map((terms) => terms.words));
    const chars = documentFrequencies(termLists.map((terms) => terms.chars));
    // Sorted so the feature order (and so training) does not depend on the order texts came in.
    const minimum = termLists.length >= SMALL_CORPUS ? options.minDocFrequency : 1;
    const keep = (frequencies: Map<number, number>) =>
      [...frequencies].filter(([, df]) => df >= minimum).sort(([a], [b]) => a - b);
    // A 32-bit collision between the blocks would give one feature two roles: the word block keeps it.
    for (const hash of words.keys()) chars.delete(hash);
    const kept = [...keep(words), ...keep(chars)];
    const vectorizer = new TfidfVectorizer(
      {
        options,
        documentCount: termLists.length,
        hashes: encodeInts(Int32Array.from(kept, ([hash]) => hash)),
        documentFrequencies: encodeInts(Int32Array.from(kept, ([, df]) => df)),
        wordFeatureCount: keep(words).length,
      },
      Int32Array.from(kept, ([hash]) => hash),
      Int32Array.from(kept, ([, df]) => df),
      hasher,
    );
    return vectorizer;
  }

  static fromState(state: VectorizerState): TfidfVectorizer {
    return new TfidfVectorizer(state, decodeInts(state.hashes), decodeInts(state.documentFrequencies));
  }

  static hasherFor(options: FeatureOptions): TermHasher {
    return new TermHasher(options);
  }

  /** Tokens whose hashes are cached (after `fit` with the training hasher: the training vocabulary). */
  knownTokens(): IterableIterator<string> {
    return this.hasher.knownTokens();
  }

  get size(): number {
    return this.idf.length;
  }

  toState(): VectorizerState {
    return this.state;
  }

  transform(text: string): SparseVector {
    return this.transformText(text);
  }

  /** The same vector as `transformText`, from terms hashed beforehand (training hashes each text once). */
  transformTerms(terms: HashedTerms): SparseVector {
    const indices: number[] = [];
    const stamp = ++this.stamp;
    let unseenWords = 0;
    let unseenChars = 0;
    for (const hash of terms.words) {
      const i = this.index.get(hash);
      if (i < 0) unseenWords++;
      else this.count(i, stamp, indices);
    }
    const wordCount = indices.length;
    for (const hash of terms.chars) {
      const i = this.index.get(hash);
      if (i < 0) unseenChars++;
      else this.count(i, stamp, indices);
    }
    return this.finish(indices, wordCount, unseenWords, unseenChars);
  }

  /**
   * The fast path for one message: per token, the feature ids of its stem and n-grams are cached,
   * so only the bigrams need a lookup.
   */
  transformText(text: string): SparseVector {
    const indices: number[] = [];
    const stamp = ++this.stamp;
    let unseenChars = 0;
    const ids: TokenIds[] = [];
    const unseenWords = this.countWords(text, stamp, indices, (entry) => ids.push(entry));
    const wordCount = indices.length;
    for (const entry of ids) {
      unseenChars += entry.unseenChars;
      for (const i of entry.chars) this.count(i, stamp, indices);
    }
    return this.finish(indices, wordCount, unseenWords, unseenChars);
  }

  /** Counts a message's word block (stems, stem bigrams, edges) and hands each token's ids to `visit`; returns the unseen count. */
  private countWords(text: string, stamp: number, indices: number[], visit: (entry: TokenIds) => void): number {
    let previous = EDGE_START;
    let unseenWords = 0;
    for (const token of tokenize(text)) {
      const entry = this.idsOfToken(token);
      visit(entry);
      if (entry.stem < 0) unseenWords++;
      else this.count(entry.stem, stamp, indices);
      const bigram = this.index.get(mix(previous, entry.stemHash) ^ BIGRAM_SEED);
      if (bigram < 0) unseenWords++;
      else this.count(bigram, stamp, indices);
      previous = entry.stemHash;
    }
    const end = this.index.get(mix(previous, EDGE_END) ^ BIGRAM_SEED);
    if (end < 0) unseenWords++;
    else this.count(end, stamp, indices);
    return unseenWords;
  }

  /**
   * The hot path of prediction: the same vector as `transformText`, but its character block left as
   * token entries (see MessageFeatures), so the class scores of a token's n-grams are summed once per token.
   */
  analyze(text: string): MessageFeatures {
    const message = this.message;
    const indices = this.scratchIndices;
    indices.length = 0;
    const stamp = ++this.stamp;
    let unseenChars = 0;
    message.tokenCount = 0;
    const unseenWords = this.countWords(text, stamp, indices, (entry) => {
      message.tokens[message.tokenCount++] = entry;
    });
    const wordCount = indices.length;
    // The character block's squared norm, Σ (count × idf)², grows by (2·count + 1)·idf² with each
    // repeat of an n-gram: summed as the n-grams come, without listing them.
    const { seenAt, counts, idf } = this;
    let charNorm = 0;
    let distinctChars = 0;
    for (let t = 0; t < message.tokenCount; t++) {
      const entry = message.tokens[t];
      unseenChars += entry.unseenChars;
      const chars = entry.chars;
      for (let c = 0; c < chars.length; c++) {
        const i = chars[c];
        const square = idf[i] * idf[i];
        if (seenAt[i] !== stamp) {
          seenAt[i] = stamp;
          counts[i] = 1;
          distinctChars++;
          charNorm += square;
        } else {
          charNorm += (2 * counts[i] + 1) * square;
          counts[i]++;
        }
      }
    }
    if (message.wordIndices.length < wordCount) {
      message.wordIndices = new Int32Array(wordCount * 2);
      message.wordValues = new Float64Array(wordCount * 2);
    }
    const unseenSquare = this.unseenIdf * this.unseenIdf;
    let wordNorm = unseenWords * unseenSquare;
    charNorm += unseenChars * unseenSquare;
    for (let k = 0; k < wordCount; k++) {
      const w = this.weight(indices[k]);
      message.wordIndices[k] = indices[k];
      message.wordValues[k] = w;
      wordNorm += w * w;
    }
    const { wordScale, charScale } = this.scales(wordNorm, charNorm);
    for (let k = 0; k < wordCount; k++) message.wordValues[k] *= wordScale;
    message.wordCount = wordCount;
    message.charScale = charScale;
    message.featureCount = wordCount + distinctChars;
    return message;
  }

  /** The idf-weighted character vector of one token (with repeats), which `analyze` scales per message. */
  tokenCharVector(entry: TokenIds): SparseVector {
    const { chars } = entry;
    const values = new Float32Array(chars.length);
    for (let c = 0; c < chars.length; c++) values[c] = this.idf[chars[c]];
    return { indices: chars, values };
  }

  private scales(wordNorm: number, charNorm: number): { wordScale: number; charScale: number } {
    const { wordWeight } = this.state.options;
    const total = sqrt((wordNorm > 0 ? wordWeight * wordWeight : 0) + (charNorm > 0 ? 1 : 0)) || 1;
    return { wordScale: wordNorm > 0 ? wordWeight / sqrt(wordNorm) / total : 0, charScale: charNorm > 0 ? 1 / sqrt(charNorm) / total : 0 };
  }

  /** Feature ids of one token, cached. */
  idsOfToken(token: string): TokenIds {
    const cached = this.tokenIds.get(token);
    if (cached) return cached;
    const hashes = this.hasher.peekTokenHashes(token);
    const chars: number[] = [];
    let unseenChars = 0;
    for (const hash of hashes.chars) {
      const i = this.index.get(hash);
      if (i < 0) unseenChars++;
      else chars.push(i);
    }
    const entry: TokenIds = { stemHash: hashes.stem, stem: this.index.get(hashes.stem), chars: Int32Array.from(chars), unseenChars, charSlot: -1, charGeneration: -1 };
    if (this.tokenIds.size >= TOKEN_IDS_LIMIT) this.tokenIds.clear();
    this.tokenIds.set(token, entry);
    return entry;
  }

  private count(i: number, stamp: number, indices: number[]): void {
    if (this.seenAt[i] !== stamp) {
      this.seenAt[i] = stamp;
      this.counts[i] = 0;
      indices.push(i);
    }
    this.counts[i]++;
  }

  private finish(indices: number[], wordCount: number, unseenWords: number, unseenChars: number): SparseVector {
    const unseenSquare = this.unseenIdf * this.unseenIdf;
    let wordNorm = unseenWords * unseenSquare;
    let charNorm = unseenChars * unseenSquare;
    const values = new Float32Array(indices.length);
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k];
      // Sublinear tf for words; raw tf for character n-grams, so a message's block is the sum of its tokens'.
      const w = k < wordCount ? this.weight(i) : this.counts[i] * this.idf[i];
      values[k] = w;
      if (k < wordCount) wordNorm += w * w;
      else charNorm += w * w;
    }
    const { wordScale, charScale } = this.scales(wordNorm, charNorm);
    for (let k = 0; k < indices.length; k++) values[k] *= k < wordCount ? wordScale : charScale;
    return { indices: new Int32Array(indices), values };
  }

  private weight(i: number): number {
    const count = this.counts[i];
    return (count === 1 ? 1 : 1 + log(count)) * this.idf[i];
  }
}

/** Feature ids of one token under a fitted vocabulary; -1 where unseen. */
export interface TokenIds {
  stemHash: number;
  stem: number;
  chars: Int32Array;
  unseenChars: number;
  /**
   * Where the model that owns this vectorizer cached the class scores of the token's character
   * vector (a row slot of its WeightMatrix), and under which generation of that cache; -1 before.
   */
  charSlot: number;
  charGeneration: number;
}

function documentFrequencies(lists: readonly number[][]): Map<number, number> {
  const frequencies = new Map<number, number>();
  for (const list of lists) for (const hash of new Set(list)) frequencies.set(hash, (frequencies.get(hash) ?? 0) + 1);
  return frequencies;
}
