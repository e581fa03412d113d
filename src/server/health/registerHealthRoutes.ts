import type { Server } from 'restify';
import type { TokenValidation } from '../tokenValidation';
import type { Readiness } from './readiness';

export interface HealthOptions {
  tokenValidation: TokenValidation;
  /** What /healthz tells beyond its status (uptime, storage kind, the intent model). */
  health(): Record<string, unknown>;
  readiness: Readiness;
}

/**
 * Kubernetes-style probes, beside the older /healthz:
 * - `GET /livez`: the process answers HTTP (restart it if not). Checks nothing else on purpose: a slow
 *   store must not get a healthy process killed.
 * - `GET /readyz`: send it turns: content and model loaded, the store reachable, not shutting down.
 *   503 with the failing checks otherwise.
 */
export function registerHealthRoutes(server: Server, options: HealthOptions): void {
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok', tokenValidation: options.tokenValidation.state(), ...options.health() });
  });
  server.get('/livez', async (_req, res) => {
    res.header('Cache-Control', 'no-store');
    res.send(200, { status: 'alive' });
  });
  server.get('/readyz', async (_req, res) => {
    const report = await options.readiness.report();
    res.header('Cache-Control', 'no-store');
    res.send(report.ready ? 200 : 503, { status: report.status, checks: report.checks });
  });
}
