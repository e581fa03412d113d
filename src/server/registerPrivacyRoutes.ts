import type restify from 'restify';
import { z } from 'zod';
import type { TurnRunner } from '../pipeline/runTurn';
import type { ProfileRepository } from '../profile/profileRepository';
import { Logger } from '../util/logger';
import { requireBearer } from './bearerToken';
import { describeIssues } from '../util/describeIssues';
import { sendError } from './httpErrors';
import { requireJson } from './jsonBody';

const subjectSchema = z.strictObject({
  channelId: z.string().min(1).max(64),
  userId: z.string().min(1).max(512),
});

export interface PrivacyRouteOptions {
  /** PRIVACY_API_TOKEN; without it the routes are not mounted at all. */
  token: string;
  profiles: ProfileRepository;
  runTurn: TurnRunner;
  logger: Logger;
}

/**
 * For support staff acting on a privacy request: `POST /api/privacy/export` returns everything kept about a
 * user; `POST /api/privacy/erase` erases it through the same path as /forget. Bearer token required.
 */
export function registerPrivacyRoutes(server: restify.Server, options: PrivacyRouteOptions): void {
  const guard = requireBearer(options.token, 'PRIVACY_API_TOKEN');
  const subjectOf = (req: restify.Request, res: restify.Response): z.infer<typeof subjectSchema> | undefined => {
    const parsed = subjectSchema.safeParse(req.body);
    if (parsed.success) return parsed.data;
    sendError(res, 400, 'InvalidRequest', `Send JSON {"channelId": "...", "userId": "..."} (the ids as the channel delivers them): ${describeIssues(parsed.error)}`);
    return undefined;
  };

  server.post('/api/privacy/export', guard, requireJson, async (req, res) => {
    const subject = subjectOf(req, res);
    if (!subject) return;
    const { profile, eTag } = await options.profiles.load(subject.channelId, subject.userId);
    if (!eTag) return sendError(res, 404, 'NotFound', 'Nothing is stored about this user.');
    options.logger.info({ action: 'privacy.export', channelId: subject.channelId }, 'privacy export');
    res.send(200, { exportedAt: new Date().toISOString(), profile });
  });

  server.post('/api/privacy/erase', guard, requireJson, async (req, res) => {
    const subject = subjectOf(req, res);
    if (!subject) return;
    const existed = (await options.profiles.load(subject.channelId, subject.userId)).eTag !== undefined;
    await options.runTurn({ kind: 'eraseRequest', channelId: subject.channelId, userId: subject.userId, conversationId: 'privacy-request', text: '' });
    options.logger.info({ action: 'privacy.erase', channelId: subject.channelId, existed }, 'privacy erase');
    res.send(200, { erased: existed });
  });
}
