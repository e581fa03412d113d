import type { MemoryLexicon } from './factKinds';
import { matchWords, skipFillers } from './clauses';
import { numberOf } from './readCounts';
import { readSetRight } from './readSetRight';
import { isPunctuation, typedText, type Token } from './tokens';
import { firstValueListed, temporalValues } from './temporalValues';

/**
 * A value said to hold now in place of another, read without the profile: "Not Bristol, Bath. Moved last year",
 * "oh wait, Zoe works at a wine bar not a cocktail bar", "I said Fresno, I meant Visalia", "lol no it's Noodle,
 * Mr Whiskers was my childhood cat" name both; "change of plans, it's Korea now", "scratch that, she moved it to
 * the 22nd", "Correction, Reggie moved. He's pastoring in Augusta now" name only the new one, and the old one is
 * found by its sort in what was told before. Which kept facts and notes say the old value is for the profile to say.
 */
export interface LatestValue {
  /** The value said now, as typed. */
  value: string;
  /** The value it takes the place of, as typed, when the message names it. */
  not?: string;
  /** How the value is written, for finding the one it replaces when the message does not name it. */
  sort?: ValueSort;
  /**
   * Every value of a sort the message says after the change, in order ("Reggie", "Augusta"): the new value is the
   * first never told before, and the old one is in what was said of a name told before.
   */
  said?: Array<{ value: string; sort: ValueSort }>;
  /** What the message says of the old value itself, to keep as said ("Mr Whiskers was my childhood cat"). */
  oldSaid?: string;
  /** The old value was asked about ("Did I say four hives? It's five"): the question sets right, it asks nothing. */
  asked?: boolean;
  /** The words said after the change, to tell which kept number a number sets right ("5 *cats*", "*age* 35"). */
  near?: string[];
  /** The word said right after a number, when it names what is counted ("5 *cats*"). */
  unit?: string;
  /**
   * Someone new does what another did ("Salim retired, Imran has taken over"): the names the message says before
   * the new one, of which the old one is the first told before.
   */
  handedOver?: { before: string[] };
  /** An amount in a unit said to be changed to ("upped my ramipril *to 10mg*"): set right where that unit was said of the same thing. */
  measured?: Measured;
  /**
   * The words that name what a day or time was moved for ("they moved *stats* to Friday", "my *piano lesson* moved to
   * Monday"): only what was kept of that thing is moved, never the latest day told of something else.
   */
  moved?: string[];
}

/** An amount said in a unit ("20mg", "20 units"): its number and the unit; a price has none once its sign is read away. */
export interface Measured {
  number: number;
  unit?: string;
}

/**
 * A name or place typed with capitals, a number, an ordinal ("the 22nd"), a month; a day of the year or a time of
 * day as recognizers-text reads one ("June 13", "half past seven"), found in what was kept by what it says.
 */
export type ValueSort = 'proper' | 'number' | 'ordinal' | 'month' | 'day' | 'time';

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Most words of a value read at either side of "not" inside a longer sentence. */
const MAX_SIDE_WORDS = 4;
/** Words that join the capitalised words of one name ("University *of* Lagos", "Trinity *and* St John's" is two). */
const NAME_JOINERS = new Set(['of', 'de', 'del', 'la', 'van', 'von', 'da', 'di']);
/** Words after the old value that say it was the one before ("Shopify *was my last one*", "Mr Whiskers *was my childhood cat*"). */
const WAS = new Set(['was', 'were']);
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'some']);
/** Tags of words a value read at the side of "not" never holds: verbs, pronouns, modals, question words. */
const STATEMENT_TAGS = /^(PRP|PRP\$|VB|VBD|VBP|VBZ|VBN|MD|WP|WRB|WDT|IN|CC|TO)$/;

/** Tags of words of a closed class: pronouns, determiners, prepositions, conjunctions, modals, question words. */
const CLOSED_TAGS = /^(PRP|PRP\$|DT|IN|CC|MD|WDT|WP|WP\$|WRB|EX|TO|UH)$/;

type Tags = (word: string) => readonly string[] | undefined;

