import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { numberOf } from './readCounts';

/**
 * A day or a time of day as written in a text, read by recognizers-text ("the 3rd of November at ten o'clock",
 * "June 13", "half past seven", "9:30"): where it is and what it says, so one set right can be found and
 * rewritten in whatever kept it.
 */
export interface TemporalValue {
  /** The words as typed. */
  text: string;
  start: number;
  /** One past the last character. */
  end: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** A day of the week said without its date ("friday", "on Tuesdays"): 1 is Monday, 7 Sunday. */
  weekday?: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Every day or time of day the text says; a range of days or a duration is none. */
export function temporalValues(text: string): TemporalValue[] {
  const found: TemporalValue[] = [];
  for (const result of recognizeDateTime(text, Culture.English)) {
    const timex = ((result.resolution?.values ?? []) as Array<{ timex?: string }>)[0]?.timex ?? '';
    const date = /^(?:XXXX|\d{4})-(\d{2})(?:-(\d{2}))?/.exec(timex);
    const weekday = /^XXXX-WXX-(\d)/.exec(timex);
    const time = /T(\d{2})(?::(\d{2}))?/.exec(timex);
    // "may" alone is a modal as often as a month: a month alone counts only when typed with a capital.
    const typed = text.slice(result.start, result.end + 1);
    if (date && !date[2] && !/^\p{Lu}/u.test(typed.replace(/^in\s+/i, ''))) continue;
    if (!date && !time && !weekday) continue;
    // "coming tuesday", "this friday": a day of the week, which the recognizer reads as the date it falls on next.
    const named = date && !/\d|january|february|march|april|june|july|august|september|october|november|december/i.test(typed) ? relativeWeekday(typed) : undefined;
    if (named) {
      found.push({ text: typed.slice(named.at), start: result.start + named.at, end: result.end + 1, weekday: named.weekday, ...(time ? { hour: Number(time[1]), minute: Number(time[2] ?? '0') } : {}) });
      continue;
    }
    found.push({
      text: typed,
      start: result.start,
      end: result.end + 1,
      ...(date ? { month: Number(date[1]), ...(date[2] ? { day: Number(date[2]) } : {}) } : {}),
      ...(time ? { hour: Number(time[1]), minute: Number(time[2] ?? '0') } : {}),
      ...(weekday ? { weekday: Number(weekday[1]) } : {}),
    });
  }
  return found;
}

/** The day of the week a text names (1 is Monday), and where its name starts; undefined when it names none. */
function relativeWeekday(typed: string): { weekday: number; at: number } | undefined {
  // Only after a word that points at the next one ("coming", "this"): "the last Wednesday", "first sunday of the month" are days of a month.
  const found = /^(?:(?:coming|this|next|on)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?:\s+(?:morning|afternoon|evening|night))?$/iu.exec(typed);
  return found ? { weekday: WEEKDAYS.indexOf(found[1].toLowerCase()) + 1, at: typed.toLowerCase().indexOf(found[1].toLowerCase()) } : undefined;
}

/** A day or time said alone, as the old side of a correction may be: "the 3rd", "seven", "9", "June 3". */
interface OldHint {
  whole?: TemporalValue;
  number?: number;
}

function hintOf(said: string): OldHint | undefined {
  const whole = temporalValues(said)[0];
  if (whole) return { whole };
  const word = said.toLowerCase().replace(/^(the|at|on|in)\s+/, '').trim();
  const ordinal = /^(\d{1,2})(st|nd|rd|th)?$/.exec(word);
  const number = ordinal ? Number(ordinal[1]) : numberOf(word);
  return number === undefined ? undefined : { number };
}

/** Whether a kept day or time is the one the old side names, for a new value of this sort. */
function namedBy(kept: TemporalValue, hint: OldHint | undefined, value: TemporalValue): boolean {
  if (!hint) return true;
  if (hint.whole) return (['month', 'day', 'hour', 'minute', 'weekday'] as const).every((field) => hint.whole?.[field] === undefined || hint.whole[field] === kept[field]);
  if (value.day !== undefined) return kept.day === hint.number;
  return kept.hour !== undefined && kept.hour % 12 === (hint.number ?? -1) % 12;
}

/** Whether a kept day or time can be said anew as the value: the same sort, and not the same already. */
function sameSort(kept: TemporalValue, value: TemporalValue): boolean {
  // "Friday at 11.30" after "Thursday at 10.15": a day with its time in place of another.
  if (wholeInPlace(kept, value)) return (['month', 'day', 'hour', 'minute', 'weekday'] as const).some((field) => kept[field] !== value[field]);
  // "saturday now" after "book club is tuesday": a day of the week in place of another; after "judging is
  // Thursday at 9am", the day alone, the time of day kept as said.
  if (value.weekday !== undefined && value.hour === undefined) return kept.weekday !== undefined && kept.weekday !== value.weekday;
  if (value.day !== undefined) return kept.day !== undefined && (kept.day !== value.day || (value.month !== undefined && kept.month !== value.month));
  if (value.month !== undefined && value.hour === undefined) return kept.month !== undefined && kept.day === undefined && kept.month !== value.month;
  return value.hour !== undefined && kept.hour !== undefined && (kept.hour % 12 !== value.hour % 12 || kept.minute !== value.minute);
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsIn(text: string, offset: number): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}':.]+/gu)].map((match) => {
    const word = match[0].replace(/[.:]+$/, '');
    return { text: word, start: offset + (match.index ?? 0), end: offset + (match.index ?? 0) + word.length };
  });
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const isMonth = (word: string) => word.length >= 3 && MONTHS.some((month) => month.startsWith(word.toLowerCase()));
const dayOf = (word: string) => {
  const match = /^(\d{1,2})(st|nd|rd|th)?$/i.exec(word);
  return match ? Number(match[1]) : undefined;
};
const TIME_AFTER = new Set(["o'clock", 'oclock', 'am', 'pm', 'a.m', 'p.m', 'h']);

