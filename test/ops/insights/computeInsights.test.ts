import { computeInsights, InsightsOptions } from '../../../src/ops/insights/computeInsights';
import { createInsightsService } from '../../../src/ops/insights/insightsService';
import { newProfile, UserProfile } from '../../../src/profile/userProfile';
import { ManualClock } from '../../../src/util/clock';

const NOW = new Date('2026-03-10T12:00:00Z');
const OPTIONS: InsightsOptions = {
  now: NOW,
  windowDays: 7,
  lapsedAfterMs: 14 * 24 * 60 * 60 * 1000,
  intents: new Set(['greet', 'recommend', 'none']),
  topicOfItem: (id) => ({ 'song-1': 'music', 'book-1': 'books' })[id],
  topics: ['music', 'books'],
};

function profile(userId: string, edit: (p: UserProfile) => void): UserProfile {
  const p = newProfile('test', userId);
  edit(p);
  return p;
}

const turn = (at: string, intent: string) => ({ at, intent, text: 'never counted', replyKeys: [intent === 'none' ? 'fallback' : 'greet'] });

async function* each(profiles: UserProfile[]): AsyncIterable<UserProfile> {
  yield* profiles;
}

describe('computeInsights', () => {
  const profiles = [
    profile('ana', (p) => {
      p.lifecycle = { firstSeen: '2026-03-09T08:00:00Z', lastSeen: '2026-03-10T11:00:00Z', sessionStart: '2026-03-10T11:00:00Z', turnCount: 4, sessionCount: 2 };
      p.memory.turns = [turn('2026-03-09T08:00:00Z', 'greet'), turn('2026-03-10T10:00:00Z', 'recommend'), turn('2026-03-10T10:01:00Z', 'none'), turn('2026-03-10T10:02:00Z', '/tone')];
      p.memory.seenItems = ['song-1', 'book-1', 'gone-from-catalog'];
      p.learned.feedback = { music: { up: 2, down: 1 } };
      p.notify.enabled = true;
      p.notify.sent = [{ slot: 'digest:2026-03-10', kind: 'digest', state: 'sent', attempts: 1, at: '2026-03-10T08:00:00Z' }];
    }),
    profile('ben', (p) => {
      // Seen long ago: lapsed, and nothing of it in the window.
      p.lifecycle = { firstSeen: '2026-01-01T08:00:00Z', lastSeen: '2026-01-02T08:00:00Z', turnCount: 9, sessionCount: 5 };
      p.memory.turns = [turn('2026-01-02T08:00:00Z', 'greet')];
      p.notify.declined = true;
      p.notify.sent = [{ slot: 'nudge:x', kind: 'nudge', state: 'failed', attempts: 5, at: '2026-03-08T08:00:00Z' }];
    }),
    profile('cy', (p) => {
      p.lifecycle = { firstSeen: '2026-03-05T08:00:00Z', lastSeen: '2026-03-06T09:00:00Z', turnCount: 1, sessionCount: 1 };
      p.memory.turns = [turn('2026-03-06T09:00:00Z', 'greet')];
    }),
  ];

  it('counts turns, active and new users per day, stages, intents, recommendations and push, from profiles alone', async () => {
    const insights = await computeInsights(each(profiles), OPTIONS);
    expect(insights.days).toEqual(['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
    expect(insights.profiles).toBe(3);
    expect(insights.turnsPerDay).toEqual([0, 0, 1, 0, 0, 1, 3]);
    expect(insights.activeUsersPerDay).toEqual([0, 0, 1, 0, 0, 1, 1]);
    expect(insights.newUsersPerDay).toEqual([0, 1, 0, 0, 0, 1, 0]);
    expect(insights.active).toEqual({ day: 1, week: 2, month: 2 });
    // As a push would see them: cy's next visit would be a second session, so onboarding.
    expect(insights.stages).toEqual({ new: 0, onboarding: 2, regular: 0, lapsed: 1, returning: 0 });
    // The command turn (/tone) is not an intent; 1 of the 5 turns in the window got the fallback.
    expect(insights.intents).toEqual({ top: [{ intent: 'greet', turns: 2 }, { intent: 'recommend', turns: 1 }], turns: 5, outOfScope: 1, outOfScopeRate: 0.2 });
    expect(insights.recommendations).toEqual([
      { topic: 'music', shown: 1, positive: 2, negative: 1, acceptance: 2 / 3 },
      { topic: 'books', shown: 1, positive: 0, negative: 0, acceptance: null },
    ]);
    expect(insights.push).toEqual({ optedIn: 1, declined: 1, sentPerDay: [0, 0, 0, 0, 0, 0, 1], failedPerDay: [0, 0, 0, 0, 1, 0, 0] });
    const json = JSON.stringify(insights);
    for (const personal of ['ana', 'ben', 'never counted', 'song-1']) expect(json).not.toContain(personal);
  });

  it('is computed once per interval however often it is asked for, with this instance\'s metrics beside it', async () => {
    const clock = new ManualClock(NOW);
    let passes = 0;
    const service = createInsightsService({
      ...OPTIONS,
      clock,
      maxAgeMs: 60_000,
      profiles: () => {
        passes += 1;
        return each(profiles);
      },
      totals: async () => ({ turns: 7 }),
    });
    const [first, second] = await Promise.all([service(), service()]);
    expect(second).toBe(first);
    expect(first.sinceStart).toEqual({ turns: 7 });
    expect(typeof first.tookMs).toBe('number');
    clock.advance(59_000);
    await service();
    expect(passes).toBe(1);
    clock.advance(1_000);
    await service();
    expect(passes).toBe(2);
  });
});
