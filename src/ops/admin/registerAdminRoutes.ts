import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { projectRoot } from '../../channels/webchat/pageAssets';
import { bearerTokenOf, secretMatches } from '../../server/bearerToken';
import { INTERNAL_ERROR, sendError } from '../../server/httpErrors';
import type { Clock } from '../../util/clock';
import { Logger, safeError } from '../../util/logger';
import type { Insights } from '../insights/insights';
import { issueSession, SESSION_TTL_MS, sessionCookie, sessionFromCookies, sessionValid } from './adminSession';

export interface AdminOptions {
  /** ADMIN_TOKEN: the page exists only when it is set. */
  token: string;
  insights(): Promise<Insights>;
  clock: Clock;
  logger: Logger;
}

/** The page loads its own script, styles and Chart.js from this server, and posts only its login form here. */
const CONTENT_SECURITY_POLICY = ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"].join('; ');

const loginSchema = z.object({ token: z.string().max(4096) });

/**
 * The insights page for support staff at /admin: `Authorization: Bearer $ADMIN_TOKEN` for scripts, or
 * the login form, which sets a signed session cookie (HttpOnly, Secure, SameSite=Strict, /admin only).
 * Without either, data routes answer 401 and the page sends the browser to the form.
 */
export function registerAdminRoutes(server: Server, options: AdminOptions): void {
  const { token, clock, logger } = options;
  const authorized = (req: Request): boolean => {
    const bearer = bearerTokenOf(req);
    if (bearer !== undefined) return secretMatches(bearer, token);
    return sessionValid(sessionFromCookies(req.header('cookie')), token, clock.now());
  };
  const pages = { page: adminFile('index.html'), login: adminFile('login.html') };
  const assets: Record<string, { path: string; type: string }> = {
    '/admin/assets/admin.js': { path: adminFile('admin.js'), type: 'text/javascript; charset=utf-8' },
    '/admin/assets/admin.css': { path: adminFile('admin.css'), type: 'text/css; charset=utf-8' },
    // Chart.js from node_modules: no CDN, the version package-lock.json pins.
    '/admin/assets/chart.umd.js': { path: chartJsBundle(), type: 'text/javascript; charset=utf-8' },
  };

  server.get('/admin', async (req, res) => {
    if (!authorized(req)) return redirect(res, '/admin/login');
    sendFile(res, pages.page, 'text/html; charset=utf-8');
  });
  server.get('/admin/login', async (_req, res) => sendFile(res, pages.login, 'text/html; charset=utf-8'));
  server.post('/admin/login', async (req, res) => {
    const parsed = loginSchema.safeParse(req.body);
    if (!parsed.success || !secretMatches(parsed.data.token, token)) {
      logger.warn({ code: 'ADMIN_LOGIN_REFUSED' }, 'admin: login refused');
      return redirect(res, '/admin/login?failed=1');
    }
    res.header('Set-Cookie', sessionCookie(issueSession(token, clock.now()), SESSION_TTL_MS / 1000));
    redirect(res, '/admin');
  });
  server.post('/admin/logout', async (_req, res) => {
    res.header('Set-Cookie', sessionCookie('', 0));
    redirect(res, '/admin/login');
  });
  server.get('/admin/insights.json', async (req, res) => {
    if (!authorized(req)) {
      res.header('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, 'Unauthorized', 'Send the ADMIN_TOKEN as "Authorization: Bearer <token>", or log in at /admin/login.');
    }
    try {
      const insights = await options.insights();
      res.header('Cache-Control', 'no-store');
      res.send(200, insights);
    } catch (err) {
      logger.error({ code: 'INSIGHTS_FAILED', err: safeError(err) }, 'admin: insights failed');
      sendError(res, 500, INTERNAL_ERROR.code, INTERNAL_ERROR.message);
    }
  });
  for (const [path, asset] of Object.entries(assets)) server.get(path, async (_req, res) => sendFile(res, asset.path, asset.type));
}

function adminFile(name: string): string {
  return join(projectRoot(), 'public', 'admin', name);
}

function chartJsBundle(): string {
  // The package's exports map hides dist/ from require.resolve: resolve the package, then its UMD build.
  return join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');
}

const files = new Map<string, Buffer>();

function sendFile(res: Response, path: string, type: string): void {
  let body = files.get(path);
  if (!body) {
    body = readFileSync(path);
    files.set(path, body);
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache', ...SECURITY_HEADERS });
  res.end(body);
}

const SECURITY_HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY' };

function redirect(res: Response, location: string): void {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end();
}
