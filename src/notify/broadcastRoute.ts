import { randomUUID } from 'node:crypto';
import type { Next, Request, Response, Server } from 'restify';
import { z } from 'zod';
import { requireBearer } from '../server/bearerToken';
import { sendError, sendInvalid } from '../server/httpErrors';
import { requireJson } from '../server/jsonBody';
import { Logger, safeError } from '../util/logger';
import { broadcast, BroadcastDependencies } from './broadcast';
import { segmentSchema } from './segment';

export const NOTIFY_PATH = '/api/notify';
/** Only message keys under this prefix can be broadcast: support cannot send arbitrary bot replies. */
export const BROADCAST_PREFIX = 'notify.broadcast.';
/** A broadcast request is a few hundred bytes. */
const MAX_BODY_BYTES = 8 * 1024;

const bodySchema = z.strictObject({
  id: z.string().regex(/^[\w.-]{1,64}$/, 'must be 1–64 letters, digits, ".", "-" or "_"').optional(),
  segment: segmentSchema.optional().default({}),
  messageKey: z.string().max(100),
  dryRun: z.boolean().optional().default(false),
});

export interface BroadcastRouteOptions extends BroadcastDependencies {
  /** Without it the route answers 404: broadcasts are off. */
  token: string;
  logger: Logger;
  /** Called after messages were queued, to deliver them without waiting for the next pass. */
  onQueued?(): void;
}

/** `POST /api/notify`: support teams push a content message to a segment of opted-in users. */
export function registerBroadcastRoute(server: Server, options: BroadcastRouteOptions): void {
  const enabled = (_req: Request, res: Response, next: Next): void => {
    if (options.token) return next();
    sendError(res, 404, 'NotifyDisabled', 'Broadcasts are off: set NOTIFY_API_TOKEN to turn them on.');
    return next(false);
  };
  const guard = requireBearer(options.token, 'NOTIFY_API_TOKEN', () => options.logger.warn({ code: 'NOTIFY_UNAUTHORIZED' }, 'broadcast refused'));
  server.post(NOTIFY_PATH, enabled, guard, requireJson, async (req, res) => {
    if (bodyLength(req) > MAX_BODY_BYTES) return sendError(res, 413, 'TooLarge', `A broadcast request must be at most ${MAX_BODY_BYTES} bytes.`);
    const parsed = bodySchema.safeParse(req.body);
    if (!parsed.success) return sendInvalid(res, parsed.error);
    const { messageKey } = parsed.data;
    if (!messageKey.startsWith(BROADCAST_PREFIX) || !options.content().replies.has(messageKey)) {
      return sendError(res, 400, 'UnknownMessage', `messageKey must be a reply in dialogs/ whose key starts with "${BROADCAST_PREFIX}".`);
    }
    try {
      const result = await broadcast({ ...parsed.data, id: parsed.data.id ?? randomUUID() }, options);
      options.logger.info({ code: 'NOTIFY_BROADCAST', id: result.id, matched: result.matched, queued: result.queued, dryRun: result.dryRun }, 'broadcast');
      if (result.queued > 0) options.onQueued?.();
      res.send(200, result);
    } catch (err) {
      options.logger.error({ code: 'NOTIFY_BROADCAST_FAILED', err: safeError(err) }, 'broadcast failed');
      sendError(res, 500, 'InternalError', 'The broadcast could not be queued; sending it again with the same id is safe.');
    }
  });
}

function bodyLength(req: Request): number {
  const raw: unknown = req.rawBody;
  if (typeof raw === 'string') return Buffer.byteLength(raw);
  if (Buffer.isBuffer(raw)) return raw.length;
  return Number(req.header('content-length') ?? 0);
}
