import { skipFillers, wordsAt } from './clauses';
import type { MemoryLexicon } from './factKinds';
import { isPunctuation, tokenize } from './tokens';

/** What joins the names asked about ("Mio and Sora", "Ana, Leo & Sam"). */
const JOINERS = new Set(['and', '&', ',']);

/**
 * "who is Ruan?", "who's Yuna", "who are Mio and Sora?": the names asked about, each one of `known` (the
 * names the person told of, as typed: "Jia Hui" whole), or undefined when the message is anything else
 * ("who is Taylor Swift?" from someone who never named her).
 */
export function namesAsked(text: string, known: readonly string[], lexicon: MemoryLexicon): string[] | undefined {
  const tokens = tokenize(text, lexicon.contractedIs).filter((token) => token.norm === ',' || !isPunctuation(token));
  let at = skipFillers(tokens, 0, lexicon.fillers);
  const ask = lexicon.whoAsks.find((words) => wordsAt(tokens, words, at));
  if (!ask) return undefined;
  at += ask.length;
  const names = known.map((name) => ({ name, words: tokenize(name, lexicon.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm) })).filter((entry) => entry.words.length > 0);
  // The longer wins: "Jia Hui", not "Jia".
  names.sort((a, b) => b.words.length - a.words.length);
  const asked: string[] = [];
  while (at < tokens.length) {
    const found = names.find((entry) => wordsAt(tokens, entry.words, at));
    if (!found) break;
    if (!asked.includes(found.name)) asked.push(found.name);
    at += found.words.length;
    while (at < tokens.length && JOINERS.has(tokens[at].norm)) at++;
  }
  // "who is Ruan again?": only fillers may follow the names.
  return asked.length > 0 && skipFillers(tokens, at, lexicon.fillers) >= tokens.length ? asked : undefined;
}
