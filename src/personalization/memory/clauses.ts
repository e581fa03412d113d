import type { MemoryLexicon } from './factKinds';
import { DASH, isPunctuation, type TimeSpans, type Token } from './tokens';

export type { TimeSpans } from './tokens';

/** A clause of a message: its tokens (no end punctuation) and whether it ended with a question mark. */
/** `opens`: it ended at a colon (or "="), so what follows says what it announces ("after shift ritual = barbacoa tacos"). */
export interface Clause {
  tokens: Token[];
  asked: boolean;
  opens?: boolean;
}

/**
 * Cuts a message into clauses: at sentence ends and "but" always; at "and", "also" or a comma only when a
 * new statement follows (a subject such as "I" or "my", or the first word of a known phrase), so lists of
 * values and names ("two dogs, Pepper and Salt") stay in one clause.
 */
export function splitClauses(tokens: readonly Token[], lexicon: MemoryLexicon): Clause[] {
  const clauses: Clause[] = [];
  let current: Token[] = [];
  const close = (asked: boolean, opens = false) => {
    if (current.length > 0) clauses.push({ tokens: current, asked, ...(opens ? { opens } : {}) });
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // "Mr. Whiskers": the point of an abbreviated title ends no sentence.
    if (token.norm === '.' && lexicon.nameTitles.has(tokens[i - 1]?.norm ?? '')) continue;
    // "Hose Company No. 2", "up Mt. Hood": nor does that of an abbreviation before the number or the name it goes with.
    // The point stays with the word, so the note keeps it as said ("No. 2").
    if (token.norm === '.' && abbreviated(tokens, i, lexicon)) {
      const word = current.at(-1);
      if (word) current[current.length - 1] = { ...word, raw: `${word.raw}.` };
      continue;
    }
    if (/^[.;!?]$/.test(token.norm)) {
      close(token.norm === '?');
      continue;
    }
    if (lexicon.clauseWords.breaks.has(token.norm) && current.length > 0) {
      close(false);
      continue;
    }
    // "ok quick facts so you stop asking: chloe, 36, …": a colon after words that are no label ("work:",
    // "my fav food:", "partner:") ends what leads up to it.
    // "Ice hockey though: Frölunda all the way", "ok so: carpenter by day": a colon after a break or fillers only starts what follows.
    if (token.norm === ':' && (current.every((word) => lexicon.fillers.has(word.norm) || word.norm === ',') || !isLabel(current, lexicon))) {
      close(false, true);
      continue;
    }
    // "Partner - Ewelina", "Birthday – 17 Sept": a dash after what surely names a fact is said as a colon.
    if (token.raw === DASH && current.length > 0 && isLabel(current, lexicon, true)) {
      current.push({ ...token, norm: ':' });
      continue;
    }
    if (lexicon.clauseWords.lossJoins.has(token.norm) && current.length > 0 && lexicon.clauseWords.newsSubjects.has(tokens[i + 1]?.norm ?? '') && lossFollows(tokens, i + 1, lexicon)) {
      close(false);
      continue;
    }
    // "a parrot called Zé Carioca lol jk his name is Pipoca", "moved to Leeds no wait I moved to York": a
    // take-back said without a comma still ends what it takes back, when what follows is said anew.
    if (saysSomething(current, lexicon) && retractsMidClause(tokens, i, lexicon)) {
      close(false);
      current.push(token);
      continue;
    }
    if (lexicon.clauseWords.joins.has(token.norm) && current.length > 0 && !joinsAskedSubject(current, tokens, i, lexicon) && (startsStatement(tokens, i + 1, lexicon) || agedAfterSelf(current, tokens, i + 1, lexicon) || (token.norm === 'and' && tokens[i - 1]?.norm === ',' && namedSubject(tokens, i + 1)))) {
      close(false);
      continue;
    }
    current.push(token);
  }
  close(false);
  return clauses;
}

/**
 * "How long have June and I been married?", "how long has it been since my wife and I met?": in a sentence that
 * opens as a question (`memoryQuestionStarts`) and ends with a question mark, "and I" or "and me" joins the person
 * to someone in what is asked; it starts nothing new.
 */
function joinsAskedSubject(current: readonly Token[], tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  if (tokens[at].norm !== 'and' || !lexicon.joiningSubjects.has(tokens[at + 1]?.norm ?? '') || isPunctuation(tokens[at - 1])) return false;
  const start = current.findIndex((token) => !lexicon.fillers.has(token.norm) && token.norm !== ',');
  if (start < 0 || !lexicon.questionStarts.some((words) => words.every((word, k) => current[start + k]?.norm === word))) return false;
  const end = tokens.findIndex((token, k) => k > at && /^[.;!?]$/.test(token.norm));
  return end > 0 && tokens[end].norm === '?';
}

