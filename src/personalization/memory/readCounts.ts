import { Culture, recognizeNumber } from '@microsoft/recognizers-text-suite';
import { indexOfWords, wordsAt } from './clauses';
import type { MemoryLexicon } from './factKinds';
import { nounAt } from './kindNouns';
import { isPunctuation, type Token } from './tokens';

/** A count or a "none" read from a clause: `kind` is the fact kind kept (count, none), `detail` the noun it is of. */
export interface CountedFact {
  kind: string;
  value: string;
  detail: string;
}

/** The fact kinds counts and "none" are kept as (dialogs/memory.yaml). */
export const COUNT_KIND = 'count';
export const NONE_KIND = 'none';

/** The word a noun last named in a message, for "I have five of them" after "my grandchildren". */
export interface CountedNoun {
  kind: string;
  detail: string;
}

type Tags = (word: string) => readonly string[] | undefined;

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);
const OWN = new Set(['my', 'our']);
const THIRD_PERSON = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'its', 'has']);
/** Words that may open a clause that counts what the person has, with "I" left out ("got 2 kids", "3 dogs now"). */
const HAVING = new Set(['have', 'got', 'has', 'also', 'and', 'now', ',', ':', 'oh', 'oops', 'plus']);
/** Words of an age that come before a noun ("a 5 year old"): a number before them is no count. */
const AGE_NOUNS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'year-old', 'month-old', 'week-old']);
const MAX_NUMBER = 99;
const MAX_REMEMBERED = 10_000;
const numbers = new Map<string, number | undefined>();

/** A whole number said as digits or in words ("3", "three", "a dozen" is not one word), by recognizers-text. */
export function numberOf(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word) > 0 && Number(word) <= MAX_NUMBER ? Number(word) : undefined;
  if (!/^\p{L}{3,}$/u.test(word)) return undefined;
  if (numbers.has(word)) return numbers.get(word);
  const found = recognizeNumber(word, Culture.English).find((result) => result.start === 0 && result.end === word.length - 1);
  const value = Number((found?.resolution as { value?: string } | undefined)?.value);
  const number = Number.isInteger(value) && value > 0 && value <= MAX_NUMBER ? value : undefined;
  if (numbers.size >= MAX_REMEMBERED) numbers.clear();
  numbers.set(word, number);
  return number;
}

/** The detail a count is kept under: a general noun ("kids", "children") as the kind's first one ("kid"). */
function countedDetail(kind: string, detail: string, general: boolean, lexicon: MemoryLexicon): string {
  if (!general) return detail;
  return lexicon.kinds.get(kind)?.nouns.find((noun) => noun.general && noun.words.length === 1)?.detail ?? detail;
}

/**
 * Whether what a clause says at `at` is the person's own: "I" or "we" said before it ("me and my wife have 3
 * kids"), "my" right before, or nothing but "have"/"got" ("got 2 kids"); not "her three cats", "my sister has 2 boys".
 */
function isOwn(tokens: readonly Token[], at: number, lexicon: MemoryLexicon, tags: Tags, together = false, describing = false): boolean {
  const before = tokens[at - 1]?.norm ?? '';
  if (OWN.has(before)) return true;
  if (THIRD_PERSON.has(before)) return false;
  if (together) return true;
  let someoneElse = false;
  for (let i = at - 1; i >= 0; i--) {
    const word = tokens[i].norm;
    if (FIRST_PERSON.has(word)) return !someoneElse;
    if (THIRD_PERSON.has(word)) someoneElse = true;
    if ((lexicon.otherPeople.get(word) ?? []).some((words) => wordsAt(tokens, words, i))) someoneElse = true;
    const noun = nounAt(tokens, i, lexicon);
    if (noun && lexicon.people.has(noun.kind)) someoneElse = true;
  }
  // "proud dad of two": a phrase that describes whoever speaks, unless someone else was named.
  // "sorry, 5 kids": an interjection before says nothing of whose.
  const saysNothing = (token: Token) => HAVING.has(token.norm) || lexicon.fillers.has(token.norm) || tags(token.norm)?.includes('UH') === true;
  return !someoneElse && (describing || tokens.slice(0, at).every(saysNothing));
}

/**
 * Whether what a clause says at `at` is said of someone else: "my friend Mads just got *a puppy*", "my brother
 * has *a son*", the nearest subject before it being another person, not "I", "we" or "my".
 */
export function saidOfSomeoneElse(tokens: readonly Token[], at: number, lexicon: MemoryLexicon, tags: Tags): boolean {
  // Only when they do something ("has", "got", "adopted"): "a son called Leo and a daughter" are both one's own.
  let acts = false;
  for (let i = at - 1; i >= 0; i--) {
    const word = tokens[i].norm;
    if (FIRST_PERSON.has(word) || (OWN.has(word) && !personAfter(tokens, i + 1, lexicon))) return false;
    if (['he', 'she', 'they'].includes(word)) return acts;
    if (!NAMING_VERBS.has(word) && /^(VBZ|VBD|VBN)$/.test(tags(word)?.[0] ?? '')) acts = true;
    if ((lexicon.otherPeople.get(word) ?? []).some((words) => wordsAt(tokens, words, i))) return acts;
    const noun = AGE_NOUNS.has(word) ? undefined : nounAt(tokens, i, lexicon);
    // "she had a *baby* boy named Yanis": a general noun right before is part of the same one.
    const sameOne = noun?.general === true && i + noun.length === at;
    if (noun && lexicon.people.has(noun.kind) && !sameOne) return acts;
  }
  return false;
}

/** Verbs that name ("a son called Leo"), not what someone does. */
const NAMING_VERBS = new Set(['called', 'named', 'is', 'are', 'was']);

