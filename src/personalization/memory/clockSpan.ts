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
 * November" of "10 — 15 November". Undefined for a time that is no span of days.
 */
export function rangeStart(said: string): string | undefined {
  const range = recognizeDateTime(said, Culture.English).find((one) => one.typeName === 'datetimeV2.daterange');
  const start = (range?.resolution?.values ?? []).map((value: { start?: string }) => value.start).find((day: string | undefined) => day !== undefined);
  const day = start ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(start) : null;
  return day ? DAY_AND_MONTH.format(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))) : undefined;
}

const DAY_AND_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