/** The values a message says hold now in place of others. */
export function readLatest(tokens: readonly Token[], lexicon: MemoryLexicon, tags: Tags): LatestValue[] {
  const sentences = sentencesOf(tokens);
  const found: LatestValue[] = [];
  // "nope 9:30 sorry", "sorry typo, June 13": a value alone after an opener changes what was told as a change does.
  // "Indiana, I mixed them up": owning up to a mistake marks the sentence that says it, wherever it is said.
  const owned = (sentence: readonly Token[]) => lexicon.latestMistakes.some((phrase) => sentence.some((_, at) => phrase.every((word, i) => sentence[at + i]?.norm === word)));
  const marked = sentences.findIndex((sentence) => opensWithChange(sentence, lexicon) || valueAlone(sentence, lexicon, tags) || owned(sentence));
  const settingRight = sentences.findIndex((sentence) => opensSettingRight(sentence, lexicon));
  for (const [index, sentence] of sentences.entries()) {
    const named = namedBoth(sentence, lexicon, tags, settingRight >= 0 && settingRight <= index);
    if (named) found.push(named);
  }
  const asked = askedThenSaid(tokens, lexicon, tags);
  if (asked) found.push(asked);
  if (found.length > 0) return found;
  // "lol no it's Noodle, Mr Whiskers was my childhood cat", "correction, the co-op is at Wealthsimple, Shopify was my last one".
  const old = marked >= 0 ? wasBefore(tokens, marked > 0 ? sentences.slice(marked).flat() : tokens, tags, lexicon.fillers) : undefined;
  if (old) return [old];
  if (marked < 0) {
    const moved = rescheduled(sentences, lexicon, tags);
    if (moved.length > 0) return moved;
    const handed = handedOver(sentences, lexicon, tags);
    return handed ? [handed] : amountChanged(sentences, lexicon, tags);
  }
  // "correction, the school moved my test 3 to April 17": the day said after words that move one, read whole.
  const movedAfter = rescheduled(sentences.slice(marked), lexicon, tags);
  if (movedAfter.length > 0) return movedAfter;
  // "change of plans, it's Korea now": only the new value; the old one is found by its sort.
  const after = sentences.slice(marked).flat();
  // "sorry typo, June 13", "nvm they moved it, its march 21 now": a day or a time of day is read whole.
  // "sorry, four! I forgot little Noah, he was born in January": a number the marked sentence says comes first.
  const numbered = sentences[marked].some((token) => isNumber(token.norm) && !['one', 'a', 'an'].includes(token.norm));
  const markedText = typedText(sentences[marked]);
  // "actually 41 now, the birthday was on sunday": a day of the week said beside a number is not what is set right;
  // nor is a day said after the number without a figure of its own ("correction, the bill was $640, the garage rang
  // today", "sorry, Ivo's 7, his party is in june").
  const firstNumber = sentences[marked].find((token) => isNumber(token.norm) && !['one', 'a', 'an'].includes(token.norm));
  const numberAt = firstNumber ? markedText.toLowerCase().indexOf(firstNumber.raw.toLowerCase()) : -1;
  const temporals = temporalValues(markedText).filter((one) => !numbered || one.hour !== undefined || /\p{N}/u.test(one.text) || (one.weekday === undefined && numberAt >= 0 && one.start < numberAt));
  // "they moved us off Mondays, it's Wednesdays now": the day said after "off" is the old one, named.
  // "steve can't make tuesday, he's coming wednesday instead", "the bassist can't do Sundays anymore": the day said
  // after "not" and a verb, or before words that say it holds no longer, is the old one too.
  const leaving = temporals.find((one) => leftBehind(sentences[marked], markedText, one, lexicon));
  const arriving = temporals.find((one) => one !== leaving);
  if (leaving && arriving) return [{ value: arriving.text, not: leaving.text, sort: arriving.hour === undefined ? 'day' : 'time' }];
  const temporal = temporals[0] ?? (numbered ? undefined : temporalValues(typedText(after))[0]);
  // "sorry it's Tuesdays and Fridays now": days said as one list are the value, whole.
  if (temporal) return [{ value: temporal === temporals[0] ? firstValueListed(markedText, temporals) : temporal.text, sort: temporal.hour === undefined ? 'day' : 'time' }];
  const sorted = sortedValues(after, tags, lexicon.fillers);
  // "Oh dear, sorry, four!": a number said in words, alone after the opener.
  const inMarked = sortedValues(sentences[marked], tags, lexicon.fillers).length === 0;
  const inWords = inMarked ? sentences[marked].map((token, at) => ({ value: spelledNumber(token), end: at + 1 })).find((one) => one.value !== undefined) : undefined;
  const values = inWords?.value ? [{ value: inWords.value, sort: 'number' as const, end: inWords.end }] : sorted;
  if (values.length === 0) return [];
  // "5 cats": a noun said right after the number, in its sentence, names what is counted ("185. good season" does not).
  const sentenceEnds = sentences.slice(marked).reduce<number[]>((ends, sentence) => [...ends, (ends.at(-1) ?? 0) + sentence.length], []);
  const next = sentenceEnds.includes(values[0].end) ? undefined : after[values[0].end];
  const noun = next !== undefined && /^\p{L}+$/u.test(next.norm) && !lexicon.fillers.has(next.norm) && (tags(next.norm)?.[0] ?? 'NN').startsWith('NN');
  // "the fine was €90 total": money is no count of the noun after it.
  const unit = values[0].sort === 'number' && noun && !/\p{Sc}/u.test(values[0].value) ? next.norm : undefined;
  const near = after.filter((token) => !isPunctuation(token)).map((token) => token.norm);
  return [{ value: values[0].value, sort: values[0].sort, said: values.map(({ value, sort }) => ({ value, sort })), near, ...(unit ? { unit } : {}) }];
}

/** Most words said between a mark of what no longer holds and the day it marks ("can't *make* tuesday"). */
const MAX_MARKED_GAP = 1;

/**
 * Whether a day or time said in a sentence is the one that no longer holds: said right after a word of
 * `memoryOldValueMarks` ("off Mondays", "not Tuesday"), a verb between or not ("can't make tuesday"), or right
 * before words of `memoryNoLonger` ("can't do Sundays anymore"), all in one clause.
 */
