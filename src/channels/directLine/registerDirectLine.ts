import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { bearerTokenOf } from '../../server/bearerToken';
import { sendError, sendInvalid } from '../../server/httpErrors';
import { requireJson } from '../../server/jsonBody';
import { Clock } from '../../util/clock';
import { Logger, safeError } from '../../util/logger';
import { KeyedMutex } from '../../util/keyedMutex';
import type { Conversation, ConversationStore } from './conversationStore';
import { MAX_TEXT_CHARS, PostedActivity, postedActivitySchema, toEcho, toInbound, toOutbound, userIdSchema } from './directLineActivity';
import type { ActivityRunner } from '../../protocol/botEdge';

export interface DirectLineOptions {
  store: ConversationStore;
  runActivity: ActivityRunner;
  clock: Clock;
  logger: Logger;
  /** Pass the page's request for the debug view to the bot, and the bot's reasons back (DEBUG_VIEW, development only). */
  debugView?: boolean;
}

const BASE = '/v3/directline';
/** Activities returned by one poll; a client with more to read asks again with the new watermark. */
const MAX_ACTIVITIES_PER_POLL = 50;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;
const startSchema = z.object({ user: z.object({ id: userIdSchema.optional() }).optional() }).optional();
const watermarkSchema = z.string().regex(/^\d{1,9}$/).transform(Number).optional();

/**
 * The subset of Direct Line v3 that Web Chat uses, served by the bot itself: start a conversation,
 * post an activity, poll activities after a watermark, refresh a token. Every call needs the
 * conversation's own token; a browser cannot read or write another conversation.
 */
export function registerDirectLine(server: Server, options: DirectLineOptions): void {
  const { store } = options;
  // Turns of one conversation run in order in this instance; across instances each user's saves are serialized by the store's eTags.
  const inOrder = new KeyedMutex();

  // Real Direct Line gives the page a token first (tokens/generate), then the page starts the conversation with it.
  server.post(`${BASE}/tokens/generate`, async (req, res) => {
    const start = startSchema.safeParse(req.body ?? undefined);
    if (!start.success) return sendInvalid(res, start.error, 'InvalidRequest', 'Expected {"user":{"id":"..."}}');
    await startConversation(req, res, store, 200, start.data?.user?.id);
  });

  server.post(`${BASE}/conversations`, async (req, res) => {
    const start = startSchema.safeParse(req.body ?? undefined);
    if (!start.success) return sendInvalid(res, start.error, 'InvalidRequest', 'Expected {"user":{"id":"..."}}');
    const token = bearerToken(req);
    if (!token) return startConversation(req, res, store, 201, start.data?.user?.id);
    const conversation = await store.authorizeToken(token);
    if (!conversation) return sendError(res, 403, 'TokenInvalid', 'This token is unknown or expired: start a new conversation.');
    const userId = start.data?.user?.id;
    if (conversation.userId === undefined && userId !== undefined) await store.bindUser(conversation, userId);
    res.send(201, store.describe(conversation, token));
  });

  server.post(`${BASE}/tokens/refresh`, async (req, res) => {
    const token = bearerToken(req);
    const conversation = token ? await store.authorizeToken(token) : undefined;
    if (!conversation) return sendError(res, 403, 'TokenInvalid', 'Send a live conversation token as "Authorization: Bearer TOKEN".');
    res.send(200, await store.refresh(conversation));
  });

  // Direct Line's "reconnect" call: the conversation, if the token is still good. The chat page asks
  // every few seconds, so it notices when the bot restarted (conversations in memory are gone then).
  server.get(`${BASE}/conversations/:conversationId`, async (req, res) => {
    const token = bearerToken(req);
    const conversation = await authorized(req, res, store);
    if (!conversation || !token) return;
    res.send(200, store.describe(conversation, token));
  });

  server.get(`${BASE}/conversations/:conversationId/activities`, async (req, res) => {
    const conversation = await authorized(req, res, store);
    if (!conversation) return;
    const watermark = watermarkSchema.safeParse(queryValue(req, 'watermark'));
    if (!watermark.success) return sendError(res, 400, 'InvalidWatermark', 'watermark must be a whole number from a previous answer.');
    if (!store.allowPoll(conversation)) return sendError(res, 429, 'TooManyRequests', 'Polling too often; wait a moment.');
    res.send(200, await store.since(conversation, watermark.data ?? 0, MAX_ACTIVITIES_PER_POLL));
  });

  server.post(`${BASE}/conversations/:conversationId/activities`, requireJson, async (req, res) => {
    const conversation = await authorized(req, res, store);
    if (!conversation) return;
    const parsed = postedActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((issue) => issue.path[0] === 'text' && issue.code === 'too_big');
      return tooLong ? sendError(res, 413, 'TextTooLong', `Messages are limited to ${MAX_TEXT_CHARS} characters.`) : sendInvalid(res, parsed.error, 'InvalidActivity', 'activity');
    }
    const posted = parsed.data;
    const userId = conversation.userId ?? (await store.bindUser(conversation, posted.from.id));
    if (posted.from.id !== userId) return sendError(res, 403, 'WrongUser', 'This conversation belongs to another user id.');
    if (!store.allowPost(conversation)) return sendError(res, 429, 'TooManyRequests', 'Too many messages in a minute; wait a moment.');
    try {
      const id = await store.append(conversation, toEcho(posted, options.clock.now()));
      if (id === undefined) return sendError(res, 403, 'TokenInvalid', 'This conversation is gone: start a new one.');
      await inOrder.run(conversation.id, () => answer(conversation, posted, id, options));
      res.send(200, { id });
    } catch (err) {
      options.logger.error({ code: 'TURN_FAILED', channel: 'webchat', err: safeError(err) }, 'direct line turn failed');
      sendError(res, 500, 'InternalError', 'The bot could not process this activity.');
    }
  });
}

