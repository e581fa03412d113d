import type { Stage } from '../vocabulary/stages';
import { SESSION_GAP_MS } from './profileChanges';
import { UserProfile } from './userProfile';

/** The first few sessions are onboarding: the bot still introduces what it can do. */
const ONBOARDING_SESSIONS = 3;

export interface LifecycleOptions {
  lapsedAfterMs: number;
}

/**
 * Where a person is in their life with the product at the start of a turn:
 * new (first session), onboarding (first few sessions), returning (this session came after a lapse),
 * lapsed (away longer than the lapse period: what a push message sees), regular otherwise.
 */
export function lifecycleStage(profile: Pick<UserProfile, 'lifecycle'>, now: Date, options: LifecycleOptions): Stage {
  const { lastSeen, sessionStart, returnedAt, sessionCount } = profile.lifecycle;
  if (!lastSeen) return 'new';
  const away = now.getTime() - Date.parse(lastSeen);
  if (away > options.lapsedAfterMs) return 'returning';
  const newSession = away > SESSION_GAP_MS;
  if (!newSession && returnedAt !== undefined && returnedAt === sessionStart) return 'returning';
  const session = newSession ? sessionCount + 1 : sessionCount;
  if (session <= 1) return 'new';
  return session <= ONBOARDING_SESSIONS ? 'onboarding' : 'regular';
}

/** The stage seen from outside a conversation (for push messages): lapsed when away too long. */
export function restingStage(profile: Pick<UserProfile, 'lifecycle'>, now: Date, options: LifecycleOptions): Stage {
  const stage = lifecycleStage(profile, now, options);
  return stage === 'returning' ? 'lapsed' : stage;
}

/** True when this turn opens a new session (first contact or after a silence). */
export function startsSession(profile: UserProfile, now: Date): boolean {
  const lastSeen = profile.lifecycle.lastSeen;
  return !lastSeen || now.getTime() - Date.parse(lastSeen) > SESSION_GAP_MS;
}
