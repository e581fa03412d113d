import type { Catalog } from '../personalization/catalog';
import type { SharedSignals } from '../personalization/recommend/recommend';
import { UserProfile } from '../profile/userProfile';
import { parseClock } from '../util/localTime';

/** The rules push messages follow, from configuration. */
export interface NotifyPolicy {
  catalog: Catalog;
  /** The shared item statistics as last read, so digests rank as recommendations do (absent: content fit alone). */
  shared?: () => SharedSignals;
  lapsedAfterMs: number;
  defaultTimeZone: string;
  /** Local "HH:MM" for people who did not pick a time. */
  defaultDigestTime: string;
  maxPerDay: number;
  maxPerWeek: number;
  /** Items in one digest. */
  digestItems: number;
  /** How long after its local time a day's slot may still be sent (a restart, a slow tick); later it is skipped. */
  windowMs: number;
}

export const DEFAULT_POLICY_VALUES = { defaultDigestTime: '08:00', maxPerDay: 2, maxPerWeek: 8, digestItems: 3, windowMs: 60 * 60 * 1000 } as const;

/** Minutes after local midnight when this person's slot opens. */
export function slotMinutes(profile: UserProfile, policy: Pick<NotifyPolicy, 'defaultDigestTime'>): number {
  return parseClock(profile.notify.time ?? '') ?? parseClock(policy.defaultDigestTime) ?? 8 * 60;
}

/** Whether the scheduler should know about this person at all: opted in, not declined, reachable. */
export function reachable(profile: UserProfile): boolean {
  return profile.notify.enabled && !profile.notify.declined && profile.reference !== undefined;
}