function leftBehind(sentence: readonly Token[], text: string, value: { start: number; end: number }, lexicon: MemoryLexicon): boolean {
  // Where each word was typed in the text ("n't", typed nowhere of its own, where the word before it ends).
  let cursor = 0;
  const at = sentence.map((token) => {
    const found = token.raw === '' ? -1 : text.indexOf(token.raw, cursor);
    if (found >= 0) cursor = found + token.raw.length;
    return found >= 0 ? found : cursor;
  });
  const first = at.findIndex((start) => start >= value.start);
  const next = at.findIndex((start) => start >= value.end);
  if (first < 0) return false;
  const clause = (from: number, to: number) => sentence.slice(Math.max(from, 0), to).every((token) => !isPunctuation(token));
  const endsBefore = (phrase: readonly string[], gap: number) => clause(first - phrase.length - gap, first) && phrase.every((word, i) => sentence[first - phrase.length - gap + i]?.norm === word);
  const marked = lexicon.oldValueMarks.some((phrase) => [0, MAX_MARKED_GAP].some((gap) => endsBefore(phrase, gap)));
  return marked || (next >= 0 && lexicon.noLonger.some((phrase) => phrase.every((word, i) => sentence[next + i]?.norm === word)));
}

/**
 * "Salim has retired, his nephew Imran has taken over", "Inês is moving to Porto so from now I go to Mariana": a
 * name said right before words that hand over (`memoryHandOvers`), or right after those that hand over to
 * (`memoryHandOversTo`), is new in place of a name the message says before it; which of those was told before, and
 * is no one kept as family or a friend, is for the profile to say.
 */
function handedOver(sentences: readonly Token[][], lexicon: MemoryLexicon, tags: Tags): LatestValue | undefined {
  const tokens = sentences.flat();
  const values = sortedValues(tokens, tags, lexicon.fillers).filter((one) => one.sort === 'proper');
  for (let at = 0; at < tokens.length; at++) {
    const before = lexicon.handOvers.before.find((phrase) => matchWords(tokens, at, phrase, new Set()) > at);
    const after = before ? undefined : lexicon.handOvers.after.find((phrase) => matchWords(tokens, at, phrase, new Set()) > at);
    if (!before && !after) continue;
    // "Imran has taken over": the name ends right before the words (after "his nephew"); "go to Mariana": it opens right after.
    const end = before ? at : matchWords(tokens, at, after ?? [], new Set());
    const now = before ? values.find((one) => one.end === end) : values.find((one) => one.end - one.value.split(/\s+/).length === end);
    if (!now) continue;
    const start = now.end - now.value.split(/\s+/).length;
    const earlier = values.filter((one) => one.end <= Math.min(start, at) && one.value.toLowerCase() !== now.value.toLowerCase()).map((one) => one.value);
    if (earlier.length === 0) continue;
    return { value: now.value, sort: 'proper', handedOver: { before: earlier } };
  }
  return undefined;
}

/** Most words between a verb that changes an amount and the "to" before the new one ("bumped my insulin up to"). */
const MAX_BEFORE_TO = 5;

/**
 * "she changed my ramipril to 10mg", "they bumped my insulin up to 14 units": an amount in a unit said after a verb
 * that changes one (`memoryAmountChanges`) and "to".
 */
function amountChanged(sentences: readonly Token[][], lexicon: MemoryLexicon, tags: Tags): LatestValue[] {
  for (const sentence of sentences) {
    const verb = sentence.findIndex((token) => lexicon.amountChanges.has(token.norm));
    if (verb < 0) continue;
    const to = sentence.findIndex((token, at) => at > verb && at <= verb + MAX_BEFORE_TO && token.norm === 'to');
    const found = to < 0 ? undefined : measuredAt(sentence, to + 1, tags);
    if (!found) {
      // "they put my phone bill down to £18", "netflix went up to 15.99": a price, said without a unit once its sign
      // is read away, is known by the nouns that name what costs it, said before "to".
      const price = to < 0 ? undefined : /^\d+(?:\.\d+)?$/.exec(sentence[to + 1]?.norm ?? '');
      const named = sentence.slice(0, to).filter((token) => /^\p{L}+$/u.test(token.norm) && !lexicon.fillers.has(token.norm) && !lexicon.amountChanges.has(token.norm) && (tags(token.norm) ?? ['NN']).some((tag) => tag.startsWith('NN')));
      if (!price) continue;
      // "oh they just put it up to £7.50": said of nothing named, the figure is of what was told last (`oldOfSort`).
      if (named.length === 0) return [{ value: sentence[to + 1].raw, sort: 'number', said: [{ value: sentence[to + 1].raw, sort: 'number' }], near: [] }];
      return [{ value: sentence[to + 1].raw, sort: 'number', measured: { number: Number(price[0]) }, near: named.map((token) => token.norm) }];
    }
    const near = sentence.filter((token) => !isPunctuation(token)).map((token) => token.norm);
    return [{ value: typedText(sentence.slice(to + 1, to + 1 + found.length)), sort: 'number', measured: found.measured, near }];
  }
  return [];
}

