// Reads which later message changes the value a note found holds: it speaks of the same thing, says a change, and holds a new value of the sort asked.
import { isPunctuation, tokenize, type Token } from './tokens';
import type { NoteLexicon } from './noteLexicon';
import { contentWords, MONTH_OR_DAY, stem } from './noteWords';
import { saysPhrase, wordsAt } from './clauses';
import type { TimedNote } from './supersedingNote';
import { switchedTo } from './readSwitches';
import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';

/** What a later change is read with: the value of the sort asked in a text, what names a person ("parents"), what may name a thing. */
export interface ChangeReading {
  valueOf: (text: string) => string | undefined;
  isPerson: (word: string) => boolean;
  namesThing: (word: string) => boolean;
  /** The value asked is a figure: a new one must be in the old one's unit, when both say one ("62kg", "65kg"). */
  figure: boolean;
}

/** Most notes a word of the found note may be said in and still name its thing ("threshold", not "run"). */
const THING_WORD_NOTES = 3;

/** Fewest letters of a word that names the thing changed ("plan", "lease"; not "bit"). */
const THING_WORD_LETTERS = 4;

/**
 * "Threshold pace is 6:35/mile" then, in a later message, "coach adjusted my threshold to 6:30/mile"; "planning a hike
 * in the Dolomites" then "change of plan: doing Snowdonia instead": the latest later message that speaks of the same
 * thing (says a word that names it in the note found or in the question, or, told right after, opens as news or a change
 * of mind: "update:", "change of plan"), says a change (`memorySwitchMarkers`, `memoryChangedSince`,
 * `memoryChangesOfMind`, `memoryLaterChanges`: "now", "instead", "moved", "extended", "down to") and holds another value
 * of the sort asked holds what is so now: its part that holds that value. Not a change said of someone else the note
 * found does not name ("my parents moved to Bergen"). Undefined when no later message does so.
 */
export function laterValueChange<T extends TimedNote>(notes: readonly T[], found: T, foundText: string, asked: readonly string[], lexicon: NoteLexicon, reading: ChangeReading): { note: T; text: string } | undefined {
  const old = reading.valueOf(foundText);
  const foundAt = notes.indexOf(found);
  if (old === undefined || foundAt < 0) return undefined;
  const memory = lexicon.memory;
  const tokens = notes.map((note) => tokenize(note.text, memory.contractedIs));
  const stems = tokens.map((said) => new Set(contentWords(said, lexicon).map((word) => stem(word, lexicon))));
  const saidIn = (word: string) => stems.filter((said) => said.has(word)).length;
  const oldWords = new Set(old.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((word) => stem(word, lexicon)));
  const thingWord = (word: string) => word.length >= THING_WORD_LETTERS && /^\p{L}+$/u.test(word) && !lexicon.timeWords.has(word) && !MONTH_OR_DAY.test(word) && !lexicon.generalNouns.has(word) && !lexicon.stopWords.has(word);
  // Of the note found, only its parts that hold the old value ("coasters £12 each, suncatchers £18": a deal on coasters
  // is no change of the suncatchers).
  const holding = partsOf(foundText).filter((part) => saysValue(part, old));
  const foundThings = (holding.length > 0 ? holding : [foundText]).flatMap((text) => contentWords(tokenize(text, memory.contractedIs), lexicon)).filter((word) => thingWord(word) && reading.namesThing(word)).map((word) => stem(word, lexicon)).filter((word) => !oldWords.has(word) && saidIn(word) <= THING_WORD_NOTES);
  const askedThings = asked.filter(thingWord).map((word) => stem(word, lexicon));
  const things = new Set([...foundThings, ...askedThings]);
  const changes = [...memory.switchMarkers, ...memory.changedSince, ...memory.changesOfMind, ...lexicon.laterChanges];
  const openers = [...lexicon.newsOpeners, ...memory.changesOfMind, ...memory.latestOpeners, ...memory.correctionOpeners, ...memory.takeBacks];
  const foundWords = new Set(contentWords(tokenize(found.text, memory.contractedIs), lexicon));
  // Said on in the same message ("… the 10 year lease, we're pushing for 5 instead") or in a later one.
  const namesOtherThing = (at: number) =>
    contentWords(tokens[at], lexicon)
      .filter((word) => thingWord(word) && reading.namesThing(word))
      .map((word) => stem(word, lexicon))
      .some((word) => !things.has(word) && !oldWords.has(word) && stems.some((said, before) => before < foundAt && notes[before].learnedAt !== found.learnedAt && said.has(word)));
  const later = notes.map((note, at) => ({ note, at })).filter(({ note, at }) => at > foundAt && note.learnedAt >= found.learnedAt);
  const moments = [...new Set(later.map(({ note }) => note.learnedAt))].sort();
  const next = moments.find((moment) => moment > found.learnedAt);
  for (const moment of [...moments].reverse()) {
    const message = later.filter(({ note }) => note.learnedAt === moment);
    const said = message.flatMap(({ at }) => tokens[at]);
    if (!saysPhrase(said, changes)) continue;
    const shares = message.some(({ at }) => [...things].some((word) => stems[at].has(word)));
    // Opened as news or a change, it goes on about what was told in the message before; or, of a figure, about the one
    // said in the same unit ("actually she's knocked it down to £50 a day" of "£55 a day").
    const opens = opensWith(tokens[message[0].at], openers, memory.fillers);
    // "Update - consultation is moved to 9 May" right after "six weeks liquid diet after the surgery": news that names
    // a thing told of in another, earlier message is news of that thing.
    const goesOn = opens && moment === next && !message.some(({ at }) => namesOtherThing(at));
    const sameSign = opens && reading.figure && unitOf(old) !== '';
    if (!shares && !goesOn && !sameSign) continue;
    if (ofSomeoneElse(said, foundWords, reading)) continue;
    for (const { note } of message) {
      // "doing Snowdonia instead, cheaper and Priya's coming too": the part that says the change first, then the whole.
      const parts = partsOf(note.text).filter((part) => saysPhrase(tokenize(part, memory.contractedIs), changes));
      for (const text of [...parts, note.text]) {
        const read = reading.valueOf(text);
        const value = read ?? switchedName(text, openers, lexicon, reading);
        // "its a shih tzu now, same date": "now" is no day it moved to.
        const onlyChange = value !== undefined && tokenize(value, memory.contractedIs).every((token) => isPunctuation(token) || changes.some((phrase) => phrase.length === 1 && phrase[0] === token.norm));
        if (value === undefined || onlyChange || sameValue(value, old) || saysValue(found.text, value) || (reading.figure && !sameUnit(value, old))) continue;
        // "update: moved the listing day to 26 october" of "$65 apiece": a day of a month is no new figure, unless the old one was one too.
        if (reading.figure && dayOfDate(text, value) && !dayOfDate(foundText, old)) continue;
        if (sameSign && !shares && !goesOn && unitOf(value) !== unitOf(old)) continue;
        return { note, text: read === undefined ? value : partHolding(note.text, value) };
      }
    }
  }
  return undefined;
}