/**
 * "I live in Osaka alone since my husband passed away", "we moved to Leeds after our dog died": the news of a
 * loss is a clause of its own, so what is said before it is kept, not let go with it.
 */

function lossFollows(tokens: readonly Token[], from: number, lexicon: MemoryLexicon): boolean {
  for (let i = from; i < tokens.length && !/^[.;!?]$/.test(tokens[i].norm); i++) if (lexicon.gone.some((phrase) => wordsAt(tokens, phrase, i))) return true;
  return false;
}

/** Most words a label of one word or two is read past before its colon ("my fav food:", "Dislikes:"). */
const MAX_UNKNOWN_LABEL = 2;

/**
 * Whether the words before a colon name what follows, as in notes: a kind's label ("work", "my hometown"), a
 * phrase with a {detail} slot ("my fav food"), a noun of a named kind ("partner", "my kids"), or a word or two
 * the lexicon does not know as a phrase ("Name", "correction"); `known`: only a label the lexicon knows.
 */
function isLabel(tokens: readonly Token[], lexicon: MemoryLexicon, known = false): boolean {
  const words = tokens.map((token) => token.norm).filter((word) => !lexicon.fillers.has(word) && word !== ',');
  if (words.length === 0) return false;
  if (words.length <= MAX_UNKNOWN_LABEL && !known) return true;
  const said = words.join(' ');
  const bare = words[0] === 'my' ? words.slice(1) : words;
  if ((lexicon.cues.get(words[0]) ?? []).some((cue) => cue.labelled && cue.before.slice(0, -1).join(' ') === said)) return true;
  if (lexicon.detailed.says.some((cue) => cue.tail[0] === ':' && cue.lead.every((word, i) => words[i] === word) && words.length - cue.lead.length <= 3)) return true;
  if ((lexicon.nouns.get(bare[0]) ?? []).some(({ noun }) => noun.words.length === bare.length)) return true;
  // "NOT a fan of: country", "food I can't stand: okra": a phrase whose value follows, perhaps after its topic.
  const phrase = lexicon.categories.has(words[0]) ? words.slice(1) : words;
  if ((lexicon.cues.get(phrase[0]) ?? []).some((cue) => cue.after.length === 0 && cue.before.length === phrase.length && cue.before.every((word, i) => phrase[i] === word))) return true;
  // "I've got three kids: Arjun, Dev and Maya": names follow a noun of a named kind.
  return lexicon.nouns.has(words[words.length - 1]);
}

/**
 * "im a junior, 17, in atlanta": a number alone after a comma, when the clause so far says what the person is
 * and names no one it could be the age of ("I have a son, 7" keeps it his), is their age, a clause of its own.
 */
function agedAfterSelf(current: readonly Token[], tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  if (current[0]?.norm !== 'i' || current[1]?.norm !== 'am' || !/^\d{1,2}$/.test(tokens[at]?.norm ?? '')) return false;
  const next = tokens[at + 1];
  if (next !== undefined && !isPunctuation(next) && !lexicon.clauseWords.joins.has(next.norm)) return false;
  return !current.some((token) => lexicon.nouns.has(token.norm));
}

/** Verbs after a name that say something of the one named ("and Ruby *is* 12", "and Sam *has* a lisp"). */
const NAMED_VERBS = new Set(['is', 'was', 'has']);

/** "Max is at college, and Ruby is 12": a capitalised name and a verb after ", and" say something new of another ("Hafez and Rumi is my favourite" is a list). */
function namedSubject(tokens: readonly Token[], at: number): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(tokens[at]?.raw ?? '') && NAMED_VERBS.has(tokens[at + 1]?.norm ?? '') && !['called', 'named'].includes(tokens[at + 2]?.norm ?? '');
}

/**
 * Whether a take-back of `memoryRetractions` starts at `at` inside a clause, said without a comma: one of
 * several words ("no wait", "just kidding"), or one after a filler ("lol jk"), before a statement or what names
 * the thing said ("her name is Luna"); a single word alone ("error correction") is part of what is said.
 */
function retractsMidClause(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  const phrase = lexicon.retractions.find((words) => words[0] === tokens[at].norm && wordsAt(tokens, words, at));
  if (!phrase || (phrase.length < 2 && !lexicon.fillers.has(tokens[at - 1]?.norm ?? ''))) return false;
  const next = at + phrase.length;
  return startsStatement(tokens, next, lexicon) || lexicon.namings.some((words) => wordsAt(tokens, words, next));
}

