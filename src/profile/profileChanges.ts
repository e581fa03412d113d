import { MAX_REMEMBERED_TEXT, MEMORY_TURNS, MemoryTurn, UserProfile } from './userProfile';

/** A session ends after this much silence; the next message starts a new one. */
export const SESSION_GAP_MS = 30 * 60 * 1000;

/**
 * What a stage learned or decided during a turn. Stages return these; only `applyChanges`
 * mutates a profile, so a save that lost an eTag race can reload and apply them again.
 */
export type ProfileChange =
  | { type: 'turnSeen'; at: string; locale?: string; lapsedAfterMs: number }
  | { type: 'conversationSeen'; at: string; lapsedAfterMs: number }
  | { type: 'setName'; name: string; source: 'explicit' | 'learned' }
  | { type: 'skipName' }
  | { type: 'setPending'; pending: UserProfile['pending'] }
  | { type: 'rememberTurn'; turn: MemoryTurn };

export function applyChanges(profile: UserProfile, changes: readonly ProfileChange[]): UserProfile {
  for (const change of changes) applyChange(profile, change);
  return profile;
}

function applyChange(profile: UserProfile, change: ProfileChange): void {
  switch (change.type) {
    case 'turnSeen':
      markSeen(profile, change.at, change.lapsedAfterMs);
      profile.lifecycle.turnCount += 1;
      if (change.locale) profile.locale = change.locale;
      return;
    case 'conversationSeen':
      markSeen(profile, change.at, change.lapsedAfterMs);
      return;
    case 'setName':
      if (change.source === 'explicit') profile.explicit.name = change.name;
      else profile.learned.name = change.name;
      profile.onboarding.skippedName = false;
      return;
    case 'skipName':
      profile.onboarding.skippedName = true;
      return;
    case 'setPending':
      profile.pending = change.pending;
      if (change.pending === 'askName') profile.onboarding.askedName = true;
      return;
    case 'rememberTurn':
      profile.memory.turns.push({ ...change.turn, text: change.turn.text.slice(0, MAX_REMEMBERED_TEXT) });
      profile.memory.turns.splice(0, Math.max(0, profile.memory.turns.length - MEMORY_TURNS));
      return;
  }
}

function markSeen(profile: UserProfile, at: string, lapsedAfterMs: number): void {
  const lifecycle = profile.lifecycle;
  lifecycle.firstSeen ??= at;
  const last = lifecycle.lastSeen ? Date.parse(lifecycle.lastSeen) : Number.NaN;
  const gap = Date.parse(at) - last;
  if (Number.isNaN(last) || gap > SESSION_GAP_MS) {
    lifecycle.sessionCount += 1;
    lifecycle.sessionStart = at;
  }
  if (gap > lapsedAfterMs) lifecycle.returnedAt = at;
  if (!lifecycle.lastSeen || at > lifecycle.lastSeen) lifecycle.lastSeen = at;
}