/** Whether a note opens, after fillers and marks, with one of the phrases ("Update:", "change of plan:"). */
function opensWith(tokens: readonly Token[], phrases: readonly (readonly string[])[], fillers: ReadonlySet<string>): boolean {
  // "actually she's knocked it down": an opener may be a filler too.
  // "fundraising update. at £1675 now": news of a thing named first ("rabbit update", "ranking update").
  const said = tokens.filter((token) => !isPunctuation(token));
  const words = said.filter((token) => !fillers.has(token.norm));
  return phrases.some((phrase) => phrase.length > 0 && [0, 1].some((at) => wordsAt(words, phrase, at) || wordsAt(said, phrase, at)));
}

/**
 * "change of plan: doing Snowdonia instead": a name said taken up in place of another (`memorySwitches`), after what
 * opens the news, when a name is asked (not a figure, whose value is read as said).
 */
function switchedName(text: string, openers: readonly (readonly string[])[], lexicon: NoteLexicon, reading: ChangeReading): string | undefined {
  if (reading.figure) return undefined;
  const words = tokenize(text, lexicon.memory.contractedIs).filter((token) => !lexicon.memory.fillers.has(token.norm));
  const opener = openers.filter((phrase) => phrase.length > 0 && wordsAt(words, phrase, 0)).reduce((most, phrase) => Math.max(most, phrase.length), 0);
  let start = opener;
  while (start < words.length && isPunctuation(words[start])) start++;
  // "Snowdonia instead": the name, its words typed with a capital.
  const name = switchedTo(words.slice(start), lexicon.memory)?.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  return name !== undefined && name.length > 0 ? name.join(' ') : undefined;
}

/**
 * Whether a message says "my", "our" or someone's before a noun for someone the note found does not say ("my parents
 * moved to Bergen", "funmi's sis is moving in").
 */
function ofSomeoneElse(tokens: readonly Token[], foundWords: ReadonlySet<string>, reading: ChangeReading): boolean {
  const owner = (token: Token) => token.norm === 'my' || token.norm === 'our' || token.norm === "'s" || /'s$/.test(token.norm);
  return tokens.some((token, at) => owner(token) && at + 1 < tokens.length && !foundWords.has(tokens[at + 1].norm) && reading.isPerson(tokens[at + 1].norm));
}

/** Whether a figure is said in a text only as the day of a date recognizers-text reads there ("26 october", "april 22nd"). */
function dayOfDate(text: string, value: string): boolean {
  const wanted = wordsOf(value);
  return wanted.length > 0 && recognizeDateTime(text, Culture.English).some((found) => found.typeName === 'datetimeV2.date' && saysValue(found.text, value) && wordsOf(found.text).length > wanted.length);
}

/** The part of a text between commas or semicolons that holds a value; the text whole when none or every part does. */
function partHolding(text: string, value: string): string {
  const parts = partsOf(text);
  const holding = parts.filter((part) => saysValue(part, value));
  return holding.length === 1 ? holding[0] : text;
}

/** A text's parts between commas (not inside a figure: "7,200") and semicolons. */
function partsOf(text: string): string[] {
  return text.split(/\s*(?:;|,(?!\d))\s*/).filter((part) => part.trim() !== '');
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a text says a value's words, whole and in order. */
function saysValue(text: string, value: string): boolean {
  const all = wordsOf(text);
  const wanted = wordsOf(value);
  return wanted.length > 0 && all.some((_, at) => wanted.every((word, i) => all[at + i] === word));
}

function sameValue(a: string, b: string): boolean {
  return wordsOf(a).join(' ') === wordsOf(b).join(' ');
}

/** The letters and signs a figure is said with ("kg" of "62kg", "£" of "£1340", "mile" of "6:35 mile"), singular. */
function unitOf(value: string): string {
  return value.toLowerCase().replace(/[\d\s.,:/-]+/g, '').replace(/s$/, '');
}

/** Whether two figures are in one unit, or the new one says none ("5" for "10 year"; not "2 wks" for "20"). */
function sameUnit(value: string, old: string): boolean {
  const [a, b] = [unitOf(value), unitOf(old)];
  return a === '' || a === b;
}
