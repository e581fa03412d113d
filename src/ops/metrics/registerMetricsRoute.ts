import type { Server } from 'restify';
import { requireBearer } from '../../server/bearerToken';
import { INTERNAL_ERROR, sendError } from '../../server/httpErrors';
import { Logger, safeError } from '../../util/logger';
import type { RapportMetrics } from './rapportMetrics';

/**
 * GET /metrics in Prometheus text format, only with `Authorization: Bearer $METRICS_TOKEN` (Prometheus's
 * `authorization` scrape setting). Without METRICS_TOKEN the route does not exist: metrics say how busy
 * the bot is and which topics people ask about, which is not for everyone who can reach the port.
 */
export function registerMetricsRoute(server: Server, options: { token: string; metrics: RapportMetrics; logger: Logger }): void {
  const { metrics, logger } = options;
  server.get('/metrics', requireBearer(options.token, 'METRICS_TOKEN'), async (_req, res) => {
    try {
      const { contentType, body } = await metrics.exposition();
      res.sendRaw(200, body, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
    } catch (err) {
      logger.error({ code: 'METRICS_FAILED', err: safeError(err) }, 'metrics: could not collect');
      sendError(res, 500, INTERNAL_ERROR.code, INTERNAL_ERROR.message);
    }
  });
}
