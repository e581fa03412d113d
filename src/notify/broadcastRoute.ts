import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Request, Server } from 'restify';
import { z } from 'zod';
import { sendError } from '../server/httpErrors';
import { Logger } from '../util/logger';
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
  server.post(NOTIFY_PATH, async (req, res) => {
    if (!options.token) return sendError(res, 404, 'NotifyDisabled', 'Broadcasts are off: set NOTIFY_API_TOKEN to turn them on.');
    if (!authorized(req, options.token)) {
      options.logger.warn({ code: 'NOTIFY_UNAUTHORIZED' }, 'broadcast refused');
      res.header('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, 'Unauthorized', 'Send the NOTIFY_API_TOKEN as "Authorization: Bearer <token>".');
    }
    if (!req.is('application/json')) return sendError(res, 415, 'UnsupportedMediaType', 'Send the request as JSON with Content-Type: application/json.');
    if (bodyLength(req) > MAX_BODY_BYTES) return sendError(res, 413, 'TooLarge', `A broadcast request must be at most ${MAX_BODY_BYTES} bytes.`);
    const parsed = bodySchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'InvalidRequest', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
    const { messageKey } = parsed.data;
    if (!messageKey.startsWith(BROADCAST_PREFIX) || !options.content.replies.has(messageKey)) {
      return sendError(res, 400, 'UnknownMessage', `messageKey must be a reply in dialogs/ whose key starts with "${BROADCAST_PREFIX}".`);
    }
    try {
      const result = await broadcast({ ...parsed.data, id: parsed.data.id ?? randomUUID() }, options);
      options.logger.info({ code: 'NOTIFY_BROADCAST', id: result.id, matched: result.matched, queued: result.queued, dryRun: result.dryRun }, 'broadcast');
      if (result.queued > 0) options.onQueued?.();
      res.send(200, result);
    } catch (err) {
      options.logger.error({ code: 'NOTIFY_BROADCAST_FAILED', err: { message: (err as Error).message } }, 'broadcast failed');
      sendError(res, 500, 'InternalError', 'The broadcast could not be queued; sending it again with the same id is safe.');
    }
  });
}

/** Constant-time: both sides are hashed to the same length first, so neither length nor content leaks. */
function authorized(req: Request, token: string): boolean {
  const match = /^Bearer ([^\s]+)$/.exec(req.header('authorization') ?? '');
  if (!match) return false;
  return timingSafeEqual(createHash('sha256').update(match[1]).digest(), createHash('sha256').update(token).digest());
}

function bodyLength(req: Request): number {
  const raw: unknown = req.rawBody;
  if (typeof raw === 'string') return Buffer.byteLength(raw);
  if (Buffer.isBuffer(raw)) return raw.length;
  return Number(req.header('content-length') ?? 0);
}
