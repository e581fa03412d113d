// Subpaths, not the package root: the root loads database clients and costs about 1 s at start-up.
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { tokenize } from './tokenize';

export interface FeatureOptions {
  /** Shortest and longest character n-gram, taken inside each word padded with spaces (char_wb). */
  charMin: number;
  charMax: number;
  /** Relative weight of the word block (stems, stem bigrams) against the character block. */
  wordWeight: number;
  /**
   * Features seen in fewer training texts than this are dropped (smaller, faster models), in
   * corpora of SMALL_CORPUS texts or more: in a small one every word is evidence.
   */
  minDocFrequency: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { charMin: 2, charMax: 5, wordWeight: 1, minDocFrequency: 2 };

// Bound once: inside jest's vm sandbox a `Math.` lookup per term is measurably slow.
const { imul } = Math;

/**
 * FNV-1a over a string, with a seed per feature kind so a word and an n-gram do not share a hash. The
 * seed goes in as a first character: XORed into the offset basis, it only flipped bits the next
 * character could flip back ("the" as a word hashed like "whe" as an n-gram).
 */
function hashString(text: string, seed: number): number {
  let hash = imul(0x811c9dc5 ^ seed, 0x01000193);
  for (let i = 0; i < text.length; i++) hash = imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

export function mix(a: number, b: number): number {
  return imul(a ^ imul(b, 0x9e3779b1), 0x85ebca6b) ^ (b >>> 13);
}

const WORD_SEED = 1;
const CHAR_SEED = 2;
/** hashString's state after the seed, for character n-grams. */
const CHAR_BASIS = imul(0x811c9dc5 ^ CHAR_SEED, 0x01000193);
export const BIGRAM_SEED = 3;
export const EDGE_START = hashString('<s>', WORD_SEED);
export const EDGE_END = hashString('</s>', WORD_SEED);

/** What one token contributes: its stem hash and its character n-gram hashes. Cached, tokens repeat. */
export interface TokenHashes {
  stem: number;
  chars: Int32Array;
}

/** Hashed terms of one text, split in the two blocks each normalized on its own. */
export interface HashedTerms {
  words: number[];
  chars: number[];
}

const CACHE_LIMIT = 100_000;

/**
 * Turns texts into hashed features: stems and stem bigrams (with sentence edges, so "cancel ..."
 * differs from "... cancel") in the word block, character n-grams inside each word in the other.
 * Stemming and n-gram hashing are cached per token: the same few thousand words come back.
 */
export class TermHasher {
  private readonly cache = new Map<string, TokenHashes>();

  constructor(readonly options: FeatureOptions) {}

  hash(text: string): HashedTerms {
    const words: number[] = [];
    const chars: number[] = [];
    let previous = EDGE_START;
    for (const token of tokenize(text)) {
      const hashes = this.tokenHashes(token);
      words.push(hashes.stem, mix(previous, hashes.stem) ^ BIGRAM_SEED);
      previous = hashes.stem;
      for (const gram of hashes.chars) chars.push(gram);
    }
    words.push(mix(previous, EDGE_END) ^ BIGRAM_SEED);
    return { words, chars };
  }

  /** The tokens hashed so far (e.g. a training set's vocabulary), most recent last. */
  knownTokens(): IterableIterator<string> {
    return this.cache.keys();
  }

  tokenHashes(token: string): TokenHashes {
    const cached = this.cache.get(token);
    if (cached) return cached;
    const hashes = this.computeTokenHashes(token);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(token, hashes);
    return hashes;
  }

  /**
   * A token's hashes from the cache, or computed without caching them: prediction keeps its own
   * per-token cache, and this one stays the training vocabulary (see `knownTokens`).
   */
  peekTokenHashes(token: string): TokenHashes {
    return this.cache.get(token) ?? this.computeTokenHashes(token);
  }

  private computeTokenHashes(token: string): TokenHashes {
    const { charMin, charMax } = this.options;
    const padded = ` ${token} `;
    const chars: number[] = [];
    for (let n = charMin; n <= charMax; n++) {
      for (let start = 0; start + n <= padded.length; start++) {
        // hashString(padded.slice(start, start + n), CHAR_SEED) without making the substring.
        if (n === 1 && padded.charCodeAt(start) === 32) continue;
        let hash = CHAR_BASIS;
        for (let i = start; i < start + n; i++) hash = imul(hash ^ padded.charCodeAt(i), 0x01000193);
        chars.push(hash | 0);
      }
    }
    return { stem: hashString(PorterStemmer.stem(token), WORD_SEED), chars: Int32Array.from(chars) };
  }
}
