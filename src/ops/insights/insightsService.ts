import type { Clock } from '../../util/clock';
import type { ProfileView } from './storedProfiles';
import { computeInsights, InsightsOptions } from './computeInsights';
import type { Insights } from './insights';

export interface InsightsServiceOptions extends Omit<InsightsOptions, 'now'> {
  profiles(): AsyncIterable<ProfileView>;
  clock: Clock;
  /** This instance's metrics totals, shown beside what the store holds. */
  totals?(): Promise<Record<string, number>>;
  /** How long one aggregation is served before the next pass over the store. */
  maxAgeMs: number;
  /** Milliseconds for timing the pass (performance.now by default). */
  timer?: () => number;
}

/**
 * The insights, computed at most once per `maxAgeMs`: a page reload or several support staff at once
 * cost one pass over the store, and callers who arrive during a pass share it.
 */
export function createInsightsService(options: InsightsServiceOptions): () => Promise<Insights> {
  const timer = options.timer ?? (() => performance.now());
  let cached: { at: number; insights: Promise<Insights> } | undefined;
  const compute = async (): Promise<Insights> => {
    const started = timer();
    const insights = await computeInsights(options.profiles(), { ...options, now: options.clock.now() });
    const sinceStart = options.totals ? { sinceStart: await options.totals() } : {};
    return { ...insights, tookMs: Math.round((timer() - started) * 10) / 10, ...sinceStart };
  };
  return function currentInsights() {
    const now = options.clock.now().getTime();
    if (!cached || now - cached.at >= options.maxAgeMs) {
      const insights = compute();
      cached = { at: now, insights };
      // A failed pass is not kept: the next request tries again.
      insights.catch(() => {
        if (cached?.insights === insights) cached = undefined;
      });
    }
    return cached.insights;
  };
}
