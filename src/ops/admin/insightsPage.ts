import type { Server } from 'restify';
import type { Storage } from '../../storage/storage';
import type { Catalog } from '../../personalization/catalog';
import { canScan } from '../../storage/scanStorage';
import type { Clock } from '../../util/clock';
import type { Logger } from '../../util/logger';
import { createInsightsService } from '../insights/insightsService';
import { storedProfiles } from '../insights/storedProfiles';
import type { RapportMetrics } from '../metrics/rapportMetrics';
import { registerAdminRoutes } from './registerAdminRoutes';

export interface InsightsPageOptions {
  token: string;
  storage: Storage;
  catalog: Catalog;
  intents: Iterable<string>;
  lapsedAfterMs: number;
  metrics: RapportMetrics;
  clock: Clock;
  logger: Logger;
}

/** Days in the per-day charts. */
export const INSIGHTS_WINDOW_DAYS = 30;
/** One pass over the store serves every request for this long. */
export const INSIGHTS_MAX_AGE_MS = 60_000;

/** /admin (see registerAdminRoutes) over this store's profiles and these metrics; false when the store cannot be listed. */
export function registerInsightsPage(server: Server, options: InsightsPageOptions): boolean {
  const { storage, catalog } = options;
  if (!canScan(storage)) {
    options.logger.warn({ code: 'INSIGHTS_UNAVAILABLE' }, 'admin: this store cannot list its profiles; /admin is off');
    return false;
  }
  const insights = createInsightsService({
    profiles: () => storedProfiles(storage),
    clock: options.clock,
    totals: () => options.metrics.totals(),
    maxAgeMs: INSIGHTS_MAX_AGE_MS,
    windowDays: INSIGHTS_WINDOW_DAYS,
    lapsedAfterMs: options.lapsedAfterMs,
    intents: new Set(options.intents),
    topicOfItem: (itemId) => catalog.byId.get(itemId)?.topics[0],
    topics: catalog.topics,
  });
  registerAdminRoutes(server, { token: options.token, insights, clock: options.clock, logger: options.logger });
  return true;
}
