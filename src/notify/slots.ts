import { UserProfile, timeZoneOf } from '../profile/userProfile';
import { LocalParts, localDate, shiftDay, zonedInstant } from '../util/localTime';
import { NotifyPolicy, slotMinutes } from './notifyPolicy';

/** A day's slot: the local time when that day's push may go out, for `windowMs`. */
export interface Slot {
  start: Date;
  day: LocalParts;
  /** "YYYY-MM-DD" in the person's zone. */
  date: string;
}

type SlotPolicy = Pick<NotifyPolicy, 'defaultDigestTime' | 'defaultTimeZone' | 'windowMs'>;

function slotOn(profile: UserProfile, at: Date, offset: number, policy: SlotPolicy): Slot {
  const zone = timeZoneOf(profile, policy.defaultTimeZone);
  const day = shiftDay(at, zone, offset);
  return { start: zonedInstant(day, slotMinutes(profile, policy), zone), day, date: localDate(day) };
}

/** The slot open at `now` (today's, or yesterday's when a late-evening window runs past midnight). */
export function openSlot(profile: UserProfile, now: Date, policy: SlotPolicy): Slot | undefined {
  for (const offset of [0, -1]) {
    const slot = slotOn(profile, now, offset, policy);
    const age = now.getTime() - slot.start.getTime();
    if (age >= 0 && age < policy.windowMs) return slot;
  }
  return undefined;
}

/** The first slot that opens after `now`. */
export function nextSlot(profile: UserProfile, now: Date, policy: SlotPolicy): Slot {
  for (const offset of [0, 1, 2]) {
    const slot = slotOn(profile, now, offset, policy);
    if (slot.start.getTime() > now.getTime()) return slot;
  }
  return slotOn(profile, now, 2, policy);
}
