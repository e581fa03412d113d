import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';

/**
 * The time of day a time said in a note holds, as the recognizer reads it: "8pm" of "every Wednesday at 8pm",
 * "1-5pm" of "Thursday 1-5pm", "noon" of "noon walk every day", "12-6" of "Sunday 12-6". Undefined when it holds none ("Tuesday",
 * "every 6 months"). For "what time …?", which a day does not answer.
 */
export function clockSpan(said: string): string | undefined {
  const words = said.split(/\s+/).filter(Boolean);
  // The longest run of its words read as a time of day alone, the whole first.
  for (let length = words.length; length > 0; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const part = words.slice(start, start + length).join(' ');
      const found = recognizeDateTime(part, Culture.English).find((one) => CLOCK_TYPES.has(one.typeName));
      if (found) return part.slice(found.start, found.end + 1);
    }
  }
  // "Sunday 12-6": a time read only beside its day is what is said after the day.
  const timed = recognizeDateTime(said, Culture.English).some((one) => (one.resolution?.values ?? []).some((value: { timex?: string }) => value.timex?.includes('T') === true));
  const day = words.findIndex((word) => !isDate(word));
  return timed && day > 0 ? words.slice(day).join(' ') : undefined;
}

/** Whether a word alone is read as a day or a date ("Sunday", "Fri"). */
function isDate(word: string): boolean {
  return recognizeDateTime(word, Culture.English).some((one) => one.typeName === 'datetimeV2.date');
}

/** What the recognizer calls a time of day or a span of one. */
const CLOCK_TYPES = new Set(['datetimeV2.time', 'datetimeV2.timerange']);

/**
 * The day a span of days said in a note starts, for "when does my trip start?", "when do I get to Lyon?": "10
 * November" of "10 — 15 November". Undefined for a time that is no span of days, and for a month or a year said whole.
 */
export function rangeStart(said: string): string | undefined {
  const range = recognizeDateTime(said, Culture.English).find((one) => one.typeName === 'datetimeV2.daterange');
  // Only a span between two days said ("(XXXX-11-10,XXXX-11-15,P5D)"): a month, a year or a week said whole starts
  // when it is said to ("starts in october", "since 1979"), not on its first day.
  const values = ((range?.resolution?.values ?? []) as Array<{ timex?: string; start?: string }>).filter((value) => value.timex?.startsWith('(') === true);
  const start = values.map((value) => value.start).find((day) => day !== undefined);
  const day = start ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(start) : null;
  return day ? DAY_AND_MONTH.format(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))) : undefined;
}

const DAY_AND_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** A day of the week, whole or shortened, one or many ("Tue", "thursdays"), or the weekend; "sat", "sun" and "wed" only typed with a capital or listed beside another day. */
const WEEKDAY = /^(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|weekend|weekday)s?$/i;
const CAPITALISED_ONLY = /^(?:sat|sun|wed)s?$/i;
/** What may stand between days said in one list or span ("Tuesday and Thursday", "mon, wed, fri", "Sat/Sun", "Monday to Friday"). */
const DAY_JOINS = new Set(['and', '&', 'or', 'n', ',', '/', '+', 'to', 'through', 'thru', 'till', 'until', '-', '–']);
/** A part of the day said after days ("Monday and Wednesday *evenings*"). */
const PART_OF_DAY = /^(?:mornings?|afternoons?|evenings?|nights?|lunchtimes?)$/i;

/**
 * The days of the week a note says, each list of them as typed: "Monday and Wednesday evenings" of "I draw on
 * Monday and Wednesday evenings", "tuesdays and thursdays" of "swim tuesdays and thursdays at 6am". For "which
 * days …?", which the recognizer answers with one day of a list.
 */
export function daysSaid(text: string): string[] {
  const words = text.replace(/([,/+])/g, ' $1 ').split(/\s+/).filter(Boolean);
  const plain = (word: string) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const dayWord = (at: number) => WEEKDAY.test(plain(words[at] ?? ''));
  // "training wed and sat": "sat" or "wed" typed small is a day when listed beside another.
  const listed = (at: number) => [at - 1, at + 1].some((near) => dayWord(near)) || [at - 2, at + 2].some((near) => dayWord(near) && DAY_JOINS.has((words[(near + at) / 2] ?? '').toLowerCase()));
  const isDay = (at: number) => dayWord(at) && (!CAPITALISED_ONLY.test(plain(words[at])) || /^\p{Lu}/u.test(plain(words[at])) || listed(at));
  const lists: string[] = [];
  for (let at = 0; at < words.length; at++) {
    if (!isDay(at)) continue;
    let end = at;
    for (let next = at + 1; next < words.length; next++) {
      if (isDay(next)) end = next;
      else if (!DAY_JOINS.has(words[next].toLowerCase())) break;
    }
    if (PART_OF_DAY.test(plain(words[end + 1] ?? ''))) end++;
    lists.push(words.slice(at, end + 1).map(plain).filter(Boolean).join(' ').replace(/\s+,/g, ','));
    at = end;
  }
  return lists;
}

/** Whether a note says a time of day ("at 10:00", "7pm", "in the morning"), not only a day ("10 March"). */
export function saysClock(text: string): boolean {
  return recognizeDateTime(text, Culture.English).some((one) => CLOCK_TYPES.has(one.typeName) || (one.resolution?.values ?? []).some((value: { timex?: string }) => CLOCK_TIMEX.test(value.timex ?? '')));
}

/** Whether a note says the hour of a time of day ("at 7:15", "7pm"), not only a part of the day ("mornings"). */
export function saysHour(text: string): boolean {
  return recognizeDateTime(text, Culture.English).some((one) => (one.resolution?.values ?? []).some((value: { timex?: string }) => /T\d/.test(value.timex ?? '')));
}

/** A timex that holds a time of day ("XXXX-03-10T10:00", "TMO"), not "PRESENT_REF" of "now". */
const CLOCK_TIMEX = /T(?:\d|MO|MI|AF|EV|NI)/;
