import type { Stage } from '../../vocabulary/stages';

/**
 * What the insights page shows: aggregates only, never an id, a name or a message. Days are UTC
 * (YYYY-MM-DD), oldest first; every per-day series has one value per day of `days`.
 */
export interface Insights {
  generatedAt: string;
  /** Milliseconds the aggregation took (the page shows it: it must stay fast at 100k profiles). */
  tookMs: number;
  profiles: number;
  days: string[];
  /** Turns per day, from each person's remembered turns (the last 20 per person: heavy users' older days are undercounted). */
  turnsPerDay: number[];
  /** People with a remembered turn that day. */
  activeUsersPerDay: number[];
  /** People whose first turn was that day (exact). */
  newUsersPerDay: number[];
  /** People seen in the last 1, 7 and 30 days (exact, from each profile's last visit). */
  active: { day: number; week: number; month: number };
  /** People by lifecycle stage now, as a push message would see them. */
  stages: Record<Stage, number>;
  /**
   * Remembered turns within the window: the most frequent content intents, and how many the bot did not
   * understand (answered with the fallback, as out-of-scope messages are).
   */
  intents: { top: Array<{ intent: string; turns: number }>; turns: number; outOfScope: number; outOfScopeRate: number | null };
  /** Per catalog topic: recommendations shown, feedback, and the share of feedback that was positive. */
  recommendations: Array<{ topic: string; shown: number; positive: number; negative: number; acceptance: number | null }>;
  push: {
    optedIn: number;
    declined: number;
    /** Deliveries recorded in the send ledgers (the most recent per person), per day, by final state. */
    sentPerDay: number[];
    failedPerDay: number[];
  };
  /** This instance's counters since it started (Prometheus metrics), when there are metrics. */
  sinceStart?: Record<string, number>;
}
