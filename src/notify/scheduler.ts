import { randomUUID } from 'node:crypto';
import { Content } from '../content/content';
import { ProfileChange } from '../profile/profileChanges';
import { LoadedProfile, ProfileAccess, ProfileRepository } from '../profile/profileRepository';
import { SentNotification, UserProfile } from '../profile/userProfile';
import { Clock } from '../util/clock';
import { Logger, safeError } from '../util/logger';
import { Random } from '../util/random';
import { composePush } from './composePush';
import { Deliverer } from './deliverer';
import { SENDING_LEASE_MS, nextDue } from './nextDue';
import { findSent } from '../profile/notifyChanges';
import { IndexEntry, NotifyIndex } from './notifyIndex';
import { NotifyPolicy, reachable } from './notifyPolicy';
import { planNotification } from './planNotification';

export interface SchedulerOptions {
  profiles: ProfileRepository;
  /** Who may get a push and when; kept in step with every save by notify/followProfiles.ts. */
  index: NotifyIndex;
  policy: NotifyPolicy;
  /** The content live now: a live reload of dialogs/ reaches push messages too. */
  content(): Content;
  clock: Clock;
  /** Jitter of retry delays (and variant choice); injected so tests are deterministic. */
  random: Random;
  logger: Logger;
  deliver: Deliverer;
  /** Delivery attempts per message before giving up. */
  maxAttempts: number;
  /** First retry delay; each further one doubles, times a jitter factor in [0.5, 1.5). */
  backoffMs: number;
  /** Users looked at per pass, earliest due first; the rest wait for the next pass. */
  batchSize: number;
  /** Pass interval for start(). */
  tickMs: number;
  /** Told each delivery's outcome (metrics): sent, retry (will be tried again) or failed (given up). */
  onDelivery?: (kind: SentNotification['kind'], outcome: DeliveryOutcome) => void;
}

export type DeliveryOutcome = 'sent' | 'retry' | 'failed';

export interface TickReport {
  sent: number;
  failed: number;
  /** Looked at, nothing to send now (or another scheduler owned the send). */
  idle: number;
}

type Outcome = 'sent' | 'failed' | 'idle';

const MAX_BACKOFF_MS = 60 * 60 * 1000;
/** HTTP statuses after which retrying cannot help: the bot was removed or the conversation is gone. */
const PERMANENT = new Set([401, 403, 404]);

/**
 * Sends the push messages that are due. `tick(now)` is one pass and the unit tests drive; `start()` runs
 * it on an interval. Every send is claimed in the user's profile (an eTag-checked save) before delivery,
 * under a slot id that is the same for every scheduler, so a restart, a retry or a second process never
 * sends it twice; see README "Push messages".
 */
