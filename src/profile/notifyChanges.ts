import { MAX_SEEN_ITEMS } from './userProfile';
import type { DigestFrequency, NotifySettings, QuietHours, SentNotification, UserProfile } from './userProfile';

/** A settings edit from /notify or the one-time offer; `quiet: null` clears quiet hours. */
export interface NotifyPatch {
  enabled?: boolean;
  digest?: DigestFrequency;
  time?: string;
  quiet?: QuietHours | null;
  offered?: boolean;
  declined?: boolean;
}

type StoredRequests = NonNullable<SentNotification['requests']>;

/** A send to make later (a broadcast): recorded once per slot, so a repeated request queues nothing new. */
export interface QueuedNotification {
  slot: string;
  kind: SentNotification['kind'];
  requests: StoredRequests;
  at: string;
  nextAttemptAt: string;
}

/**
 * One delivery attempt, claimed in the profile before delivery. It takes effect only if nobody claimed
 * the same attempt first, so when two schedulers race, the eTag-checked save lets exactly one own it.
 */
export interface NotificationClaim {
  slot: string;
  kind: SentNotification['kind'];
  claim: string;
  attempt: number;
  at: string;
  /** Set for a new send; a queued one keeps what it was queued with. */
  requests?: StoredRequests;
  /** Catalog items the message shows: marked seen with the claim, so they are not pushed twice. */
  seenItems: string[];
}

/** What became of a claimed attempt; only the claim's owner may record it. */
export interface NotificationOutcome {
  slot: string;
  claim: string;
  state: 'sent' | 'queued' | 'failed';
  at: string;
  nextAttemptAt?: string;
}

/** Enough history for a weekly cap at any sane setting; older and final records are dropped first. */
const MAX_LEDGER = 60;
/** The same bound the profile puts on seen items (profileChanges.ts). */

export function applyNotifyPatch(settings: NotifySettings, patch: NotifyPatch): NotifySettings {
  const next: NotifySettings = { ...settings };
  if (patch.enabled !== undefined) next.enabled = patch.enabled;
  if (patch.digest !== undefined) next.digest = patch.digest;
  if (patch.time !== undefined) next.time = patch.time;
  if (patch.offered !== undefined) next.offered = patch.offered;
  if (patch.declined !== undefined) next.declined = patch.declined;
  if (patch.quiet === null) delete next.quiet;
  else if (patch.quiet !== undefined) next.quiet = patch.quiet;
  return next;
}

export function findSent(settings: NotifySettings, slot: string): SentNotification | undefined {
  return settings.sent.find((record) => record.slot === slot);
}

export function applyQueued(settings: NotifySettings, change: QueuedNotification): void {
  if (findSent(settings, change.slot)) return;
  settings.sent = bounded([...settings.sent, { slot: change.slot, kind: change.kind, state: 'queued', attempts: 0, at: change.at, nextAttemptAt: change.nextAttemptAt, requests: change.requests }]);
}

export function applyClaim(profile: UserProfile, change: NotificationClaim): void {
  const settings = profile.notify;
  const existing = findSent(settings, change.slot);
  const claimable = existing ? existing.state === 'queued' && existing.attempts === change.attempt - 1 : change.attempt === 1;
  if (!claimable) return;
  const record: SentNotification = {
    slot: change.slot,
    kind: change.kind,
    state: 'sending',
    attempts: change.attempt,
    claim: change.claim,
    at: change.at,
    requests: change.requests ?? existing?.requests,
  };
  settings.sent = bounded([...settings.sent.filter((entry) => entry !== existing), record]);
  if (change.seenItems.length > 0) {
    const fresh = new Set(change.seenItems);
    profile.memory.seenItems = [...profile.memory.seenItems.filter((id) => !fresh.has(id)), ...change.seenItems].slice(-MAX_SEEN_ITEMS);
    // Feedback buttons under a digest rate its first item, so that is the one remembered last.
    profile.memory.lastRecommended = change.seenItems[0];
  }
}

export function applyOutcome(settings: NotifySettings, change: NotificationOutcome): void {
  const record = findSent(settings, change.slot);
  if (!record || record.state !== 'sending' || record.claim !== change.claim) return;
  const next: SentNotification = { ...record, state: change.state, at: change.state === 'queued' ? record.at : change.at };
  if (change.state === 'queued') next.nextAttemptAt = change.nextAttemptAt;
  else {
    delete next.nextAttemptAt;
    delete next.requests;
  }
  delete next.claim;
  settings.sent = settings.sent.map((entry) => (entry === record ? next : entry));
}

function bounded(records: SentNotification[]): SentNotification[] {
  if (records.length <= MAX_LEDGER) return records;
  const excess = records.length - MAX_LEDGER;
  const finals = records.filter((record) => record.state === 'sent' || record.state === 'failed').slice(0, excess);
  const dropped = new Set(finals);
  const kept = records.filter((record) => !dropped.has(record));
  return kept.slice(-MAX_LEDGER);
}
