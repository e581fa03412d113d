import { isLikelyName } from '../../nlu/nameJudge';
import type { WordLexicon } from '../../nlu/wordLexicon';

/** Words after which a name follows, whatever it looks like ("call me dana"). */
const NAME_CUES = [/\b(?:my name is|my name's|call me|i am|i'm|im|this is|named|called)\s+$/i];
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const NUMBER = /\d+(?:[.,:/-]\d+)*/g;
const MAX_CHARS = 200;

/**
 * A capitalized word the lexicon knows first of all as a proper noun ("Lee", "Dana"), or not at all
 * ("Priya"); at the start of a sentence, where any word is capitalized, only one it knows as nothing else.
 */
function looksLikeName(word: string, sentenceStart: boolean, lexicon: WordLexicon, notNames: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}\p{L}*$/u.test(word) || word.length < 2 || notNames.has(word.toLowerCase())) return false;
  const tags = lexicon.tags(word);
  if (tags === undefined) return lexicon.tags(word.toLowerCase()) === undefined && !lexicon.isDescriptive(word);
  return sentenceStart ? tags.every((tag) => tag.startsWith('NNP')) : tags[0].startsWith('NNP');
}

/** The whitespace-separated word before the `index`-th one of a text. */
function previous(text: string, index: number): string {
  return text.split(/\s+/).filter(Boolean)[index - 1] ?? '';
}

/**
 * A message as it is counted among the unmatched: URLs, emails, numbers and names replaced by
 * placeholders, then lower-cased with punctuation dropped, so "Hi, I'm Dana, call me at 555-1234" and
 * "hi i'm Lee call me at 555 9876" are one line. `notNames`: words that are never names (dialogs/ list).
 */
export function maskText(text: string, lexicon: WordLexicon, notNames: ReadonlySet<string>): string {
  const masked = text.normalize('NFKC').replace(URL, ' <url> ').replace(EMAIL, ' <email> ').replace(NUMBER, ' <number> ');
  const words: string[] = [];
  for (const word of masked.split(/\s+/).filter(Boolean)) {
    const bare = word.replace(/^[^\p{L}<]+|[^\p{L}>]+$/gu, '');
    const before = `${words.join(' ')} `;
    const cued = NAME_CUES.some((cue) => cue.test(before));
    const name = bare !== '' && !bare.startsWith('<') && (cued ? isLikelyName(bare, true, lexicon, notNames, true) : looksLikeName(bare, words.length === 0 || /[.!?]$/.test(previous(masked, words.length)), lexicon, notNames));
    words.push(name ? '<name>' : bare.toLowerCase());
  }
  return words.filter(Boolean).join(' ').slice(0, MAX_CHARS);
}
