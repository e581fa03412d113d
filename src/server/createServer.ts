import restify from 'restify';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import { Logger } from '../util/logger';
import { sendError } from './httpErrors';
import { activityProblems } from './validateActivity';

export interface ServerOptions {
  adapter: CloudAdapter;
  /** Any Bot Framework bot: the server knows botbuilder's contract, not Rapport's. */
  bot: ActivityHandler;
  logger: Logger;
  maxBodyBytes: number;
  isServiceUrlAllowed(serviceUrl: string): boolean;
  health(): Record<string, unknown>;
}

export interface RapportServer {
  server: restify.Server;
  /** Requests being processed right now; shutdown waits for these. */
  inFlight(): number;
  /** Resolves when no request is in flight. */
  drained(): Promise<void>;
  /** Counts work that other routes run (the chat page's turns) as in flight, so shutdown waits for it too. */
  track<T>(work: () => Promise<T>): Promise<T>;
}

export function createServer(options: ServerOptions): RapportServer {
  const { adapter, bot, logger } = options;
  const server = restify.createServer({ name: 'rapport', handleUncaughtExceptions: false });
  let active = 0;
  const waiters: Array<() => void> = [];
  const finish = () => {
    active -= 1;
    if (active === 0) for (const resolve of waiters.splice(0)) resolve();
  };

  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes, mapParams: false, mapFiles: false }));

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok', ...options.health() });
  });

  server.post('/api/messages', async (req, res) => {
    active += 1;
    try {
      if (!req.is('application/json')) return sendError(res, 415, 'UnsupportedMediaType', 'Send the activity as JSON with Content-Type: application/json.');
      const problems = activityProblems(req.body);
      if (problems) return sendError(res, 400, 'InvalidActivity', problems);
      if (!options.isServiceUrlAllowed(req.body.serviceUrl)) {
        return sendError(res, 403, 'ServiceUrlNotAllowed', 'Without MicrosoftAppId only loopback serviceUrls (or those in ALLOWED_SERVICE_URLS) are accepted.');
      }
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (err) {
      logger.error({ code: 'TURN_FAILED', err: { message: (err as Error).message } }, 'request failed');
      sendError(res, 500, 'InternalError', 'The bot could not process this activity.');
    } finally {
      finish();
    }
  });

  server.on('restifyError', (req, _res, err, callback) => {
    logger.warn({ status: err.statusCode, code: err.code ?? err.name, path: req.path() }, 'request rejected');
    return callback();
  });

  return {
    server,
    inFlight: () => active,
    drained: () => (active === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    track: async (work) => {
      active += 1;
      try {
        return await work();
      } finally {
        finish();
      }
    },
  };
}