/** The amount in a unit said at a word ("20mg", "20 units"), and how many words say it. */
export function measuredAt(tokens: readonly Token[], at: number, tags: Tags): { measured: Measured; length: number } | undefined {
  const word = tokens[at]?.norm ?? '';
  const glued = /^(\d+(?:\.\d+)?)(\p{L}+)$/u.exec(word);
  if (glued) return { measured: { number: Number(glued[1]), unit: glued[2] }, length: 1 };
  if (!/^\d+(?:\.\d+)?$/.test(word)) return undefined;
  const next = tokens[at + 1]?.norm ?? '';
  return /^\p{L}+$/u.test(next) && (tags(next)?.[0] ?? 'NN').startsWith('NN') ? { measured: { number: Number(word), unit: next }, length: 2 } : undefined;
}

/** Words that point at the value set right after an opener ("wait, *it's* the 3rd"). */
const POINTING = [['it', 'is'], ['it', 'was'], ['its'], ['it', 'will', 'be']];

/**
 * "they rang to move it, it's Friday at 11.30 now", "piano moved to tuesdays": a day or time said after words that move
 * one (`memoryRescheduled`), anywhere in a sentence; right after them unless they point at what moved ("it").
 */
function rescheduled(sentences: readonly Token[][], lexicon: MemoryLexicon, tags: Tags): LatestValue[] {
  for (const sentence of sentences) {
    // "wait, it's July 3rd, I looked at the wrong calendar": a day or time pointed at right after an opener that sets right.
    const start = skipFillers(sentence, 0, lexicon.fillers);
    const opened = lexicon.latestOpeners.map((phrase) => matchWords(sentence, start, phrase, new Set())).find((at) => at > start);
    const from = opened === undefined ? -1 : skipFillers(sentence, opened, new Set([...lexicon.fillers, ',']));
    const pointer = from < 0 ? undefined : POINTING.find((words) => words.every((word, i) => sentence[from + i]?.norm === word));
    if (pointer) {
      const after = typedText(sentence.slice(from + pointer.length));
      const values = temporalValues(after);
      const temporal = values[0];
      if (temporal && /^[\s,]*(?:the\s+|on\s+|at\s+)?$/iu.test(after.slice(0, temporal.start))) return [{ value: firstValueListed(after, values), sort: temporal.hour === undefined ? 'day' : 'time' }];
    }
    for (const phrase of lexicon.rescheduled) {
      for (let at = 0; at < sentence.length; at++) {
        const end = phrase.direct ? movedTo(sentence, at, phrase.words) : matchWords(sentence, at, phrase.words, new Set());
        if (end <= at) continue;
        const after = typedText(sentence.slice(end));
        const values = temporalValues(after);
        const [temporal, ...more] = values;
        if (!temporal || (phrase.direct && !/^[\s,]*$/u.test(after.slice(0, temporal.start)))) continue;
        // "moved me to sunday at 11": a day, then the time of day said after it, each in place of its own.
        const time = temporal.hour === undefined ? more.find((one) => one.hour !== undefined && one.weekday === undefined && one.month === undefined) : undefined;
        const moved = phrase.direct ? movedThing(sentence, at, end, lexicon, tags) : [];
        const named = moved.length > 0 ? { moved } : {};
        return [{ value: firstValueListed(after, values), sort: temporal.hour === undefined ? 'day' : 'time', ...named }, ...(time ? [{ value: /\bat\s+$/iu.test(after.slice(0, time.start)) ? `at ${time.text}` : time.text, sort: 'time' as const, ...named }] : [])];
      }
    }
  }
  return [];
}

/**
 * The words that name what a phrase moving a day moved: those said between its verb and its last word ("moved *my
 * stats lecture* to"), else, with none between, those said before the verb in its clause ("*the piano lesson* moved to"); words of a
 * closed class, verbs and fillers name nothing ("they moved *me* to", "ugh it got moved to").
 */
