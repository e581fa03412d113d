import type { MemoryLexicon } from './factKinds';
import { AUXILIARIES } from './noteLexicon';
import { WH_WORDS } from './noteWords';
import { isPunctuation, tokenize } from './tokens';

/** Fewest words a sentence needs before its "?" may be only how it was said: "my wife's name? the older one" still asks. */
const MIN_WORDS = 4;
/** What opens a question: a question word or an auxiliary before its subject. */
const OPENERS = new Set([...WH_WORDS, 'why', ...AUXILIARIES]);

/**
 * "…which honestly i didnt expect?? my adoptive dad passed in 2019", "illegal I think?? anyway moved …": a "?" the
 * message goes on after, ending a sentence put as a statement (no question word or auxiliary opens it or any of its
 * parts, a verb says something in it), asks nothing: it is read as a full stop (or dropped before a comma). A "?"
 * that ends the message, or ends a sentence put as a question, stays. `tags`: a word's parts of speech, most likely first.
 */
export function withStatedMarks(text: string, lexicon: MemoryLexicon, tags: (word: string) => readonly string[] | undefined): string {
  return text.replace(/\?+/gu, (marks: string, at: number) => {
    const rest = text.slice(at + marks.length);
    if (!/[\p{L}\p{N}]/u.test(rest)) return marks;
    const start = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('!', at - 1), text.lastIndexOf('?', at - 1)) + 1;
    const tokens = tokenize(text.slice(start, at), lexicon.contractedIs);
    const words = tokens.filter((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm));
    if (words.length < MIN_WORDS) return marks;
    // Each part of the sentence, as its commas set it apart, may open a question ("…, what was it called?").
    const opens = tokens.filter((token, index) => !isPunctuation(token) && !lexicon.fillers.has(token.norm) && (index === 0 || isPunctuation(tokens[index - 1]) || tokens.slice(0, index).every((before) => isPunctuation(before) || lexicon.fillers.has(before.norm))));
    if (opens.some((token) => OPENERS.has(token.norm.replace(/'/g, '')))) return marks;
    if (!words.some((token) => tags(token.norm)?.[0]?.startsWith('VB') === true)) return marks;
    return /^\s*[\p{L}\p{N}]/u.test(rest) ? '.' : '';
  });
}
