import { Content } from '../content/content';
import { feedbackButtons } from '../pipeline/stages/recommendItem';
import { restingStage } from '../profile/lifecycle';
import { SentNotification, UserProfile, timeZoneOf } from '../profile/userProfile';
import { Random } from '../util/random';
import { caredAbout, digestItems } from './digestItems';
import { DAY_MS, inQuietHours } from '../util/localTime';
import { findSent } from '../profile/notifyChanges';
import { NotifyPolicy, reachable } from './notifyPolicy';
import { openSlot, Slot } from './slots';

export type StoredRequest = NonNullable<SentNotification['requests']>[number];

/** What the scheduler should do for one person now. */
export type Plan =
  | { type: 'none' }
  /** A queued send (a retry, a broadcast) whose time has come. */
  | { type: 'queued'; record: SentNotification }
  | { type: 'new'; slot: string; kind: 'digest' | 'nudge'; requests: StoredRequest[]; seenItems: string[] };

export interface PlanDependencies {
  policy: NotifyPolicy;
  content: Content;
  random: Random;
}

/**
 * Decides the push for one person at `now`: nothing unless they opted in and are reachable; nothing in
 * their quiet hours; a queued send when its time has come; otherwise, in their daily slot and within the
 * frequency caps, one welcome-back per lapse or the digest of the day (weekly: Mondays).
 */
export function planNotification(profile: UserProfile, now: Date, deps: PlanDependencies): Plan {
  const { policy } = deps;
  if (!reachable(profile)) return { type: 'none' };
  const zone = timeZoneOf(profile, policy.defaultTimeZone);
  if (inQuietHours(now, zone, profile.notify.quiet)) return { type: 'none' };
  const queued = dueQueued(profile, now);
  if (queued) return { type: 'queued', record: queued };
  const slot = openSlot(profile, now, policy);
  if (!slot || inQuietHours(slot.start, zone, profile.notify.quiet)) return { type: 'none' };
  if (usedSlot(profile, slot) || capped(profile, now, policy)) return { type: 'none' };
  return nudge(profile, now, policy) ?? digest(profile, now, slot, deps) ?? { type: 'none' };
}

/** The earliest queued send whose time has come. */
export function dueQueued(profile: UserProfile, now: Date): SentNotification | undefined {
  return profile.notify.sent
    .filter((record) => record.state === 'queued' && Date.parse(record.nextAttemptAt ?? '') <= now.getTime())
    .sort((a, b) => (a.nextAttemptAt ?? '').localeCompare(b.nextAttemptAt ?? ''))[0];
}

/** One scheduled push per slot at most. */
export function usedSlot(profile: UserProfile, slot: Slot): boolean {
  return profile.notify.sent.some((record) => record.kind !== 'broadcast' && Date.parse(record.at) >= slot.start.getTime());
}

/** Sends made (or under way) in the last day and week, against the configured caps. */
export function capped(profile: UserProfile, now: Date, policy: Pick<NotifyPolicy, 'maxPerDay' | 'maxPerWeek'>): boolean {
  const made = profile.notify.sent.filter((record) => record.state === 'sent' || record.state === 'sending').map((record) => now.getTime() - Date.parse(record.at));
  return made.filter((age) => age < DAY_MS).length >= policy.maxPerDay || made.filter((age) => age < 7 * DAY_MS).length >= policy.maxPerWeek;
}

function nudge(profile: UserProfile, now: Date, policy: NotifyPolicy): Plan | undefined {
  const lastSeen = profile.lifecycle.lastSeen;
  if (!lastSeen || restingStage(profile, now, { lapsedAfterMs: policy.lapsedAfterMs }) !== 'lapsed') return undefined;
  // One welcome-back per lapse: the lapse is named by the last visit before it.
  const slot = `nudge:${lastSeen}`;
  if (findSent(profile.notify, slot)) return undefined;
  const cared = caredAbout(profile);
  if (!cared.like && !cared.topic) return undefined;
  return { type: 'new', slot, kind: 'nudge', requests: [{ key: 'notify.nudge', values: cared }], seenItems: [] };
}

function digest(profile: UserProfile, now: Date, slot: Slot, deps: PlanDependencies): Plan | undefined {
  const frequency = profile.notify.digest;
  if (frequency === 'off' || (frequency === 'weekly' && slot.day.weekday !== 1)) return undefined;
  const id = `digest:${slot.date}`;
  if (findSent(profile.notify, id)) return undefined;
  const items = digestItems(profile, deps.policy.catalog, now, deps.random, deps.policy.digestItems, deps.policy.shared?.());
  if (items.length === 0) return undefined;
  const buttons = feedbackButtons(deps.content);
  const requests: StoredRequest[] = [
    { key: `notify.digest.${frequency}`, values: { count: String(items.length) }, suggestedActions: buttons },
    ...items.map((item): StoredRequest => ({ key: 'notify.digest.item', values: { title: item.title, summary: item.summary, link: item.link, topic: item.topics[0] }, append: true })),
    { key: 'notify.digest.footer', append: true },
  ];
  return { type: 'new', slot: id, kind: 'digest', requests, seenItems: items.map((item) => item.id) };
}