function movedThing(sentence: readonly Token[], at: number, end: number, lexicon: MemoryLexicon, tags: Tags): string[] {
  const naming = (token: Token) => /^\p{L}[\p{L}'-]*$/u.test(token.norm) && !lexicon.fillers.has(token.norm) && !(tags(token.norm) ?? []).some((tag) => CLOSED_TAGS.test(tag) || /^(VB|MD|RB)/.test(tag));
  // "the salon moved *me* to friday": who moved it is not what was moved.
  if (end - 1 > at + 1) return sentence.slice(at + 1, end - 1).filter(naming).map((token) => token.norm);
  let from = at;
  while (from > 0 && !isPunctuation(sentence[from - 1])) from--;
  return sentence.slice(from, at).filter(naming).map((token) => token.norm);
}

/** Most words said between a verb that moves a day and the word before the new one ("moved *me* to", "pushed *the first viewing* to"). */
const MAX_MOVED_WORDS = 4;

/**
 * Where a phrase that moves a day to one said right after it ends ("moved to", "rescheduled for"), its last word
 * said right after the others or a few words on, none a mark ("the school moved *my road test* to April 17").
 */
function movedTo(sentence: readonly Token[], at: number, words: readonly string[]): number {
  const whole = matchWords(sentence, at, words, new Set());
  if (whole > at || words.length < 2) return whole;
  const head = matchWords(sentence, at, words.slice(0, -1), new Set());
  if (head <= at) return -1;
  for (let to = head + 1; to <= head + MAX_MOVED_WORDS && to < sentence.length && !isPunctuation(sentence[to - 1]); to++) {
    if (sentence[to].norm === words.at(-1)) return to + 1;
  }
  return -1;
}

/** The message cut at the marks that end a sentence; a dash or comma does not. */
export function sentencesOf(tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [[]];
  for (const token of tokens) {
    if (['.', '!', '?', ';'].includes(token.norm)) sentences.push([]);
    else sentences[sentences.length - 1].push(token);
  }
  return sentences.filter((sentence) => sentence.length > 0);
}

/**
 * Whether a sentence opens by saying what follows changes what was said (`memoryRetractions`, `memoryChangesOfMind`:
 * "scratch that", "change of plans", "make that"), or opens with a word that may set right (`memorySetRightOpeners`:
 * "actually") and says it holds now ("now", "instead").
 */
function opensWithChange(sentence: readonly Token[], lexicon: MemoryLexicon): boolean {
  const { start, from, opener } = opening(sentence, lexicon);
  const marks = [...lexicon.retractions, ...lexicon.changesOfMind, ...lexicon.latestMistakes];
  if ([start, from].some((at) => marks.some((phrase) => matchWords(sentence, at, phrase, lexicon.fillers) > at))) return true;
  const words = sentence.filter((token) => !isPunctuation(token));
  // "actually they moved us off Mondays, it's Wednesdays and Thursdays now": saying what no longer holds, "and" adds nothing.
  const leaves = lexicon.oldValueMarks.some((phrase) => words.some((_, at) => phrase.every((word, i) => words[at + i]?.norm === word)));
  const adds = !leaves && lexicon.additions.some((phrase) => words.some((_, at) => phrase.every((word, i) => words[at + i]?.norm === word)));
  return opener && !adds && lexicon.switchMarkers.some((phrase) => sentence.some((_, at) => at >= from && phrase.every((word, i) => sentence[at + i]?.norm === word)));
}

/** Whether a sentence opens with a word that may set right ("oh wait,", "sorry,") or a change. */
export function opensSettingRight(sentence: readonly Token[], lexicon: MemoryLexicon): boolean {
  return opening(sentence, lexicon).opener || opensWithChange(sentence, lexicon);
}

/** Where a sentence's words start past fillers and commas, and past a word that may set right after them. */
function opening(sentence: readonly Token[], lexicon: MemoryLexicon): { start: number; from: number; opener: boolean } {
  const skip = (at: number, fillers: ReadonlySet<string>) => {
    let to = at;
    while (to < sentence.length && (sentence[to].norm === ',' || fillers.has(sentence[to].norm))) to++;
    return to;
  };
  const start = skip(0, new Set([...lexicon.fillers].filter((word) => !lexicon.setRightOpeners.some((phrase) => phrase[0] === word))));
  const openers = [...lexicon.setRightOpeners, ...lexicon.latestOpeners];
  const end = openers.map((phrase) => matchWords(sentence, start, phrase, new Set())).find((at) => at > start);
  // "oh wait,": one opener after another.
  const next = end === undefined ? undefined : openers.map((phrase) => matchWords(sentence, end, phrase, new Set())).find((at) => at > end);
  return { start, from: skip(next ?? end ?? start, lexicon.fillers), opener: end !== undefined };
}

/**
 * Both values, named in one sentence: "Not Bristol, Bath", "sorry, not Anna — Anu", "Zoe works at a wine bar not
 * a cocktail bar" (after a word that sets right), "I said Fresno, I meant Visalia".
 */
function namedBoth(sentence: readonly Token[], lexicon: MemoryLexicon, tags: Tags, marked: boolean): LatestValue | undefined {
  const whole = readSetRight(sentence, lexicon, tags);
  if (whole) return whole;
  const said = sentence.findIndex((token) => token.norm === 'said');
  const meant = sentence.findIndex((token) => token.norm === 'meant');
  if (said >= 0 && meant > said) {
    const not = valueSide(sentence.slice(said + 1, meant).filter((token) => !isPunctuation(token) && token.norm !== 'i'), tags);
    const value = valueSide(sentence.slice(meant + 1), tags);
    if (not && value) return { value, not };
  }
  const rather = marked ? moreThan(sentence, tags) : undefined;
  if (rather) return rather;
  const not = sentence.findIndex((token) => token.norm === 'not');
  const denied = not >= 0 ? notButIs(sentence, not, lexicon, tags) : undefined;
  if (denied) return denied;
  // "Mateo is the catcher, not the pitcher": a value set against another after a comma sets it right unopened;
  // so does one said to hold now ("I'm riding with Dov now, not Ezra", "it's plum these days not navy").
  const switched = not > 0 ? switchBefore(sentence, not, lexicon) : undefined;
  // "it's Fridays at Totnes not Saturdays": a day of the week set against another sets it right unopened.
  const weekdays = not > 0 ? weekdayAgainstWeekday(sentence, not) : undefined;
  if (weekdays) return weekdays;
  if (not < 0 || !(marked || sentence[not - 1]?.norm === ',' || switched !== undefined)) return undefined;
  // "sorry, not Tomas — Tamas": after the words that open it, the old value first.
  if (not === opening(sentence, lexicon).from) {
    const comma = sentence.findIndex((token, at) => at > not && token.norm === ',');
    const next = sentence.findIndex((token, at) => at > comma && token.norm === ',');
    const old = comma > 0 ? valueSide(sentence.slice(not + 1, comma), tags) : undefined;
    const rest = sentence.slice(comma + 1, next < 0 ? sentence.length : next);
    // "oh, not Mai, we go in July because …": the first name or month said after it, when more than a value follows.
    const named = old ? sortedValues(rest, tags, lexicon.fillers).find((one) => (one.sort === 'proper' || one.sort === 'month') && one.value.toLowerCase() !== old.toLowerCase()) : undefined;
    const value = old ? (valueSide(rest, tags) ?? named?.value) : undefined;
    return old && value ? { value, not: old } : undefined;
  }
  if (not === 0) return undefined;
  // "… a wine bar not a cocktail bar": the words that can be a value on each side of "not".
  const before = sentence.slice(0, switched ?? not).filter((token) => token.norm !== ',');
  let from = before.length;
  while (from > 0 && before.length - from < MAX_SIDE_WORDS && valueWord(before[from - 1], tags)) from--;
  let to = not + 1;
  const after = sentence.slice(not + 1);
  let end = 0;
  while (end < after.length && DETERMINERS.has(after[end].norm)) end++;
  // "at 6 not 7 ugh", "next month not next weekend lol": a filler after the old value is none of it.
  while (end < after.length && end < MAX_SIDE_WORDS && valueWord(after[end], tags) && !lexicon.fillers.has(after[end].norm)) end++;
  to += end;
  const old = valueSide(sentence.slice(not + 1, to), tags);
  // "It was 34 years with the county, not 32": a number set against a number, wherever it was said before "not".
  const numberBefore = old !== undefined && isNumber(old) ? [...before].reverse().find((token) => isNumber(token.norm)) : undefined;
  if (old !== undefined && numberBefore && !isNumber(typedText(before.slice(from)))) return numberBefore.norm === old.toLowerCase() ? undefined : { value: numberBefore.raw || numberBefore.norm, not: old };
  // "the appointment is the 5th of November, not the 3rd", "at half past seven, not seven": the day or time said whole.
  const beforeText = typedText(before);
  const temporal = temporalValues(beforeText).at(-1);
  const value = temporal && temporal.end >= beforeText.replace(/[\s,]+$/, '').length ? temporal.text : valueSide(before.slice(from), tags);
  return value && old ? { value, not: old } : undefined;
}

/**
 * "it's Fridays at Totnes not Saturdays", "we train thursdays at the rec, not tuesdays": a day of the week said right
 * after "not", set against the last one said before it in the sentence, wherever that was said.
 */
function weekdayAgainstWeekday(sentence: readonly Token[], not: number): LatestValue | undefined {
  const after = temporalValues(typedText(sentence.slice(not + 1)));
  const old = after[0]?.start === 0 || /^(?:the|on)\s/i.test(typedText(sentence.slice(not + 1)).slice(0, after[0]?.start ?? 0)) ? after[0] : undefined;
  const value = temporalValues(typedText(sentence.slice(0, not))).filter((one) => one.weekday !== undefined && one.hour === undefined).at(-1);
  if (old?.weekday === undefined || old.hour !== undefined || value?.weekday === undefined || value.weekday === old.weekday) return undefined;
  return { value: value.text, not: old.text, sort: 'day' };
}

/**
 * Where words that say a value holds now (`memorySwitchMarkers`: "now", "these days") start when they end right
 * before "not", a comma between them or not ("Dov now, not Ezra"); undefined when none do.
 */
function switchBefore(sentence: readonly Token[], not: number, lexicon: MemoryLexicon): number | undefined {
  const end = sentence[not - 1]?.norm === ',' ? not - 1 : not;
  const phrase = lexicon.switchMarkers.find((words) => end - words.length > 0 && words.every((word, i) => sentence[end - words.length + i]?.norm === word));
  return phrase ? end - phrase.length : undefined;
}

/** "jess isn't going to spotify, it's Netflix", "I'm not in Leeds, I'm in York": what is not so, then what is. */
function notButIs(sentence: readonly Token[], not: number, lexicon: MemoryLexicon, tags: Tags): LatestValue | undefined {
  const comma = sentence.findIndex((token, at) => at > not && token.norm === ',');
  const pointer = comma > not + 1 ? POINTED.find((words) => words.every((word, i) => sentence[comma + 1 + i]?.norm === word)) : undefined;
  if (!pointer) return undefined;
  const rest = sentence.slice(comma + 1 + pointer.length);
  const stop = rest.findIndex((token) => isPunctuation(token));
  const value = valueSide((stop < 0 ? rest : rest.slice(0, stop)).filter((token) => !lexicon.fillers.has(token.norm)), tags);
  let from = comma;
  while (from > not + 1 && comma - from < MAX_SIDE_WORDS && valueWord(sentence[from - 1], tags)) from--;
  const old = valueSide(sentence.slice(from, comma), tags);
  return value && old && value.toLowerCase() !== old.toLowerCase() ? { value, not: old } : undefined;
}

/** "hmm actually it's more teal than green", after a word that sets right: the value is the one said first. */
function moreThan(sentence: readonly Token[], tags: Tags): LatestValue | undefined {
  const more = sentence.findIndex((token) => token.norm === 'more');
  const than = sentence.findIndex((token, at) => at > more && token.norm === 'than');
  if (more < 0 || than < 0) return undefined;
  const value = valueSide(sentence.slice(more + 1, than), tags);
  const after = sentence.slice(than + 1);
  const stop = after.findIndex((token) => isPunctuation(token));
  const old = valueSide(stop < 0 ? after : after.slice(0, stop), tags);
  return value && old ? { value, not: old } : undefined;
}

/**
 * Whether a sentence is an opener and one value alone ("nope 9:30 sorry", "wait, 5 not 4" is read by `namedBoth`):
 * a day, a time of day or a number, with nothing else but fillers and openers.
 */
function valueAlone(sentence: readonly Token[], lexicon: MemoryLexicon, tags: Tags): boolean {
  const { from, opener } = opening(sentence, lexicon);
  if (!opener) return false;
  const openerWords = new Set([...lexicon.setRightOpeners, ...lexicon.latestOpeners].filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]));
  // "Oh dear, sorry, four!": a word that only addresses or exclaims is none of it either.
  const addresses = (token: Token) => lexicon.asides.some((phrase) => phrase.length === 1 && phrase[0] === token.norm);
  // "actually £5.20, I misread the invoice": the value alone in the clause the opener opens, when what follows says why
  // and holds no value of its own ("wait 2018, December 2018, just before Christmas" says the value again, whole).
  const comma = sentence.findIndex((token, at) => at > from && token.norm === ',');
  const afterComma = comma > from ? sentence.slice(comma + 1) : [];
  const restValued = afterComma.some((token) => /\p{N}/u.test(token.norm)) || temporalValues(typedText(afterComma)).length > 0;
  const clause = sentence.slice(from, comma > from && !restValued ? comma : sentence.length);
  const said = clause.filter((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm) && !openerWords.has(token.norm) && !addresses(token));
  // "actually wait its the 15th": the words that only point at the value are none of it.
  const pointer = POINTED.find((words) => words.every((word, i) => said[i]?.norm === word));
  const pointed = said.slice(pointer?.length ?? 0);
  const rest = DETERMINERS.has(pointed[0]?.norm ?? '') && pointed.length === 2 ? pointed.slice(1) : pointed;
  if (rest.length === 0) return false;
  const text = typedText(rest);
  const temporal = temporalValues(text);
  if (temporal.length === 1 && temporal[0].start === 0 && temporal[0].end === text.length) return true;
  return rest.length === 1 && (sortedValues(rest, tags, lexicon.fillers).some((one) => one.sort === 'number' || one.sort === 'ordinal') || spelledNumber(rest[0]) !== undefined);
}

