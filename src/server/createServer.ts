import restify from 'restify';
import type { ActivityJson } from '../protocol/activity';
import type { BotEdge } from '../protocol/botEdge';
import { Logger, safeError } from '../util/logger';
import { INTERNAL_ERROR, sendError } from './httpErrors';
import { boundedJsonBodies, requireJson } from './jsonBody';
import type { TokenValidation } from './tokenValidation';
import { activityProblems } from './validateActivity';
import { Readiness } from './health/readiness';
import { registerHealthRoutes } from './health/registerHealthRoutes';

export interface ServerOptions {
  /** The Bot Framework SDK that authenticates and runs turns (src/sdk/): the server knows the protocol, not Rapport's bot. */
  edge: Pick<BotEdge, 'processInbound'>;
  logger: Logger;
  maxBodyBytes: number;
  tokenValidation: TokenValidation;
  isServiceUrlAllowed(serviceUrl: string): boolean;
  health(): Record<string, unknown>;
  /** What /readyz checks; the app adds the store's check and drains it on shutdown. Default: no checks. */
  readiness?: Readiness;
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

/** How long an idle keep-alive connection is kept open. */
const KEEP_ALIVE_MS = 65_000;

export function createServer(options: ServerOptions): RapportServer {
  const { edge, logger, tokenValidation } = options;
  const server = restify.createServer({ name: 'rapport', handleUncaughtExceptions: false });
  // An idle keep-alive connection outlives a load balancer's idle timeout (60 s on Azure and AWS) and a client's
  // reuse of it: Node's 5 s default closes sockets a proxy or fetch is about to send on (read ECONNRESET).
  server.server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  let active = 0;
  const waiters: Array<() => void> = [];
  const finish = () => {
    active -= 1;
    if (active === 0) for (const resolve of waiters.splice(0)) resolve();
  };
  const track = async <T>(work: () => Promise<T>): Promise<T> => {
    active += 1;
    try {
      return await work();
    } finally {
      finish();
    }
  };

  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes, mapParams: false, mapFiles: false }));
  server.use(boundedJsonBodies());

  registerHealthRoutes(server, { tokenValidation, health: options.health, readiness: options.readiness ?? new Readiness() });

  server.post('/api/messages', requireJson, async (req, res) =>
    track(async () => {
      const problems = activityProblems(req.body);
      if (problems) return sendError(res, 400, 'InvalidActivity', problems);
      if (!options.isServiceUrlAllowed(req.body.serviceUrl)) {
        return sendError(res, 403, 'ServiceUrlNotAllowed', 'Without MicrosoftAppId only loopback serviceUrls (or those in ALLOWED_SERVICE_URLS) are accepted.');
      }
      const result = await edge.processInbound(req.header('authorization') ?? '', req.body as ActivityJson);
      switch (result.kind) {
        case 'invalid':
          return sendError(res, 400, 'InvalidActivity', result.problems);
        case 'unauthorized':
          return sendError(res, 401, 'Unauthorized', 'The Bot Framework token is missing, invalid or expired.');
        case 'notStarted':
          if (tokenValidation.failed(result.error) === 'rejected') return sendError(res, 401, 'Unauthorized', 'The Bot Framework token is missing, invalid or expired.');
          res.header('Retry-After', '30');
          return sendError(res, 503, 'AuthUnavailable', 'Tokens cannot be validated right now; try again later.');
        case 'failed':
          logger.error({ code: 'TURN_FAILED', err: safeError(result.error) }, 'request failed');
          return sendError(res, 500, INTERNAL_ERROR.code, INTERNAL_ERROR.message);
        case 'answered':
          tokenValidation.succeeded();
          // An invoke the bot has no handler for is answered 501 by the SDKs: the caller asked for
          // something this bot does not do, which is the caller's error, not the server's.
          if (result.status === 501) return sendError(res, 400, 'UnsupportedInvoke', 'This bot does not handle this invoke activity.');
          return sendJson(res, result.status, result.body);
      }
    }),
  );

  // restify's own refusals (malformed JSON, body too large …): the code it chose, and a message of ours,
  // since its messages quote the body back (a JSON parse error shows the text around the mistake).
  server.on('restifyError', (req, _res, err, callback) => {
    const status: number = err.statusCode ?? 500;
    if (status >= 500) logger.error({ status, code: 'REQUEST_FAILED', path: req.path(), err: safeError(err.cause ?? err) }, 'request failed');
    else logger.warn({ status, code: err.code ?? err.name, path: req.path() }, 'request rejected');
    const code = status >= 500 ? INTERNAL_ERROR.code : String(err.body?.code ?? err.code ?? err.name ?? 'BadRequest');
    const message = status >= 500 ? INTERNAL_ERROR.message : (RESTIFY_MESSAGES[status] ?? 'The request was refused.');
    err.toJSON = () => ({ code, message });
    return callback();
  });

  return {
    server,
    inFlight: () => active,
    drained: () => (active === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    track,
  };
}

const RESTIFY_MESSAGES: Record<number, string> = {
  400: 'The body is not valid JSON (or not valid for its Content-Type).',
  404: 'There is nothing at this path.',
  405: 'This path does not accept this method.',
  413: 'The body is larger than this server accepts (MAX_BODY_BYTES).',
  415: 'This Content-Type is not accepted here.',
};

/**
 * Serializes first, so a body that cannot be written (it never should, once bodies are bounded) is a
 * clean 500 with a code rather than restify's empty one.
 */
function sendJson(res: restify.Response, status: number, body: unknown): void {
  if (body === undefined) {
    res.send(status);
    return;
  }
  let json: string;
  try {
    json = JSON.stringify(body);
  } catch {
    return sendError(res, 500, INTERNAL_ERROR.code, INTERNAL_ERROR.message);
  }
  res.sendRaw(status, json, { 'Content-Type': 'application/json' });
}