export class NotifyScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickReport> | undefined;

  constructor(private readonly options: SchedulerOptions) {}

  async tick(now: Date = this.options.clock.now()): Promise<TickReport> {
    const report: TickReport = { sent: 0, failed: 0, idle: 0 };
    const due = await this.options.index.due(now, this.options.batchSize);
    for (const [key, entry] of due) {
      try {
        report[await this.processUser(key, entry, now)] += 1;
      } catch (err) {
        // One user's broken record must not stop everyone else's messages.
        this.options.logger.error({ code: 'NOTIFY_USER_FAILED', user: key, err: safeError(err) }, 'notify: could not process user');
        report.failed += 1;
      }
    }
    return report;
  }

  /** Runs a pass now unless one is running (after a broadcast was queued). */
  kick(): Promise<TickReport> {
    this.running ??= this.tick()
      .catch((err: Error) => {
        this.options.logger.error({ code: 'NOTIFY_TICK_FAILED', err: safeError(err) }, 'notify: pass failed');
        return { sent: 0, failed: 0, idle: 0 };
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.kick(), this.options.tickMs);
    // The interval must not keep the process alive: shutdown stops it explicitly.
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async processUser(key: string, entry: IndexEntry, now: Date): Promise<Outcome> {
    const { profiles, index, policy } = this.options;
    const claimed = await profiles.exclusive(entry.channelId, entry.userId, (access) => this.claim(access, key, entry, now));
    if (!claimed) return 'idle';
    const { profile, record } = claimed;
    const replies = composePush(profile, record.requests ?? [], now, { ...policy, content: this.options.content(), random: this.options.random });
    const change = await this.deliver(profile, record, replies, now);
    await profiles.exclusive(entry.channelId, entry.userId, async (access) => {
      const loaded = await access.load();
      // Erased while the message was on its way: write nothing back.
      if (!loaded.eTag) return index.remove(key);
      const saved = await access.save(loaded, [change]);
      await this.reschedule(key, entry, saved, now);
    });
    return change.state === 'sent' ? 'sent' : change.state === 'failed' ? 'failed' : 'idle';
  }

  /** Loads the user, decides, and claims the send; undefined when there is nothing to send or another scheduler owns it. */
  private async claim(access: ProfileAccess, key: string, entry: IndexEntry, now: Date): Promise<{ profile: UserProfile; record: SentNotification } | undefined> {
    const loaded = await access.load();
    if (!loaded.eTag || !reachable(loaded.profile)) {
      await this.options.index.remove(key);
      return undefined;
    }
    const settled = this.settleStale(loaded, now);
    const plan = planNotification(loaded.profile, now, { policy: this.options.policy, content: this.options.content(), random: this.options.random });
    if (plan.type === 'none') {
      const saved = settled.length > 0 ? await access.save(loaded, settled) : loaded.profile;
      await this.reschedule(key, entry, saved, now);
      return undefined;
    }
    const token = randomUUID();
    const at = now.toISOString();
    const claim: ProfileChange =
      plan.type === 'queued'
        ? { type: 'claimNotification', slot: plan.record.slot, kind: plan.record.kind, claim: token, attempt: plan.record.attempts + 1, at, seenItems: [] }
        : { type: 'claimNotification', slot: plan.slot, kind: plan.kind, claim: token, attempt: 1, at, requests: plan.requests, seenItems: plan.seenItems };
    const saved = await access.save(loaded, [...settled, claim]);
    const record = findSent(saved.notify, claim.slot);
    // The save re-applies the claim over a newer profile after an eTag conflict; it took effect only if we won.
    if (record?.state !== 'sending' || record.claim !== token || !saved.reference) return undefined;
    return { profile: saved, record };
  }

  /** Claims whose outcome was never recorded (the process died mid-delivery) are not resent: at most once. */
  private settleStale(loaded: LoadedProfile, now: Date): ProfileChange[] {
    const stale = loaded.profile.notify.sent.filter((record) => record.state === 'sending' && Date.parse(record.at) + SENDING_LEASE_MS <= now.getTime());
    for (const record of stale) this.options.logger.warn({ code: 'NOTIFY_OUTCOME_UNKNOWN', slot: record.slot }, 'notify: a claimed send has no outcome; not resending');
    return stale.map((record) => ({ type: 'notificationOutcome', slot: record.slot, claim: record.claim ?? '', state: 'failed', at: now.toISOString() }));
  }

  private async deliver(profile: UserProfile, record: SentNotification, replies: Parameters<Deliverer>[1], now: Date): Promise<Extract<ProfileChange, { type: 'notificationOutcome' }>> {
    const base = { type: 'notificationOutcome' as const, slot: record.slot, claim: record.claim ?? '', at: now.toISOString() };
    const { logger, maxAttempts } = this.options;
    try {
      await this.options.deliver(profile.reference?.conversation ?? {}, replies);
      logger.info({ code: 'NOTIFY_SENT', kind: record.kind, slot: record.slot, attempt: record.attempts }, 'notify: sent');
      this.options.onDelivery?.(record.kind, 'sent');
      return { ...base, state: 'sent' };
    } catch (err) {
      const status = statusOf(err);
      const log = { kind: record.kind, slot: record.slot, attempt: record.attempts, status, err: safeError(err) };
      if (record.attempts >= maxAttempts || (status !== undefined && PERMANENT.has(status))) {
        logger.error({ code: 'NOTIFY_GAVE_UP', ...log }, 'notify: gave up delivering');
        this.options.onDelivery?.(record.kind, 'failed');
        return { ...base, state: 'failed' };
      }
      const delay = Math.min(MAX_BACKOFF_MS, this.options.backoffMs * 2 ** (record.attempts - 1) * (0.5 + this.options.random()));
      logger.warn({ code: 'NOTIFY_DELIVERY_FAILED', ...log, retryInMs: Math.round(delay) }, 'notify: delivery failed, will retry');
      this.options.onDelivery?.(record.kind, 'retry');
      return { ...base, state: 'queued', nextAttemptAt: new Date(now.getTime() + delay).toISOString() };
    }
  }

  private reschedule(key: string, entry: IndexEntry, profile: UserProfile, now: Date): Promise<void> {
    const index = this.options.index;
    if (!reachable(profile)) return index.remove(key);
    return index.put(key, { channelId: entry.channelId, userId: entry.userId, due: nextDue(profile, now, this.options.policy, true) });
  }
}

/** The HTTP status of a failed channel call (botframework-connector errors carry `statusCode`). */
function statusOf(err: unknown): number | undefined {
  if (!err || typeof err !== 'object') return undefined;
  if ('statusCode' in err && typeof err.statusCode === 'number') return err.statusCode;
  if ('status' in err && typeof err.status === 'number') return err.status;
  return undefined;
}