/** "four" said alone as a number ("sorry, four!"), as its digits; "one" and "a" are too often no number. */
function spelledNumber(token: Token): string | undefined {
  if (/^\d/.test(token.norm) || ['one', 'a', 'an'].includes(token.norm)) return undefined;
  const number = numberOf(token.norm);
  return number === undefined ? undefined : String(number);
}

/** Words that point at the value said in place of the one asked about ("*it's* five", "*I'm* 82 now"). */
const POINTED = [['it', 'is'], ['it', 'was'], ['its'], ['i', 'am'], ['that', 'is'], ['they', 'are'], ['we', 'are']];

/**
 * "Did I say four hives? It's five, I added one": the value asked about is the old one, the value after "it's" in
 * the sentence after the question the new one. A number or a word for one in place of another sets right only the
 * number ("four hives" → "five hives").
 */
function askedThenSaid(tokens: readonly Token[], lexicon: MemoryLexicon, tags: Tags): LatestValue | undefined {
  const question = tokens.findIndex((token) => token.norm === '?');
  if (question < 0) return undefined;
  const start = skipFillers(tokens, 0, lexicon.fillers);
  const end = lexicon.askedWhatSaid.map((words) => matchWords(tokens, start, words, lexicon.fillers)).find((at) => at > 0 && at < question);
  if (end === undefined) return undefined;
  const old = valueSide(tokens.slice(end, question).filter((token) => !isPunctuation(token)), tags);
  const from = skipFillers(tokens, question + 1, lexicon.fillers);
  const pointer = POINTED.find((words) => words.every((word, i) => tokens[from + i]?.norm === word));
  if (!old || !pointer) return undefined;
  const after = tokens.slice(from + pointer.length);
  const stop = after.findIndex((token) => isPunctuation(token));
  const words = (stop < 0 ? after : after.slice(0, stop)).filter((token) => !lexicon.fillers.has(token.norm));
  const value = valueSide(words, tags);
  if (!value) return undefined;
  const oldWords = old.split(/\s+/);
  const newWords = value.split(/\s+/);
  // "four hives" set right by "five", "$40 a month" by "$45": the number alone.
  if (newWords.length === 1 && oldWords.length > 1 && isNumber(oldWords[0]) && isNumber(newWords[0])) return { value, not: oldWords[0], asked: true };
  return { value, not: old, asked: true };
}


