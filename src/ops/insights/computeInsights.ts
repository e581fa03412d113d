import { restingStage } from '../../profile/lifecycle';
import type { ProfileView } from './storedProfiles';
import { NONE_INTENT } from '../../nlu/recognizer';
import { STAGES, type Stage } from '../../vocabulary/stages';
import type { Insights } from './insights';

export interface InsightsOptions {
  now: Date;
  /** Days shown in the per-day charts, today included. */
  windowDays: number;
  lapsedAfterMs: number;
  /** The content's intents: the only names that may appear (turns remember commands and feedback too). */
  intents: ReadonlySet<string>;
  /** Catalog item id → its main topic. */
  topicOfItem(itemId: string): string | undefined;
  /** Catalog topics, in the order to show them. */
  topics: readonly string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const TOP_INTENTS = 10;
/** The reply key of a message the bot did not understand (dialogs/). */
const FALLBACK_REPLY = 'fallback';

/**
 * One pass over every stored profile, keeping counts only. Timestamps are ISO strings, so days and
 * windows are compared as strings (no date parsing per turn: 100k profiles × 20 turns stay cheap).
 */
export async function computeInsights(profiles: AsyncIterable<ProfileView>, options: InsightsOptions): Promise<Omit<Insights, 'tookMs' | 'sinceStart'>> {
  const { now, windowDays } = options;
  const days = Array.from({ length: windowDays }, (_, i) => new Date(now.getTime() - (windowDays - 1 - i) * DAY_MS).toISOString().slice(0, 10));
  const dayIndex = new Map(days.map((day, i) => [day, i]));
  const since = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const [dayAgo, weekAgo, monthAgo] = [since(DAY_MS), since(7 * DAY_MS), since(30 * DAY_MS)];
  const windowStart = days[0];

  const turnsPerDay = new Array<number>(windowDays).fill(0);
  const activeUsersPerDay = new Array<number>(windowDays).fill(0);
  const newUsersPerDay = new Array<number>(windowDays).fill(0);
  const sentPerDay = new Array<number>(windowDays).fill(0);
  const failedPerDay = new Array<number>(windowDays).fill(0);
  const active = { day: 0, week: 0, month: 0 };
  const stages = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  const intentTurns = new Map<string, number>();
  let windowTurns = 0;
  let outOfScope = 0;
  const recs = new Map(options.topics.map((topic) => [topic, { shown: 0, positive: 0, negative: 0 }]));
  const push = { optedIn: 0, declined: 0 };
  let count = 0;
  const seenDays = new Set<number>();

  for await (const profile of profiles) {
    count += 1;
    const { firstSeen, lastSeen } = profile.lifecycle;
    if (firstSeen) {
      const index = dayIndex.get(firstSeen.slice(0, 10));
      if (index !== undefined) newUsersPerDay[index] += 1;
    }
    if (lastSeen) {
      if (lastSeen >= dayAgo) active.day += 1;
      if (lastSeen >= weekAgo) active.week += 1;
      if (lastSeen >= monthAgo) active.month += 1;
    }
    stages[restingStage(profile, now, { lapsedAfterMs: options.lapsedAfterMs })] += 1;

    seenDays.clear();
    for (const turn of profile.memory.turns) {
      if (typeof turn.at !== 'string' || turn.at < windowStart) continue;
      const index = dayIndex.get(turn.at.slice(0, 10));
      if (index === undefined) continue;
      turnsPerDay[index] += 1;
      seenDays.add(index);
      windowTurns += 1;
      // The bot did not understand: it answered with the fallback (what an out-of-scope message gets).
      if (turn.replyKeys?.includes(FALLBACK_REPLY)) outOfScope += 1;
      // Commands ("/tone") and feedback ("feedback:up") are remembered too; only content intents are ranked.
      if (turn.intent !== NONE_INTENT && options.intents.has(turn.intent)) intentTurns.set(turn.intent, (intentTurns.get(turn.intent) ?? 0) + 1);
    }
    for (const index of seenDays) activeUsersPerDay[index] += 1;

    for (const itemId of profile.memory.seenItems) {
      const topic = options.topicOfItem(itemId);
      const counts = topic === undefined ? undefined : recs.get(topic);
      if (counts) counts.shown += 1;
    }
    for (const [topic, feedback] of Object.entries(profile.learned.feedback ?? {})) {
      const counts = recs.get(topic);
      if (!counts) continue;
      counts.positive += feedback.up;
      counts.negative += feedback.down;
    }

    if (profile.notify.enabled) push.optedIn += 1;
    if (profile.notify.declined) push.declined += 1;
    for (const sent of profile.notify.sent) {
      const index = typeof sent.at === 'string' ? dayIndex.get(sent.at.slice(0, 10)) : undefined;
      if (index === undefined) continue;
      if (sent.state === 'sent') sentPerDay[index] += 1;
      else if (sent.state === 'failed') failedPerDay[index] += 1;
    }
  }

  return {
    generatedAt: now.toISOString(),
    profiles: count,
    days,
    turnsPerDay,
    activeUsersPerDay,
    newUsersPerDay,
    active,
    stages,
    intents: {
      top: [...intentTurns].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_INTENTS).map(([intent, turns]) => ({ intent, turns })),
      turns: windowTurns,
      outOfScope,
      outOfScopeRate: windowTurns > 0 ? outOfScope / windowTurns : null,
    },
    recommendations: [...recs].map(([topic, counts]) => ({ topic, ...counts, acceptance: counts.positive + counts.negative > 0 ? counts.positive / (counts.positive + counts.negative) : null })),
    push: { ...push, sentPerDay, failedPerDay },
  };
}