/** Whether both say a day (of the month or of the week) and a time of day: the value says all the kept one does. */
function wholeInPlace(kept: TemporalValue, value: TemporalValue): boolean {
  const dayAndTime = (one: TemporalValue) => one.hour !== undefined && (one.day !== undefined || one.weekday !== undefined);
  return dayAndTime(kept) && dayAndTime(value);
}

/** Where in a kept day or time the words the value says anew are: the day and month, the month, or the clock time. */
function partSaid(kept: TemporalValue, value: TemporalValue, source: string): { start: number; end: number } | undefined {
  const words = wordsIn(kept.text, kept.start);
  if (wholeInPlace(kept, value)) {
    const pointer = /^(?:(?:the|at|on|in)\s+)*/i.exec(kept.text)?.[0].length ?? 0;
    return { start: kept.start + pointer, end: kept.end };
  }
  if (value.weekday !== undefined && value.hour === undefined) {
    const day = words.find((word) => WEEKDAYS.some((name) => name.startsWith(word.text.toLowerCase().replace(/s$/, '')) && word.text.length >= 3));
    return day ? { start: day.start, end: day.end } : undefined;
  }
  if (value.day !== undefined) {
    const picked = words.filter((word) => dayOf(word.text) === kept.day || (value.month !== undefined && isMonth(word.text)));
    return picked.length === 0 ? undefined : { start: picked[0].start, end: picked[picked.length - 1].end };
  }
  if (value.hour === undefined) {
    const month = words.find((word) => isMonth(word.text));
    return month ? { start: month.start, end: month.end } : undefined;
  }
  const hour = kept.hour ?? -1;
  const at = words.findIndex((word) => {
    const clock = /^(\d{1,2})(?:[:.h]\d{2})?(am|pm|h)?$/i.exec(word.text);
    const number = clock ? Number(clock[1]) : numberOf(word.text.toLowerCase());
    return number !== undefined && number % 12 === hour % 12;
  });
  if (at < 0) return undefined;
  let last = at;
  while (last + 1 < words.length && TIME_AFTER.has(words[last + 1].text.toLowerCase()) && /^[\s]*$/.test(source.slice(words[last].end, words[last + 1].start))) last++;
  return { start: words[at].start, end: words[last].end };
}