/** Whether a word says a number ("34", "four"). */
function isNumber(word: string): boolean {
  // "$438 not $412": a figure typed with its sign of money is a number too.
  return /^\p{Sc}?\d+(\.\d+)?\p{Sc}?$/u.test(word) || numberOf(word.toLowerCase()) !== undefined;
}

/** A word a value may hold: a name or a noun, not a verb, a pronoun or a mark. */
function valueWord(token: Token, tags: Tags): boolean {
  // By the word's commonest use: "doctor" and "green" are nouns that can be verbs, "is" and "to" never values.
  const commonest = tags(token.norm)?.[0];
  // "$412", "38€": a figure keeps its sign of money.
  return /^\p{Sc}?[\p{L}\p{N}][\p{L}\p{N}'.-]*\p{Sc}?$/u.test(token.raw) && !(commonest !== undefined && STATEMENT_TAGS.test(commonest));
}

/** The value a few words say, without the words in front that only point ("a", "the", "my"). */
function valueSide(words: readonly Token[], tags: Tags): string | undefined {
  let start = 0;
  while (start < words.length && DETERMINERS.has(words[start].norm)) start++;
  const side = words.slice(start);
  if (side.length === 0 || side.length > MAX_SIDE_WORDS || !side.every((token) => valueWord(token, tags))) return undefined;
  return typedText(side);
}

/**
 * "Mr Whiskers was my childhood cat", "Ibadan was his second choice" after a change: the name before "was" is the
 * old value, the other name said since the change the new one.
 */
function wasBefore(tokens: readonly Token[], after: readonly Token[], tags: Tags, fillers: ReadonlySet<string>): LatestValue | undefined {
  const names = sortedValues(after, tags, fillers).filter((one) => one.sort === 'proper');
  const old = names.find((one) => WAS.has(after[one.end]?.norm ?? '') && DETERMINERS.has(after[one.end + 1]?.norm ?? ''));
  const value = old ? names.filter((one) => one !== old && one.value.toLowerCase() !== old.value.toLowerCase()).at(-1) : undefined;
  if (!old || !value || tokens.length === 0) return undefined;
  const start = after.findIndex((_, at) => at + old.value.split(/\s+/).length === old.end && typedText(after.slice(at, old.end)) === old.value);
  const rest = after.slice(old.end).findIndex((token) => isPunctuation(token));
  const said = start >= 0 ? typedText(after.slice(start, rest < 0 ? after.length : old.end + rest)) : undefined;
  return { value: value.value, not: old.value, ...(said ? { oldSaid: said } : {}) };
}

interface SortedValue {
  value: string;
  sort: ValueSort;
  /** Where the value ends among the words read. */
  end: number;
}

/**
 * The values words say that can be told apart by how they are written: names typed with capitals (not a word
 * that opens a sentence because it does, nor "I"), numbers, ordinals ("22nd"), months.
 */
export function sortedValues(tokens: readonly Token[], tags: Tags, fillers: ReadonlySet<string>): SortedValue[] {
  const values: SortedValue[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    const norm = token.norm;
    if (MONTHS.has(norm) && (norm !== 'may' || /^M/.test(token.raw))) {
      values.push({ value: token.raw, sort: 'month', end: at + 1 });
      continue;
    }
    if (/^\d+(st|nd|rd|th)$/.test(norm)) {
      values.push({ value: token.raw, sort: 'ordinal', end: at + 1 });
      continue;
    }
    if (/^\d+(\.\d+)?$/.test(norm)) {
      values.push({ value: token.raw, sort: 'number', end: at + 1 });
      continue;
    }
    if (fillers.has(norm) || !capitalised(token, at === 0 || ['.', '!', '?', ';'].includes(tokens[at - 1].norm), tags)) continue;
    let end = at + 1;
    for (;;) {
      if (end < tokens.length && capitalised(tokens[end], false, tags)) end++;
      else if (end + 1 < tokens.length && NAME_JOINERS.has(tokens[end].norm) && capitalised(tokens[end + 1], false, tags)) end += 2;
      else break;
    }
    values.push({ value: typedText(tokens.slice(at, end)), sort: 'proper', end });
    at = end - 1;
  }
  return values;
}

/** A word typed with a capital as a name is: not "I", not a dictionary word that opens a sentence, not a month. */
function capitalised(token: Token, opens: boolean, tags: Tags): boolean {
  if (!/^\p{Lu}/u.test(token.raw) || token.norm === 'i' || MONTHS.has(token.norm)) return false;
  const tagged = tags(token.norm);
  // "She", "The": a word of a closed class is no name wherever it is typed.
  if (tagged !== undefined && tagged.every((tag) => CLOSED_TAGS.test(tag))) return false;
  if (!opens) return true;
  return tagged === undefined || tagged.every((tag) => tag.startsWith('NNP'));
}
