import { SESSION_GAP_MS } from './profileChanges';
import { UserProfile } from './userProfile';

/** Where a person is in their life with the product, as seen at the start of a turn. */
export type LifecycleStage = 'new' | 'regular' | 'returning';

export interface LifecycleOptions {
  lapsedAfterMs: number;
}

/** `returning` means back after lapsing; a new session after a short break is still `regular`. */
export function lifecycleStage(profile: UserProfile, now: Date, options: LifecycleOptions): LifecycleStage {
  const lastSeen = profile.lifecycle.lastSeen;
  if (!lastSeen) return 'new';
  return now.getTime() - Date.parse(lastSeen) > options.lapsedAfterMs ? 'returning' : 'regular';
}

/** True when this turn opens a new session (first contact or after a silence). */
export function startsSession(profile: UserProfile, now: Date): boolean {
  const lastSeen = profile.lifecycle.lastSeen;
  return !lastSeen || now.getTime() - Date.parse(lastSeen) > SESSION_GAP_MS;
}