/** Whether a clause so far says more than fillers and words that set right ("no", "oops"): what a take-back after it may take back. */
function saysSomething(current: readonly Token[], lexicon: MemoryLexicon): boolean {
  const setsRight = (word: string) => [...lexicon.retractions, ...lexicon.setRightOpeners].some((phrase) => phrase.includes(word));
  return current.some((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm) && !setsRight(token.norm));
}

function startsStatement(tokens: readonly Token[], from: number, lexicon: MemoryLexicon): boolean {
  for (let i = from; i < tokens.length; i++) {
    const word = tokens[i].norm;
    if (lexicon.clauseWords.joins.has(word) || isPunctuation(tokens[i])) continue;
    // ", since last week we are in Yerevan", ", for 20 years I have …": a time said first.
    const time = ['since', 'for'].includes(word) ? spanEnd(tokens, i + 1, lexicon.spans) : -1;
    const leadIn = lexicon.leadIns.find((phrase) => wordsAt(tokens, phrase, i));
    if (time > i || leadIn) {
      i = (time > i ? time : i + (leadIn?.length ?? 1)) - 1;
      continue;
    }
    if (lexicon.clauseWords.statementSubjects.has(word)) return true;
    // ", wait no, Porto", ", but please forget that": a correction or a take-back starts a clause of its own.
    if (lexicon.retractions.some((phrase) => phrase[0] === word && wordsAt(tokens, phrase, i))) return true;
    // "… my German is gone, forget German": a request to forget is a clause of its own.
    if (lexicon.forgetVerbs.some((phrase) => phrase[0] === word && wordsAt(tokens, phrase, i))) return true;
    // "wife's Kate, sorry, Katie": a word that sets right what was just said, unless it only fills ("actually").
    if (!lexicon.fillers.has(word) && lexicon.setRightOpeners.some((phrase) => phrase[0] === word && wordsAt(tokens, phrase, i))) return true;
    // "reading a lot of sci fi, fav book is Hyperion": a phrase with a {detail} slot, the thing and its tail.
    if (startsDetail(tokens, i, lexicon)) return true;
    // Another word starts a statement only when a whole phrase starts there ("the name is …"), not in a
    // list of things ("the beach and the mountains").
    if (lexicon.clauseStarts.has(word)) return startsPhrase(tokens, i, lexicon);
    if (!lexicon.fillers.has(word)) return false;
  }
  return false;
}

/** Most words of the thing in a {detail} slot, and of a word or two saying how after it ("of all time"). */
const MAX_DETAIL_SPAN = 5;

/** Whether "my favourite {detail} is" (or "fav {detail} is") starts at `at`: its lead, a few words, then its tail. */
function startsDetail(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  return lexicon.detailed.says.some((cue) => {
    if (cue.valueFirst || cue.tail.length === 0 || cue.lead[0] !== tokens[at].norm || !wordsAt(tokens, cue.lead, at)) return false;
    const from = at + cue.lead.length;
    for (let end = from + 1; end <= from + MAX_DETAIL_SPAN && end < tokens.length; end++) {
      if (isPunctuation(tokens[end - 1])) return false;
      if (wordsAt(tokens, cue.tail, end)) return true;
    }
    return false;
  });
}

function startsPhrase(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  const word = tokens[at].norm;
  const phrases = [...(lexicon.cues.get(word) ?? []), ...(lexicon.nameCues.get(word) ?? [])];
  // A label without its colon ("age 33") starts no clause: "a son, age 5" is his age.
  const labelled = (phrase: (typeof phrases)[number]) => 'labelled' in phrase && phrase.labelled === true;
  const unmarked = (phrase: (typeof phrases)[number]) => labelled(phrase) && phrase.before.at(-1) !== ':';
  // "liam, from Galway": a word only a label starts ("from:") starts a clause only as that label.
  const onlyLabel = lexicon.labelStarts.has(word);
  return phrases.some((phrase) => phrase.before.length > 0 && !unmarked(phrase) && (!onlyLabel || labelled(phrase)) && matchWords(tokens, at, phrase.before, lexicon.fillers) > 0);
}

/**
 * Matches `words` at `start`, skipping filler words between them ("i really love"). Returns the index
 * after the match, or -1.
 */
