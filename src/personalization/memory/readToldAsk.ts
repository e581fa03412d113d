import { wordLexicon } from '../../nlu/wordLexicon';
import { contentWords, stem } from './noteWords';
import type { NoteLexicon } from './noteLexicon';
import { isPunctuation, tokenize, type Token } from './tokens';

/** Most words a question put as a label may have ("locker code?", "the vet's number again?"). */
const LABEL_WORDS = 4;
/** Most words any question read here may have. */
const MAX_WORDS = 12;

/**
 * "who's the vet with?", "whose turn is the bins?", "how wide is the rug?", "locker code?": a question without "I",
 * "my" or "you" in a form the other readers leave (opened by a word of `toldAskOpeners`, or a few words ending in
 * "?" that open with no verb) that names one of the person's things by a noun they said (`told`: the stems of their
 * notes). Its content words, or undefined: someone who never said the noun asks something else ("who made you?").
 */
export function toldAskWords(text: string, lexicon: NoteLexicon, told: ReadonlySet<string>): string[] | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const all = tokens.filter((token) => !isPunctuation(token));
  const lead = Math.max(0, all.findIndex((token) => !lexicon.memory.fillers.has(token.norm)));
  // "until when …?", "with who …?": past a preposition before the question word.
  const past = lexicon.toldAskOpeners.has(all[lead + 1]?.norm ?? '') && wordLexicon().tags(all[lead]?.norm ?? '')?.[0] === 'IN' ? 1 : 0;
  const words = all.slice(lead + past);
  const first = words[0]?.norm;
  if (!first || words.length > MAX_WORDS || words.some((token) => ownOrYours(token, lexicon))) return undefined;
  const asked = tokens.some((token) => token.norm === '?');
  // "the drill goes back to whom?", "vet visit with who?": the question word last, in a few words.
  const opened = lexicon.toldAskOpeners.has(first) || (asked && words.length <= LABEL_WORDS + 2 && words.slice(-2).some((token) => lexicon.toldAskOpeners.has(token.norm)));
  const content = contentWords(words, lexicon).map((word) => word.replace(/['’]s?$/u, '')).filter((word) => /\p{L}/u.test(word) && !lexicon.toldAskOpeners.has(word));
  // "locker code?", "tile colour again?": a label, named by a noun.
  const named = content.filter((word) => !lexicon.memory.fillers.has(word)).at(-1);
  const label = asked && words.length <= LABEL_WORDS && !lexicon.stopWords.has(first) && named !== undefined && saysNoun(named);
  if (!opened && !label) return undefined;
  const heads = phraseHeads(words);
  return content.some((word) => saidNoun(word, lexicon, told) || (heads.has(word) && told.has(stem(word, lexicon)) && !lexicon.glue.has(word))) ? content : undefined;
}

/**
 * The words that end a noun phrase a determiner opens ("how thick is the *top*?", "the bench *top*"): nouns in
 * place, whatever the tagger reads them as first ("top" as an adjective).
 */
function phraseHeads(words: readonly Token[]): ReadonlySet<string> {
  const tag = (token: Token | undefined) => (token ? (wordLexicon().tags(token.norm)?.[0] ?? '') : '');
  const heads = new Set<string>();
  for (const [at, token] of words.entries()) {
    if (!/^(DT|PRP\$)$/.test(tag(token))) continue;
    let end = at + 1;
    // The phrase runs over nouns and adjectives ("the old bench top"), and ends before any other word.
    while (end + 1 < words.length && /^(NN|JJ)/.test(tag(words[end + 1])) && !AFTER_PHRASE.test(tag(words[end + 1]))) end++;
    if (end < words.length && end > at) heads.add(words[end].norm);
  }
  return heads;
}

/** Tags a noun phrase does not run on into. */
const AFTER_PHRASE = /^(IN|VB|RB|DT|PRP|CC|TO|MD|W)/;

function ownOrYours(token: Token, lexicon: NoteLexicon): boolean {
  return lexicon.you.has(token.norm) || ['i', 'my', 'me', 'we', 'our', 'us'].includes(token.norm);
}

/** A noun (or a word no dictionary knows: a name, a brand) the person said, not glue ("ok", "thanks"). */
function saidNoun(word: string, lexicon: NoteLexicon, told: ReadonlySet<string>): boolean {
  if (lexicon.glue.has(word) || !told.has(stem(word, lexicon))) return false;
  return saysNoun(word);
}

/** Whether a word is a noun as the tagger reads it first, or one it does not know (a name, a brand). */
function saysNoun(word: string): boolean {
  const tag = wordLexicon().tags(word)?.[0];
  return tag === undefined || tag.startsWith('NN');
}
