import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';

/** A day on the calendar, with its weekday (1 = Monday … 7 = Sunday). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

export interface DaysUntil {
  days: number;
  target: { year: number; month: number; day: number };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How many days from `today` to the next day a message names: a date ("until 25 December"), a holiday
 * the date recognizer knows ("till christmas") or a weekday ("until friday"). Undefined when it names no
 * such day, or a day already past.
 */
export function daysUntil(text: string, today: CalendarDay): DaysUntil | undefined {
  const start = Date.UTC(today.year, today.month - 1, today.day);
  for (const found of recognizeDateTime(text, Culture.English)) {
    const values = (found.resolution?.values ?? []) as Array<{ timex?: string }>;
    const timex = values[0]?.timex ?? '';
    const date = /^(XXXX|\d{4})-(\d{2})-(\d{2})$/.exec(timex);
    if (date) {
      const [month, day] = [Number(date[2]), Number(date[3])];
      const fixed = date[1] === 'XXXX' ? undefined : Number(date[1]);
      let target = Date.UTC(fixed ?? today.year, month - 1, day);
      if (fixed === undefined && target < start) target = Date.UTC(today.year + 1, month - 1, day);
      if (target < start) return undefined;
      return result(start, target);
    }
    const weekday = /^XXXX-WXX-([1-7])$/.exec(timex);
    if (weekday) {
      // "until friday" on a Friday means the next one.
      const ahead = (Number(weekday[1]) - today.weekday + 7) % 7 || 7;
      return result(start, start + ahead * DAY_MS);
    }
  }
  return undefined;
}

function result(start: number, target: number): DaysUntil {
  const day = new Date(target);
  return { days: Math.round((target - start) / DAY_MS), target: { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() } };
}
