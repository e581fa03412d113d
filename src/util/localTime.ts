/** Wall-clock parts of an instant in an IANA zone. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

export function localParts(at: Date, timeZone: string): LocalParts {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday) + 1,
  };
}

/** "HH:MM" → minutes after midnight; undefined when it is not a 24-hour time. */
export function parseClock(text: string): number | undefined {
  const match = CLOCK.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Minutes after midnight → "HH:MM". */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The local calendar date as "YYYY-MM-DD": the id of a day's slot. */
export function localDate(parts: LocalParts): string {
  return `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/**
 * The instant when the wall clock in `timeZone` shows `minutes` after midnight on the local day of
 * `day`. Offsets are found by asking Intl rather than assumed, so daylight-saving days come out right
 * (a time skipped by a spring-forward lands just after the jump).
 */
export function zonedInstant(day: LocalParts, minutes: number, timeZone: string): Date {
  const wanted = Date.UTC(day.year, day.month - 1, day.day, Math.floor(minutes / 60), minutes % 60);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const seen = localParts(new Date(guess), timeZone);
    const shown = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    if (shown === wanted) break;
    guess += wanted - shown;
  }
  return new Date(guess);
}

/** The local day `offset` days after the one `at` falls on. */
export function shiftDay(at: Date, timeZone: string, offset: number): LocalParts {
  const parts = localParts(at, timeZone);
  const noon = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12) + offset * DAY_MS);
  return { ...parts, year: noon.getUTCFullYear(), month: noon.getUTCMonth() + 1, day: noon.getUTCDate(), weekday: ((parts.weekday - 1 + offset) % 7 + 7) % 7 + 1 };
}

/** Whether the local time of `at` is within quiet hours [from, to), which may wrap midnight. */
export function inQuietHours(at: Date, timeZone: string, quiet: { from: string; to: string } | undefined): boolean {
  if (!quiet) return false;
  const from = parseClock(quiet.from);
  const to = parseClock(quiet.to);
  if (from === undefined || to === undefined || from === to) return false;
  const parts = localParts(at, timeZone);
  const now = parts.hour * 60 + parts.minute;
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/** Building a formatter is the slow part of Intl; one per zone is kept (zones are a small, fixed set). */
const hourFormats = new Map<string, Intl.DateTimeFormat | undefined>();

function hourFormat(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!hourFormats.has(timeZone)) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone });
    } catch {
      format = undefined;
    }
    if (hourFormats.size < 1000) hourFormats.set(timeZone, format);
    else return format;
  }
  return hourFormats.get(timeZone);
}

/** The hour (0–23) at `now` in an IANA time zone; falls back to UTC for an unknown zone. */
export function localHour(now: Date, timeZone: string): number {
  const format = hourFormat(timeZone);
  return format ? Number.parseInt(format.format(now), 10) % 24 : now.getUTCHours();
}

/** True for a zone name Intl accepts. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The replies are in English, so dates and times are written the English way of the person's locale
 * ("en-US": "Monday, March 2, 2026", 10:00 AM; otherwise British: "Monday, 2 March 2026", 10:00).
 */
function englishLocale(locale: string | undefined): string {
  return locale !== undefined && /^en-US$/i.test(locale) ? 'en-US' : 'en-GB';
}

function formatIn(now: Date, timeZone: string, locale: string | undefined, options: Intl.DateTimeFormatOptions): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  return new Intl.DateTimeFormat(englishLocale(locale), { ...options, timeZone: zone }).format(now);
}

/** Today's date in the person's zone, written out ("Monday, 2 March 2026"). */
export function formatLocalDate(now: Date, timeZone: string, locale?: string): string {
  return formatIn(now, timeZone, locale, { dateStyle: 'full' });
}

/** The time now in the person's zone ("10:00", or "10:00 AM" for en-US). */
export function formatLocalTime(now: Date, timeZone: string, locale?: string): string {
  return formatIn(now, timeZone, locale, { timeStyle: 'short' });
}

export { MINUTE_MS, DAY_MS };
