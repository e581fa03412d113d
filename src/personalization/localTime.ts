import type { TimeOfDay } from '../content/selectVariant';

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

export function timeOfDay(hour: number): TimeOfDay {
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 22) return 'evening';
  return 'night';
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
