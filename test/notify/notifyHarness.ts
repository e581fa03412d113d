import { MemoryStorage } from '../../src/storage/memoryStorage';
import type { Storage } from '../../src/storage/storage';
import { Deliverer } from '../../src/notify/deliverer';
import { NotifyIndex } from '../../src/notify/notifyIndex';
import { NotifyPolicy } from '../../src/notify/notifyPolicy';
import { followProfiles } from '../../src/notify/followProfiles';
import { ProfileRepository } from '../../src/profile/profileRepository';
import { NotifyScheduler, SchedulerOptions } from '../../src/notify/scheduler';
import { Reply } from '../../src/vocabulary/reply';
import { profileKey } from '../../src/profile/profileKey';
import { UserProfile } from '../../src/profile/userProfile';
import { ManualClock } from '../../src/util/clock';
import { silentLogger } from '../../src/util/logger';
import { seededRandom } from '../../src/util/random';
import { createTestRapport, say, TestRapport } from '../helpers/testRapport';

export interface Delivery {
  userId: string;
  replies: readonly Reply[];
}

export interface NotifyHarness extends TestRapport {
  deliveries: Delivery[];
  /** Makes the next `n` deliveries fail with this HTTP status (Teams answers 429 when a bot sends too fast). */
  failNext(n: number, status?: number): void;
  deliver: Deliverer;
  /** A scheduler as a separate process would have it: its own repository and index objects on the same storage. */
  scheduler(overrides?: Partial<Omit<SchedulerOptions, 'policy'>> & { policy?: Partial<NotifyPolicy> }): NotifyScheduler;
  /** Sends each message as `userId`, in order. */
  chat(userId: string, ...messages: string[]): Promise<void>;
  profile(userId: string): Promise<UserProfile>;
}

/** Monday 2 March 2026, 06:00 UTC (07:00 in Paris). */
export const START = '2026-03-02T06:00:00Z';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function notifyHarness(options: { storage?: Storage; clock?: ManualClock } = {}): NotifyHarness {
  const clock = options.clock ?? new ManualClock(START);
  const storage = options.storage ?? new MemoryStorage();
  const base = createTestRapport({ storage, clock });
  const deliveries: Delivery[] = [];
  let failures = 0;
  let failStatus = 429;
  const deliver: Deliverer = async (reference, replies) => {
    if (failures > 0) {
      failures -= 1;
      throw Object.assign(new Error('channel refused'), { statusCode: failStatus });
    }
    const user = reference.user as { id: string };
    deliveries.push({ userId: user.id, replies });
  };
  return {
    ...base,
    deliveries,
    deliver,
    failNext(n, status = 429) {
      failures = n;
      failStatus = status;
    },
    scheduler({ policy, ...overrides } = {}) {
      const fullPolicy = { ...base.rapport.notify.policy, ...policy };
      // Wired like createRapport.ts, with this test's policy.
      const profiles = new ProfileRepository(storage);
      const index = new NotifyIndex(storage);
      const follow = followProfiles(index, fullPolicy, clock);
      profiles.onSaved(follow.saved);
      profiles.onErasing(follow.erasing);
      return new NotifyScheduler({
        profiles,
        index,
        policy: fullPolicy,
        content: base.rapport.notify.content,
        clock,
        random: seededRandom(3),
        logger: silentLogger,
        deliver,
        maxAttempts: 3,
        backoffMs: 30_000,
        batchSize: 100,
        tickMs: 60_000,
        ...overrides,
      });
    },
    async chat(userId, ...messages) {
      const adapter = base.adapterFor(userId);
      for (const message of messages) await say(adapter, message);
    },
    async profile(userId) {
      return (await base.rapport.profiles.load('test', userId)).profile;
    },
  };
}

export function keyOf(userId: string): string {
  return profileKey('test', userId);
}

/** Runs one pass at every step from now until `until`, moving the clock. */
export async function runUntil(clock: ManualClock, until: string | number, stepMs: number, scheduler: NotifyScheduler): Promise<void> {
  const end = new Date(until).getTime();
  while (clock.now().getTime() < end) {
    clock.advance(stepMs);
    await scheduler.tick();
  }
}
