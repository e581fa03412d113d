import { UserProfile, timeZoneOf } from '../profile/userProfile';
import { inQuietHours, localParts, parseClock, shiftDay, zonedInstant } from '../util/localTime';
import { NotifyPolicy, reachable } from './notifyPolicy';
import { capped, usedSlot } from './planNotification';
import { nextSlot, openSlot } from './slots';

/** A claim older than this whose outcome was never recorded (the process died mid-delivery) is settled. */
export const SENDING_LEASE_MS = 10 * 60 * 1000;

/**
 * When the scheduler should next look at this person (ISO), or null when nothing is scheduled. Early is
 * harmless (the scheduler loads the profile, finds nothing, and asks again); late would delay a send, so
 * every candidate counts: a queued send, a stale claim, the open slot unless `slotHandled`, the next slot.
 */
export function nextDue(profile: UserProfile, now: Date, policy: NotifyPolicy, slotHandled = false): string | null {
  if (!reachable(profile)) return null;
  const candidates: number[] = [];
  for (const record of profile.notify.sent) {
    if (record.state === 'queued') candidates.push(Date.parse(record.nextAttemptAt ?? record.at));
    if (record.state === 'sending') candidates.push(Date.parse(record.at) + SENDING_LEASE_MS);
  }
  const open = openSlot(profile, now, policy);
  if (!slotHandled && open && !usedSlot(profile, open) && !capped(profile, now, policy)) candidates.push(now.getTime());
  candidates.push(nextSlot(profile, now, policy).start.getTime());
  const earliest = Math.min(...candidates.filter((time) => !Number.isNaN(time)));
  const zone = timeZoneOf(profile, policy.defaultTimeZone);
  // Inside quiet hours nothing can go out: look again when they end rather than on every pass.
  const at = inQuietHours(new Date(Math.max(earliest, now.getTime())), zone, profile.notify.quiet) ? quietEnd(new Date(Math.max(earliest, now.getTime())), zone, profile.notify.quiet?.to ?? '') : earliest;
  return new Date(at).toISOString();
}

function quietEnd(at: Date, zone: string, to: string): number {
  const minutes = parseClock(to) ?? 0;
  for (const offset of [0, 1]) {
    const end = zonedInstant(shiftDay(at, zone, offset), minutes, zone).getTime();
    if (end > at.getTime()) return end;
  }
  const parts = localParts(at, zone);
  return zonedInstant(parts, minutes, zone).getTime() + 24 * 60 * 60 * 1000;
}
