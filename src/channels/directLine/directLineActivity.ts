import { z } from 'zod';
import type { AccountJson, ActivityJson } from '../../protocol/activity';

/** The channel id Rapport's own Web Chat page uses; profiles are kept per channel and user. */
export const WEB_CHAT_CHANNEL = 'webchat';
/** Replies are buffered (expectReplies), so nothing is ever sent here; it only has to be a loopback URL. */
const LOOPBACK_SERVICE_URL = 'http://127.0.0.1';
export const BOT_ACCOUNT: AccountJson = { id: 'rapport', name: 'Rapport', role: 'bot' };

/** Longest text accepted from the page; the pipeline answers politely up to its own, lower limit. */
export const MAX_TEXT_CHARS = 5000;
const MAX_VALUE_JSON_CHARS = 4096;

/** Ids the page makes (and any reasonable Direct Line client): no spaces, separators or control characters. */
export const userIdSchema = z.string().regex(/^[A-Za-z0-9_.:@-]{1,128}$/, 'must be 1-128 letters, digits or _.:@-');

/** What a browser may post. Unknown fields are dropped; everything kept is bounded. */
export const postedActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(MAX_TEXT_CHARS, `text is longer than ${MAX_TEXT_CHARS} characters`).optional(),
  from: z.object({ id: userIdSchema, name: z.string().max(100).optional() }),
  name: z.string().max(100).optional(),
  locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/).optional(),
  value: z
    .unknown()
    .optional()
    .refine((value) => value === undefined || jsonLength(value) <= MAX_VALUE_JSON_CHARS, `value is larger than ${MAX_VALUE_JSON_CHARS} characters of JSON`),
  // Web Chat matches the echo of its own activity by clientActivityID: keep it from channelData, and the
  // page's request for the debug view (honoured only when the server has it on); nothing else.
  channelData: z
    .object({ clientActivityID: z.string().max(100).optional(), clientTimestamp: z.string().max(40).optional(), rapportDebug: z.boolean().optional() })
    .optional(),
});

/** Characters of JSON; a value too deep to serialize counts as too large (the server bounds depth first anyway). */
function jsonLength(value: unknown): number {
  try {
    return (JSON.stringify(value) ?? '').length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export type PostedActivity = z.infer<typeof postedActivitySchema>;

/** The user's activity as it goes back to the page (Direct Line echoes it in the activity list). */
export function toEcho(posted: PostedActivity, now: Date): ActivityJson {
  return {
    type: posted.type,
    channelId: WEB_CHAT_CHANNEL,
    timestamp: now,
    from: { id: posted.from.id, name: posted.from.name ?? '', role: 'user' },
    recipient: BOT_ACCOUNT,
    ...(posted.text !== undefined ? { text: posted.text } : {}),
    ...(posted.name !== undefined ? { name: posted.name } : {}),
    ...(posted.locale ? { locale: posted.locale } : {}),
    ...(posted.value !== undefined ? { value: posted.value } : {}),
    ...(posted.channelData ? { channelData: posted.channelData } : {}),
  };
}

/** A complete activity for the adapter, built field by field so nothing from the browser is passed through unchecked. */
export function toInbound(fields: { type: string; id: string; conversationId: string; userId: string; text?: string; locale?: string; value?: unknown; membersAdded?: AccountJson[]; debug?: boolean }): ActivityJson {
  return {
    type: fields.type,
    id: fields.id,
    timestamp: new Date(),
    serviceUrl: LOOPBACK_SERVICE_URL,
    channelId: WEB_CHAT_CHANNEL,
    from: { id: fields.userId, role: 'user' },
    conversation: { id: fields.conversationId, isGroup: false, conversationType: 'personal' },
    recipient: BOT_ACCOUNT,
    ...(fields.text ? { text: fields.text } : {}),
    deliveryMode: 'expectReplies',
    ...(fields.locale ? { locale: fields.locale } : {}),
    ...(fields.value !== undefined ? { value: fields.value } : {}),
    ...(fields.membersAdded ? { membersAdded: fields.membersAdded } : {}),
    ...(fields.debug ? { channelData: { rapportDebug: true } } : {}),
  };
}

/** What a reply may show on the page; the adapter's routing fields (serviceUrl, recipient …) stay on the server. */
const SHOWN_FIELDS = ['text', 'textFormat', 'speak', 'inputHint', 'locale', 'suggestedActions', 'attachments', 'attachmentLayout', 'entities', 'value', 'name'] as const;

/**
 * A bot reply as the page gets it: from the bot, stamped now, with only the fields Web Chat renders, and
 * the debug view's channelData when this reply answers a message that asked for it (`debug`).
 */
export function toOutbound(reply: ActivityJson, replyToId: string, now: Date, debug = false): ActivityJson {
  const shown: ActivityJson = { type: reply.type ?? 'message', channelId: WEB_CHAT_CHANNEL, from: BOT_ACCOUNT, timestamp: now, replyToId };
  for (const field of SHOWN_FIELDS) if (reply[field] !== undefined) Object.assign(shown, { [field]: reply[field] });
  const data: unknown = reply.channelData;
  if (debug && typeof data === 'object' && data !== null && 'rapportDebug' in data) shown.channelData = { rapportDebug: data.rapportDebug };
  if (typeof shown.text === 'string' && shown.textFormat !== 'plain') shown.text = keepLineBreaks(shown.text);
  return shown;
}

/** Web Chat reads text as markdown, where a single newline is only a space; our replies mean a new line. */
function keepLineBreaks(text: string): string {
  return text.replace(/([^\n ])[ ]?\n(?!\n)/g, '$1  \n');
}
