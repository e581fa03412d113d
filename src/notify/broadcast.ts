import { Content } from '../content/content';
import { Clock } from '../util/clock';
import { NotifyPolicy, reachable } from './notifyPolicy';
import { ProfileRepository } from '../profile/profileRepository';
import { NotifyIndex } from './notifyIndex';
import { inSegment, Segment } from './segment';

export interface BroadcastRequest {
  /** Names the broadcast: the same id sent twice queues nothing new (a retried request is harmless). */
  id: string;
  segment: Segment;
  messageKey: string;
  dryRun: boolean;
}

export interface BroadcastResult {
  id: string;
  /** Opted-in, reachable users in the segment. */
  matched: number;
  /** Of those, how many got it queued now (0 on a dry run or a repeated id). */
  queued: number;
  dryRun: boolean;
}

export interface BroadcastDependencies {
  profiles: ProfileRepository;
  index: NotifyIndex;
  policy: NotifyPolicy;
  /** The content live now. */
  content(): Content;
  clock: Clock;
}

/** Profiles read at once while matching; keeps a broadcast to many users from flooding the store. */
const CONCURRENCY = 16;

/**
 * Queues a content message for every opted-in user in the segment, as a send in their ledger (slot
 * `broadcast:<id>`). The scheduler delivers it like any other push: in their tone and name, outside
 * their quiet hours, with retries, exactly once.
 */
export async function broadcast(request: BroadcastRequest, deps: BroadcastDependencies): Promise<BroadcastResult> {
  const now = deps.clock.now();
  const entries = [...(await deps.index.all())];
  let matched = 0;
  let queued = 0;
  for (let start = 0; start < entries.length; start += CONCURRENCY) {
    await Promise.all(
      entries.slice(start, start + CONCURRENCY).map(([, entry]) =>
        deps.profiles.exclusive(entry.channelId, entry.userId, async (access) => {
          const loaded = await access.load();
          if (!loaded.eTag || !reachable(loaded.profile) || !inSegment(loaded.profile, request.segment, now, deps.policy.lapsedAfterMs)) return;
          matched += 1;
          const slot = `broadcast:${request.id}`;
          if (request.dryRun || loaded.profile.notify.sent.some((record) => record.slot === slot)) return;
          await access.save(loaded, [{ type: 'queueNotification', slot, kind: 'broadcast', requests: [{ key: request.messageKey }], at: now.toISOString(), nextAttemptAt: now.toISOString() }]);
          queued += 1;
        }),
      ),
    );
  }
  return { id: request.id, matched, queued, dryRun: request.dryRun };
}
