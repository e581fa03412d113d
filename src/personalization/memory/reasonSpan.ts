import { wordLexicon } from '../../nlu/wordLexicon';
import { contentWords, stem, trimJoins, writtenOut } from './noteWords';
import type { NoteLexicon } from './noteLexicon';
import { isPunctuation, tokenize, type Token } from './tokens';

/**
 * The reason a note gives, for "why …?", or undefined when it gives none beyond the words of the question. Looked
 * for in the order a reader is surest of it: after a word that says it ("cos one limb has a scratch", ended where
 * what it led to is said: "… so it was 320"); before a word that says what it led to ("I'm lactose intolerant, so
 * …"); in a clause said beside what is asked, without a word for it ("dropped out of the marathon, *knee is
 * wrecked*"), the one after first, unless a word that may say a reason opens one inside what is asked ("dropped out
 * *with a bad ankle*", but not "stopped using Pepe *for the pool cleaning*, he kept skipping weeks"); and last after such a
 * word however it goes on ("for my dad's 70th").
 */
export function reasonSpan(text: string, asked: readonly string[], lexicon: NoteLexicon): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const askedStems = new Set(asked.map((word) => stem(word, lexicon)));
  const says = (span: readonly Token[]) => contentWords(span, lexicon).some((word) => !askedStems.has(stem(word, lexicon)));
  const at = (phrase: readonly string[], from: number) => phrase.every((word, index) => tokens[from + index]?.norm === word);
  const opensResult = (from: number) => lexicon.results.some((result) => at(result, from));
  // Whether a word is in the part of the note between commas that says a word of the question.
  const inAskedPart = (index: number) => {
    let from = index;
    while (from > 0 && !/^[,;—–]$/u.test(tokens[from - 1].norm)) from--;
    return contentWords(tokens.slice(from, index), lexicon).some((word) => askedStems.has(stem(word, lexicon)));
  };
  const after = (reasons: readonly string[][], happening = false) => {
    for (const reason of reasons) {
      const start = tokens.findIndex((_, index) => index > 0 && at(reason, index));
      if (start < 0) continue;
      let end = start + reason.length;
      while (end < tokens.length && !CLAUSE_END.test(tokens[end].norm) && !opensResult(end)) end++;
      const span = tokens.slice(start, end);
      const said = writtenOut(span);
      if (says(span.slice(reason.length)) && (!happening || (saysHappening(said, lexicon) && inAskedPart(start)))) return said;
    }
    return undefined;
  };
  return after(lexicon.reasons) ?? beforeResult(tokens, lexicon, says, at) ?? after(lexicon.looseReasons, true) ?? besideAsked(text, askedStems, lexicon) ?? after(lexicon.looseReasons);
}

/** Whether a note gives a reason for what a question asks (`reasonSpan`). */
export function givesReason(text: string, asked: readonly string[], lexicon: NoteLexicon): boolean {
  return reasonSpan(text, asked, lexicon) !== undefined;
}

/**
 * Whether a clause says something happened or is so, as a reason does ("field flooded", "way too windy"), not only
 * when, how much or who ("8 june"): a word the tagger reads first as a verb or an adjective.
 */
export function saysHappening(text: string, lexicon: NoteLexicon): boolean {
  return tokenize(text, lexicon.memory.contractedIs).some((token) => /^(VB|JJ)/.test(wordLexicon().tags(token.norm)?.[0] ?? ''));
}

const CLAUSE_END = /^[,;.!?]$/;

/** What the clause before a word for what it led to says ("gout, so no more red meat": "gout"). */
function beforeResult(tokens: readonly Token[], lexicon: NoteLexicon, says: (span: readonly Token[]) => boolean, at: (phrase: readonly string[], from: number) => boolean): string | undefined {
  for (const result of lexicon.results) {
    const start = tokens.findIndex((_, index) => index > 0 && at(result, index));
    if (start < 0) continue;
    let from = start;
    while (from > 0 && !/^[,;]$/.test(tokens[from - 1].norm)) from--;
    // Said right after a comma: the reason is the clause before it.
    if (from === start && from > 0) {
      from--;
      while (from > 0 && !/^[,;]$/.test(tokens[from - 1].norm)) from--;
    }
    const span = trimJoins(tokens.slice(from, start).filter((token, index, all) => index < all.length - 1 || !isPunctuation(token)));
    if (says(span)) return writtenOut(span);
  }
  return undefined;
}

/** The parts of a note between commas, semicolons and dashes. */
const PARTS = /\s*[,;—–]\s*|\s+-\s+/u;

/**
 * A clause said beside what is asked, with no word for a reason ("aquabike this yr, knees are done for running"):
 * the first after the last part that says a word of the question, else the nearest before the first.
 */
function besideAsked(text: string, askedStems: ReadonlySet<string>, lexicon: NoteLexicon): string | undefined {
  const parts = text.split(PARTS).filter((part) => part !== '');
  const saying = parts.map((part) => contentWords(tokenize(part, lexicon.memory.contractedIs), lexicon).some((word) => askedStems.has(stem(word, lexicon))));
  const first = saying.indexOf(true);
  const last = saying.lastIndexOf(true);
  if (first < 0 || saying.every(Boolean)) return undefined;
  const reason = (part: string, index: number) => !saying[index] && saysHappening(part, lexicon);
  const later = parts.findIndex((part, index) => index > last && reason(part, index));
  if (later >= 0) return parts[later];
  for (let index = first - 1; index >= 0; index--) if (reason(parts[index], index)) return parts[index];
  return undefined;
}
