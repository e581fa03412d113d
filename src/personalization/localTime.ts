import type { TimeOfDay } from '../content/selectVariant';

/** The hour (0–23) at `now` in an IANA time zone; falls back to UTC for an unknown zone. */
export function localHour(now: Date, timeZone: string): number {
  try {
    const hour = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(now);
    return Number.parseInt(hour, 10) % 24;
  } catch {
    return now.getUTCHours();
  }
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