/** The words of a value that say it, without a word in front that only points ("the 5th of November" → "5th of November"). */
function valueWords(value: TemporalValue): string {
  return value.text.replace(/^(the|at|on|in)\s+/i, '');
}

/**
 * The kept text with the day or time the old side names (any of the value's sort when it names none) said as
 * the value: "on the 3rd of November at ten o'clock" with "the 5th of November", not "the 3rd", becomes "on the
 * 5th of November at ten o'clock"; "test at 9" with "9:30" becomes "test at 9:30". Undefined when the text says
 * no such day or time.
 */
export function setTemporalRight(kept: string, old: string | undefined, valueText: string): string | undefined {
  return temporalSetRight(kept, old, valueText)?.text;
}

/** As `setTemporalRight`, with the day or time taken out as it was kept. */
export function temporalSetRight(kept: string, old: string | undefined, valueText: string): { text: string; old: TemporalValue } | undefined {
  const values = temporalValues(valueText);
  const value = values[0];
  if (!value) return undefined;
  const hint = old === undefined ? undefined : hintOf(old);
  if (old !== undefined && !hint) return undefined;
  // "Tuesdays and Fridays now" after "visits on Mondays and Thursdays": days said as one list set the list kept right, whole.
  const newDays = weekdayRun(valueText, values, 0);
  const keptValues = temporalValues(kept);
  for (const [index, found] of keptValues.entries()) {
    if (newDays && found.weekday !== undefined && found.hour === undefined && (hint === undefined || namedBy(found, hint, value))) {
      const oldDays = weekdayRun(kept, keptValues, index) ?? { start: daysStart(found), end: found.end };
      return { text: kept.slice(0, oldDays.start) + newDays.text + kept.slice(oldDays.end), old: found };
    }
    if (!sameSort(found, value) || !namedBy(found, hint, value)) continue;
    const part = partSaid(found, value, kept);
    if (!part) continue;
    // "we rehearse on Mondays" set right by "wednesday": said as often as it was ("Wednesdays").
    const plural = value.weekday !== undefined && /s$/i.test(kept.slice(part.start, part.end)) && !/s$/i.test(valueWords(value)) ? 's' : '';
    return { text: kept.slice(0, part.start) + valueWords(value) + plural + kept.slice(part.end), old: found };
  }
  return undefined;
}

/** What may stand between the days of one list ("Mondays and Thursdays", "mon, wed & fri"). */
const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*|\/\s*)$/iu;

/**
 * Two or more days of the week said as one list, from the value at `at` on: where the days start and end, and the
 * words as typed. Undefined when the day there is said alone or with a time ("Fridays at 6pm").
 */
export function weekdayRun(text: string, values: readonly TemporalValue[], at: number): { start: number; end: number; text: string } | undefined {
  const plainDay = (one: TemporalValue | undefined) => one !== undefined && one.weekday !== undefined && one.hour === undefined && one.day === undefined;
  if (!plainDay(values[at])) return undefined;
  let last = at;
  while (plainDay(values[last + 1]) && LIST_JOINER.test(text.slice(values[last].end, values[last + 1].start))) last++;
  if (last === at) return undefined;
  const start = daysStart(values[at]);
  return { start, end: values[last].end, text: text.slice(start, values[last].end) };
}

/** The first value as said: the days listed from it ("Tuesdays and Fridays"), or the value alone. */
export function firstValueListed(text: string, values: readonly TemporalValue[]): string {
  return weekdayRun(text, values, 0)?.text ?? values[0].text;
}

/** Where a day's own word starts, past "on" ("on Mondays" → "Mondays"). */
function daysStart(value: TemporalValue): number {
  return value.start + (/^on\s+/iu.exec(value.text)?.[0].length ?? 0);
}

const dateWords = new Map<string, boolean>();

/** Whether a capitalised word names a day of the calendar ("Christmas", "Monday", "December"), not someone: as recognizers-text reads it alone. */
export function namesADay(word: string): boolean {
  const known = dateWords.get(word);
  if (known !== undefined) return known;
  const days = recognizeDateTime(word, Culture.English).some((result) => result.start === 0 && result.end + 1 === word.length);
  if (dateWords.size < 10_000) dateWords.set(word, days);
  return days;
}