/**
 * A new conversation, unless its client started too many this minute (429) or every conversation kept
 * is in use (503): a flood of new conversations never pushes out one somebody is using.
 */
async function startConversation(req: Request, res: Response, store: ConversationStore, status: number, userId: string | undefined): Promise<void> {
  if (!store.allowStart(clientAddress(req))) {
    res.header('Retry-After', '60');
    return sendError(res, 429, 'TooManyConversations', 'Too many conversations started from this address in a minute; wait a moment.');
  }
  const issued = await store.create(userId);
  if (!issued) {
    res.header('Retry-After', '60');
    return sendError(res, 503, 'ConversationsFull', 'Every conversation this server keeps is in use; try again in a minute.');
  }
  res.send(status, issued);
}

/** The peer's address; a proxy's X-Forwarded-For is not trusted (a client could write anything there). */
function clientAddress(req: Request): string {
  return req.socket?.remoteAddress ?? 'unknown';
}

/** Runs the bot for a message, or welcomes the user once when the page joins; other activities are only echoed. */
async function answer(conversation: Conversation, posted: PostedActivity, id: string, options: DirectLineOptions): Promise<void> {
  const { store, clock } = options;
  const userId = posted.from.id;
  const base = { id, conversationId: conversation.id, userId, ...(posted.locale ? { locale: posted.locale } : {}) };
  let inbound;
  const debug = options.debugView === true && posted.type === 'message' && posted.channelData?.rapportDebug === true;
  if (posted.type === 'message') {
    inbound = toInbound({ ...base, type: 'message', text: posted.text ?? '', value: posted.value, debug });
  } else if (posted.type === 'event' && posted.name === 'webchat/join' && (await store.markJoined(conversation))) {
    inbound = toInbound({ ...base, type: 'conversationUpdate', membersAdded: [{ id: userId, name: '' }] });
  } else {
    return;
  }
  // Web Chat shows a typing indicator until the replies arrive (it hides it on the next bot message).
  await store.append(conversation, toOutbound({ type: 'typing' }, id, clock.now()));
  const replies = await options.runActivity(inbound);
  // append does nothing once the conversation is gone (dropped while the turn ran).
  for (const reply of replies) await store.append(conversation, toOutbound(reply, id, clock.now(), debug));
}

/** A query parameter as one string; repeated or empty parameters count as absent. */
function queryValue(req: Request, name: string): string | undefined {
  const value: unknown = new URL(req.url ?? '/', 'http://local').searchParams.get(name);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A conversation token: the bearer token, if it has the shape of the tokens this server issues. */
function bearerToken(req: Request): string | undefined {
  const token = bearerTokenOf(req);
  return token !== undefined && TOKEN_PATTERN.test(token) ? token : undefined;
}

/** The conversation named in the path, if the bearer token is one of its own; otherwise answers 401/403. */
async function authorized(req: Request, res: Response, store: ConversationStore): Promise<Conversation | undefined> {
  const token = bearerToken(req);
  if (!token) {
    sendError(res, 401, 'TokenMissing', 'Send the conversation token as "Authorization: Bearer TOKEN".');
    return undefined;
  }
  const id = String(req.params?.conversationId ?? '');
  const conversation = await store.authorize(id, token);
  if (!conversation) sendError(res, 403, 'TokenInvalid', 'This token is not valid for this conversation (or it expired).');
  return conversation;
}