export function matchWords(tokens: readonly Token[], start: number, words: readonly string[], fillers: ReadonlySet<string>, between?: ReadonlyMap<string, readonly (readonly string[])[]>, spans?: TimeSpans): number {
  let at = start;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    while (at < tokens.length && tokens[at].norm !== word && fillers.has(tokens[at].norm)) at++;
    // "I work *nights* at", "I work *from home* as": words that only say how, between the words of a phrase.
    // "I work *part time from home* doing": several of them one after another.
    while (index > 0 && between && at < tokens.length && tokens[at].norm !== word) {
      const skip = between.get(tokens[at].norm)?.find((phrase) => wordsAt(tokens, phrase, at));
      if (!skip) break;
      at += skip.length;
    }
    // "married *35 years* to", "I spent *most of my life* as": a span of time between the words of a phrase.
    if (index > 0 && spans && at < tokens.length && tokens[at].norm !== word) {
      const end = spanEnd(tokens, at, spans);
      if (end > at) at = skipFillers(tokens, end, fillers);
    }
    if (at >= tokens.length || tokens[at].norm !== word) return -1;
    at++;
  }
  return at;
}


/**
 * Where a span of time at `at` ends ("35 years", "nearly forty years", "a few years now", "last summer",
 * "most of my life"), or -1.
 */
export function spanEnd(tokens: readonly Token[], at: number, spans: TimeSpans): number {
  // Most words open no span: one look at the first word of each.
  const first = tokens[at]?.norm ?? '';
  if (!/^\d{1,3}$/.test(first) && !openingWords(spans).has(first)) return -1;
  const phrase = spans.phrases.find((words) => wordsAt(tokens, words, at));
  if (phrase) return at + phrase.length;
  let i = at;
  const before = spans.before.find((words) => wordsAt(tokens, words, i));
  if (before) i += before.length;
  const number = /^\d{1,3}$/.test(tokens[i]?.norm ?? '') ? 1 : (spans.numbers.find((words) => wordsAt(tokens, words, i))?.length ?? 0);
  if (number === 0) return -1;
  i += number;
  // "twenty five years": a number said in two words.
  if (!spans.units.has(tokens[i]?.norm ?? '') && spans.numbers.some((words) => words.length === 1 && words[0] === tokens[i]?.norm)) i++;
  if (!spans.units.has(tokens[i]?.norm ?? '')) return -1;
  return ['now', 'ago'].includes(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
}

const OPENING_WORDS = new WeakMap<TimeSpans, ReadonlySet<string>>();

/** The words a span of time can start with. */
function openingWords(spans: TimeSpans): ReadonlySet<string> {
  let words = OPENING_WORDS.get(spans);
  if (!words) {
    words = new Set([...spans.phrases, ...spans.before, ...spans.numbers].map((phrase) => phrase[0]).filter((word): word is string => word !== undefined));
    OPENING_WORDS.set(spans, words);
  }
  return words;
}

/** Index of the first token that is not a filler word, from `start`. */
export function skipFillers(tokens: readonly Token[], start: number, fillers: ReadonlySet<string>): number {
  let at = start;
  while (at < tokens.length && (fillers.has(tokens[at].norm) || tokens[at].norm === ',')) at++;
  return at;
}

/** Where `words` occur contiguously in `tokens` (by normalized form), or -1. */
export function indexOfWords(tokens: readonly Token[], words: readonly string[], from = 0): number {
  outer: for (let i = from; i + words.length <= tokens.length; i++) {
    for (let j = 0; j < words.length; j++) if (tokens[i + j].norm !== words[j]) continue outer;
    return i;
  }
  return -1;
}

/** Whether `words` occur at `at` in `tokens` (by normalized form). */
export function wordsAt(tokens: readonly Token[], words: readonly string[], at: number): boolean {
  if (at < 0 || at + words.length > tokens.length) return false;
  for (let j = 0; j < words.length; j++) if (tokens[at + j].norm !== words[j]) return false;
  return true;
}

/** Whether one of the phrases ("these days", "from now on") is said anywhere in the tokens. */
export function saysPhrase(tokens: readonly Token[], phrases: readonly (readonly string[])[]): boolean {
  return tokens.some((_, at) => phrases.some((phrase) => phrase.length > 0 && wordsAt(tokens, phrase, at)));
}

/** `saysPhrase` of words already normalised (a question's words). */
export function wordsSayPhrase(words: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  return words.some((_, at) => phrases.some((phrase) => phrase.length > 0 && at + phrase.length <= words.length && phrase.every((word, i) => words[at + i] === word)));
}

/** Whether the point at `at` closes an abbreviation said before a number ("No. 2") or a name ("Mt. Hood"), not a sentence. */
function abbreviated(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  const word = tokens[at - 1]?.norm ?? '';
  const next = tokens[at + 1]?.raw ?? '';
  return (lexicon.abbreviations.beforeNumber.has(word) && /^\d/.test(next)) || (lexicon.abbreviations.beforeName.has(word) && /^\p{Lu}/u.test(next) && next !== 'I');
}
