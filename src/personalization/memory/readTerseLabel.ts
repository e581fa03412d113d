import { wordLexicon } from '../../nlu/wordLexicon';
import { isClitic, stem } from './noteWords';
import type { NoteLexicon } from './noteLexicon';
import { isPunctuation, tokenize, type Token } from './tokens';

/** Most words a label without "?" may have ("hudson guest count"); with "?" it may name what it is of ("price for gyro with fries?"). */
const BARE_WORDS = 4;
const ASKED_WORDS = 6;

/** Words that say whose the thing named is: the word after one is a noun, whatever the tagger reads it as first ("anya's *snatch*"). */
const WHOSE = new Set(['my', 'our', 'his', 'her', 'their']);

/** Words a label is never opened by: a question word or an auxiliary (a question the other readers read). */
const NOT_OPENING = new Set(['what', 'whats', 'where', 'wheres', 'when', 'whens', 'who', 'whos', 'whom', 'whose', 'which', 'why', 'how', 'hows', 'do', 'does', 'did', 'is', 'are', 'am', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'have', 'has', 'had']);

/**
 * "oxtail price", "hudson guest count", "anya's snatch", "price for gyro with fries?": a few words that only name one
 * of the person's things, the way a note-taker asks for what they wrote down: no verb, no figure (a value says it
 * is told: "oxtail 22"), no "I", ending in a noun, and naming a noun the person said (`told`: the stems of their
 * notes). The label as typed, or undefined when the message is anything else.
 */
export function terseLabel(text: string, lexicon: NoteLexicon, told: ReadonlySet<string>): string | undefined {
  if (/\d/.test(text)) return undefined;
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const asked = tokens.some((token) => token.norm === '?');
  const words = tokens.filter((token) => !isPunctuation(token) && !lexicon.memory.fillers.has(token.norm));
  const first = words[0];
  if (!first || words.length > (asked ? ASKED_WORDS : BARE_WORDS) || NOT_OPENING.has(first.norm.replace(/['’]/g, ''))) return undefined;
  // A sentence of its own after a full stop or a comma tells more than a label does.
  if (tokens.some((token) => isPunctuation(token) && token.norm !== '?' && token.norm !== "'s")) return undefined;
  if (words.some((token) => ['i', 'me', 'we', 'us', 'he', 'she', 'it', 'they', 'them'].includes(token.norm) || lexicon.you.has(token.norm))) return undefined;
  const nounAt = (at: number) => whoseBefore(words, at) || saysNoun(words[at].norm);
  const last = words.length - 1;
  // Only nouns and words that describe them, joined by prepositions when asked ("for", "with"); a verb tells.
  const fits = words.every((token, at) => isClitic(token.norm) || nounAt(at) || /^(JJ|DT|PRP\$|POS)/.test(tag(token.norm)) || (asked && tag(token.norm) === 'IN' && at > 0 && at < last));
  if (!fits || isClitic(words[last].norm) || !nounAt(last)) return undefined;
  const named = words.some((token, at) => nounAt(at) && !lexicon.stopWords.has(token.norm) && !lexicon.glue.has(token.norm) && told.has(stem(token.norm.replace(/['’]s$/u, ''), lexicon)));
  return named ? words.map((token) => token.raw).join(' ').replace(/ (['’]s)\b/gu, '$1') : undefined;
}

function tag(word: string): string {
  return wordLexicon().tags(word)?.[0] ?? '';
}

/** Whether the word comes right after a possessive ("my", "anya's"). */
function whoseBefore(words: readonly Token[], at: number): boolean {
  const before = words[at - 1]?.norm;
  return before !== undefined && (WHOSE.has(before) || /^['’]s$/u.test(before));
}

/** A word the tagger may read as a noun ("goat *curry*"), or one it does not know (a name, a dish: "oxtail"). */
function saysNoun(word: string): boolean {
  const tags = wordLexicon().tags(word);
  return tags === undefined || tags.some((one) => one.startsWith('NN'));
}
