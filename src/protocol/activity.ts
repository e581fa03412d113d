import type { Reply } from '../vocabulary/reply';

/**
 * A Bot Framework activity as plain JSON: what travels on the wire, the same for botbuilder and the
 * Microsoft 365 Agents SDK. Only the fields Rapport reads or writes are named; the rest pass through.
 * SDK classes (the Agents SDK's validated `Activity`) are converted to and from this at the SDK edge.
 */
export interface ActivityJson {
  type?: string;
  id?: string;
  name?: string;
  text?: string;
  textFormat?: string;
  locale?: string;
  channelId?: string;
  serviceUrl?: string;
  timestamp?: Date | string;
  from?: AccountJson;
  recipient?: AccountJson;
  conversation?: ConversationJson;
  replyToId?: string;
  deliveryMode?: string;
  value?: unknown;
  action?: string;
  membersAdded?: AccountJson[];
  entities?: Array<Record<string, unknown>>;
  attachments?: Array<{ contentType: string; content?: unknown; contentUrl?: string; name?: string }>;
  suggestedActions?: { actions: CardActionJson[]; to?: string[] };
  channelData?: unknown;
  [field: string]: unknown;
}

export interface AccountJson {
  id: string;
  name?: string;
  role?: string;
  [field: string]: unknown;
}

export interface ConversationJson {
  id: string;
  isGroup?: boolean;
  conversationType?: string;
  name?: string;
  tenantId?: string;
  [field: string]: unknown;
}

export interface CardActionJson {
  type: string;
  title: string;
  value: string;
}

/**
 * Where a user can be reached later, as stored in profiles. botbuilder names the bot `bot`, the Agents
 * SDK names it `agent`; Rapport stores `bot` and accepts either, so references stored under one SDK
 * keep working under the other.
 */
export interface ReferenceJson {
  user?: AccountJson;
  bot?: AccountJson;
  agent?: AccountJson;
  conversation: ConversationJson;
  channelId: string;
  serviceUrl: string;
  locale?: string;
  activityId?: string;
  [field: string]: unknown;
}

/** The reference of an activity, without the id of this one message (a push does not reply to it). */
export function referenceOf(activity: ActivityJson): Record<string, unknown> {
  return withoutUndefined({
    user: activity.from ? { ...activity.from } : undefined,
    bot: activity.recipient ? { ...activity.recipient } : undefined,
    conversation: activity.conversation ? { ...activity.conversation } : undefined,
    channelId: activity.channelId,
    locale: activity.locale,
    serviceUrl: activity.serviceUrl,
  });
}

/** The bot's account in a stored reference, whichever SDK wrote it. */
export function botOf(reference: Record<string, unknown>): AccountJson | undefined {
  const bot = reference.bot ?? reference.agent;
  return bot && typeof bot === 'object' && typeof (bot as AccountJson).id === 'string' ? (bot as AccountJson) : undefined;
}

/** The reference with the bot under the name an SDK expects: `bot` (botbuilder) or `agent` (Agents SDK). */
export function referenceNamingBot(reference: Record<string, unknown>, name: 'bot' | 'agent'): Record<string, unknown> {
  const bot = botOf(reference);
  const copy = { ...reference };
  delete copy.bot;
  delete copy.agent;
  return bot ? { ...copy, [name]: bot } : copy;
}

/**
 * The text without the bot's own @mention (Teams puts "<at>Rapport</at>" in channel messages), as
 * both SDKs' `removeRecipientMention` do: the first mention entity naming the recipient is cut out.
 */
export function textWithoutOwnMention(activity: ActivityJson): string {
  const text = activity.text ?? '';
  const self = activity.recipient?.id;
  if (!self) return text;
  const mention = (activity.entities ?? []).find(
    (entity) => String(entity.type).toLowerCase() === 'mention' && (entity.mentioned as AccountJson | undefined)?.id === self && typeof entity.text === 'string',
  );
  return mention ? text.replace(mention.text as string, '').trim() : text;
}

/**
 * A reply as an activity; also used for push messages. Suggested actions are imBack buttons whose value
 * is the text itself, as botbuilder's MessageFactory makes them (the Agents SDK's own factory sends an object).
 */
export function toActivity(reply: Reply): ActivityJson {
  const activity: ActivityJson = { type: 'message', inputHint: 'acceptingInput' };
  if (reply.suggestedActions?.length) {
    activity.suggestedActions = { actions: reply.suggestedActions.map((title) => ({ type: 'imBack', title, value: title })) };
    if (reply.text) activity.text = reply.text;
  } else activity.text = reply.text;
  if (reply.attachments?.length) activity.attachments = reply.attachments.map((attachment) => ({ ...attachment }));
  return activity;
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