/** Whether someone in one's life is named at `at` ("my *friend*", "my *sister*"). */
export function personAfter(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  const word = tokens[at]?.norm ?? '';
  const noun = at < tokens.length ? nounAt(tokens, at, lexicon) : undefined;
  return (noun !== undefined && lexicon.people.has(noun.kind)) || (lexicon.otherPeople.get(word) ?? []).some((words) => wordsAt(tokens, words, at));
}

/**
 * How many of a kind that holds names the person says they have: "3 kids", "two sons", "got 2 kids, …",
 * "mom of 3", "I have five of them" (after a noun named before, `last`). Each is kept as a count of the noun.
 * `together`: the clause follows a lone "me" ("me and my wife have 3 kids"), so it is said of both.
 */
export function readCounts(tokens: readonly Token[], lexicon: MemoryLexicon, tags: Tags, last?: CountedNoun, together = false): { facts: CountedFact[]; last?: CountedNoun } {
  const facts: CountedFact[] = [];
  let named = last;
  const add = (count: number, kind: string, detail: string) => {
    const fact = { kind: COUNT_KIND, value: String(count), detail };
    const same = facts.findIndex((known) => known.detail === detail);
    if (same >= 0) facts.splice(same, 1, fact);
    else facts.push(fact);
    named = { kind, detail };
  };
  for (let i = 0; i < tokens.length; i++) {
    // "mom of 3": the noun the phrase counts, unless one follows ("dad of two boys" is counted by "boys").
    const parent = lexicon.parentsOf.find(({ words }) => wordsAt(tokens, words, i));
    if (parent) {
      const { words, noun: counted } = parent;
      const number = numberOf(tokens[i + words.length]?.norm ?? '');
      const after = i + words.length + 1 < tokens.length ? nounAt(tokens, i + words.length + 1, lexicon) : undefined;
      const kind = lexicon.nouns.get(counted.split(' ')[0])?.[0]?.kind;
      if (number !== undefined && !after && kind && isOwn(tokens, i, lexicon, tags, false, true)) add(number, kind, counted);
      i += words.length;
      continue;
    }
    const noun = nounAt(tokens, i, lexicon);
    if (noun && !AGE_NOUNS.has(tokens[i].norm)) {
      // "two lovely daughters": a word that describes may come between the number and the noun.
      const describes = i > 1 && tags(tokens[i - 1].norm)?.[0]?.startsWith('JJ') === true;
      const at = describes && numberOf(tokens[i - 2].norm) !== undefined ? i - 2 : i - 1;
      const count = at >= 0 ? numberOf(tokens[at].norm) : undefined;
      const detail = countedDetail(noun.kind, noun.detail, noun.general, lexicon);
      if (count !== undefined && isOwn(tokens, at, lexicon, tags, together)) add(count, noun.kind, detail);
      else named = { kind: noun.kind, detail };
      i += noun.length - 1;
      continue;
    }
    // "I have five of them!": the noun named before.
    const count = numberOf(tokens[i].norm);
    if (count !== undefined && named && tokens[i + 1]?.norm === 'of' && ['them', 'those'].includes(tokens[i + 2]?.norm ?? '') && isOwn(tokens, i, lexicon, tags)) {
      add(count, named.kind, named.detail);
      continue;
    }
  }
  return { facts, ...(named ? { last: named } : {}) };
}

/**
 * What the person says they have none of: "no kids", "I don't have any pets", "I've no cats myself, just a
 * budgie", kept as a `none` fact of the noun as said. Not of someone else ("my sister has no kids").
 */
export function readNone(tokens: readonly Token[], lexicon: MemoryLexicon, tags: Tags): CountedFact[] {
  const facts: CountedFact[] = [];
  const labelled = labelledNone(tokens, lexicon);
  if (labelled) return [labelled];
  for (const cue of lexicon.none) {
    const at = indexOfWords(tokens, cue);
    if (at < 0) continue;
    const start = at + cue.length;
    const noun = start < tokens.length ? nounAt(tokens, start, lexicon) : undefined;
    if (!noun || !isOwn(tokens, at, lexicon, tags)) continue;
    const said = tokens.slice(start, start + noun.length).map((token) => token.norm).join(' ');
    facts.push({ kind: NONE_KIND, value: said, detail: countedDetail(noun.kind, noun.detail, noun.general, lexicon) });
    break;
  }
  return facts;
}

/** "Kids: none", "Pets - no": a noun as a label, then a word for none (memoryNoneAnswers). */
export function labelledNone(tokens: readonly Token[], lexicon: MemoryLexicon): CountedFact | undefined {
  const noun = nounAt(tokens, 0, lexicon);
  if (!noun || tokens[noun.length]?.norm !== ':') return undefined;
  const answer = tokens.slice(noun.length + 1).filter((token) => !isPunctuation(token));
  if (answer.length !== 1 || !lexicon.noneAnswers.has(answer[0].norm)) return undefined;
  const said = tokens.slice(0, noun.length).map((token) => token.norm).join(' ');
  return { kind: NONE_KIND, value: said, detail: countedDetail(noun.kind, noun.detail, noun.general, lexicon) };
}

/**
 * "we broke up last week", "I split up with Tom", "Ana and I split up": where the phrase of a split starts and
 * ends (a name may follow "with", or come before "and I"), or undefined.
 */
export function partingAt(tokens: readonly Token[], lexicon: MemoryLexicon): { start: number; end: number } | undefined {
  for (const phrase of lexicon.partings) {
    const at = indexOfWords(tokens, phrase);
    if (at >= 0) return { start: at, end: at + phrase.length };
  }
  return undefined;
}
