import { matchWords, saysPhrase, skipFillers, splitClauses } from './clauses';
import type { MemoryLexicon } from './factKinds';
import { isPunctuation, tokenize, typedText, type Token } from './tokens';

/**
 * A change of mind told across messages, read without the profile: what is given up ("I gave up German",
 * "I'm no longer at the bookshop"), what is said in its place ("switched to Portuguese", "doing chess now",
 * "got an electric bike instead"), and whether the message opens by saying the last thing told is over ("not
 * anymore actually, sold it"). Which kept facts these are is for the profile to say.
 */
export interface ChangeOfMind {
  /** What is given up, as said ("German", "the bookshop"); "it" when it points at what was told last. */
  givenUp: string[];
  /** Values said in place of something, as said ("Portuguese", "electric bike"). */
  instead: string[];
  /** The message opens with "not anymore", "no longer" alone: what was told last is over. */
  endsLast: boolean;
  /** The message says "now", "instead", "these days" (`memorySwitchMarkers`): a fact it states may stand in for one given up. */
  marked: boolean;
  /** "it" is given up after the message said something ("i drive a Seat Ibiza. actually sold it"): it may be what the message said first. */
  itSaidHere?: boolean;
}

/** Longest a value said in place of another may be ("a 2019 electric cargo bike"). */
const MAX_VALUE_WORDS = 5;
/** Words that open a clause before its verb ("I have switched to", "we are doing"). */
const SUBJECTS = new Set(['i', 'we', 'have', 'has', 'am', 'are', 'had']);
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'some', 'to']);
const POINTERS = new Set(['it', 'that', 'them', 'this']);

export function readChangeOfMind(text: string, lexicon: MemoryLexicon): ChangeOfMind {
  const change: ChangeOfMind = { givenUp: [], instead: [], endsLast: false, marked: false };
  const clauses = splitClauses(tokenize(text, lexicon.contractedIs), lexicon).flatMap((clause) => atCommas(clause.tokens));
  for (const [index, tokens] of clauses.entries()) {
    const words = tokens.filter((token) => !isPunctuation(token));
    if (saysPhrase(words, lexicon.switchMarkers)) change.marked = true;
    const start = skipSubject(words, 0, lexicon);
    const alone = (end: number) => end > 0 && skipFillers(words, end, lexicon.fillers) === words.length;
    if (index === 0 && start < words.length && lexicon.noLonger.some((marker) => alone(matchWords(words, start, marker, lexicon.fillers)))) {
      change.endsLast = true;
      continue;
    }
    // "nah i stopped guitar": a word or two of reply before it.
    const given = [0, 1, 2].map((skip) => skipSubject(words, start + skip, lexicon)).flatMap((at) => lexicon.giveUps.map((phrase) => matchWords(words, at, phrase, lexicon.fillers))).find((end) => end > 0);
    if (given !== undefined) {
      const value = valueAt(words.slice(given), lexicon);
      if (value === 'it' && clauses.slice(0, index).some((clause) => clause.some((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm)))) change.itSaidHere = true;
      if (value) change.givenUp.push(value);
      continue;
    }
    const value = switchedTo(words, lexicon);
    if (value) change.instead.push(value);
  }
  return change;
}

/** The value a clause says is taken up in place of another ("switched to economics this year"), as said. */
export function switchedTo(clause: readonly Token[], lexicon: MemoryLexicon): string | undefined {
  const words = clause.filter((token) => !isPunctuation(token));
  const start = skipSubject(words, 0, lexicon);
  for (const { before, after } of lexicon.switches) {
    const from = before.length === 0 ? start : matchWords(words, start, before, lexicon.fillers);
    if (from < 0) continue;
    const end = endBefore(words, after, lexicon);
    if (end < 0 || end <= from) continue;
    const value = valueAt(words.slice(from, end), lexicon);
    if (value) return value;
  }
  return undefined;
}

/** "not anymore actually, sold it, got an electric bike instead": each part between commas is read alone. */
function atCommas(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (token.norm === ',') parts.push([]);
    else parts[parts.length - 1].push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/** Past what opens a clause before its verb: fillers, "these days", "I have". */
function skipSubject(words: readonly Token[], start: number, lexicon: MemoryLexicon): number {
  let at = start;
  for (;;) {
    const leadIn = lexicon.leadIns.find((phrase) => phrase.every((word, i) => words[at + i]?.norm === word));
    if (leadIn) at += leadIn.length;
    else if (at < words.length && (SUBJECTS.has(words[at].norm) || lexicon.fillers.has(words[at].norm))) at++;
    else return at;
  }
}

/** Where the words before a phrase that closes a switch end ("… *instead*"), or the clause's end for none. */
function endBefore(words: readonly Token[], after: readonly string[], lexicon: MemoryLexicon): number {
  let end = words.length;
  while (end > 0 && lexicon.fillers.has(words[end - 1].norm) && !after.includes(words[end - 1].norm)) end--;
  if (after.length === 0) return end;
  const at = end - after.length;
  return at >= 0 && after.every((word, i) => words[at + i].norm === word) ? at : -1;
}

/** The value a few words say: without determiners in front, up to where a value ends ("a museum *as* a guide"). */
function valueAt(words: readonly Token[], lexicon: MemoryLexicon): string | undefined {
  let start = 0;
  while (start < words.length && (DETERMINERS.has(words[start].norm) || lexicon.intensifiers.has(words[start].norm))) start++;
  let end = start;
  while (end < words.length && (end === start || !lexicon.valueEnds.has(words[end].norm))) end++;
  let value = words.slice(start, end);
  const trailer = lexicon.trailers.find((phrase) => phrase.length <= value.length && phrase.every((word, i) => value[value.length - phrase.length + i].norm === word));
  if (trailer) value = value.slice(0, value.length - trailer.length);
  while (value.length > 0 && lexicon.fillers.has(value[value.length - 1].norm)) value = value.slice(0, -1);
  if (value.length === 0 || value.length > MAX_VALUE_WORDS) return undefined;
  if (value.length === 1 && POINTERS.has(value[0].norm)) return 'it';
  return typedText(value);
}
