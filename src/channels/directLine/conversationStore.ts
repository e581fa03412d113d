import type { ActivityJson } from '../../protocol/activity';

export interface ConversationLimits {
  /** Conversations kept; the one idle longest is dropped to make room. */
  maxConversations: number;
  /** Activities kept per conversation; older ones fall out of the window (their watermarks stay valid). */
  maxActivities: number;
  /** Seconds a token lives unless refreshed. */
  tokenTtlSeconds: number;
  /** Activities one conversation may post per minute (counted per instance). */
  maxPostsPerMinute: number;
  /** Activity polls one conversation may make per minute (Web Chat polls once a second; counted per instance). */
  maxPollsPerMinute: number;
  /** Conversations one client address may start per minute (counted per instance). */
  maxStartsPerMinutePerClient: number;
  /**
   * A conversation used within this many seconds is in use (an open page polls every second) and is
   * never dropped to make room: a full store refuses new conversations instead.
   */
  inUseSeconds: number;
}

export const DEFAULT_LIMITS: ConversationLimits = {
  maxConversations: 1000,
  maxActivities: 200,
  tokenTtlSeconds: 3600,
  maxPostsPerMinute: 30,
  maxPollsPerMinute: 240,
  maxStartsPerMinutePerClient: 20,
  inUseSeconds: 120,
};

/** A conversation as one call sees it (a snapshot: another instance may bind its user or append meanwhile). */
export interface Conversation {
  readonly id: string;
  /** The user this conversation belongs to; set at token generation or by the first activity. */
  readonly userId?: string;
}

export interface IssuedConversation {
  conversationId: string;
  token: string;
  expires_in: number;
}

export interface ActivityPage {
  activities: ActivityJson[];
  /** The watermark to ask with next time. */
  watermark: string;
}

/**
 * The Direct Line conversations of the Web Chat page: tokens, the user each is bound to, activities and
 * watermarks. In memory for one process (MemoryConversationStore), or in PostgreSQL when the profile
 * store is there (PostgresConversationStore), so a page whose calls reach different instances keeps
 * working. Each conversation has its own random tokens; a caller must present one for every call.
 * Rate limits are counted in each instance's memory (behind a load balancer: per instance).
 */
export interface ConversationStore {
  readonly limits: ConversationLimits;
  /** Counts a conversation start by `client` (its address) against the per-minute limit; false when over it. */
  allowStart(client: string): boolean;
  /** Starts a conversation and issues its first token; undefined when every conversation kept is in use. */
  create(userId?: string): Promise<IssuedConversation | undefined>;
  /** The conversation if `token` is one of its live tokens; undefined otherwise (no hint which part was wrong). */
  authorize(conversationId: string, token: string): Promise<Conversation | undefined>;
  /** The conversation a token was issued for (Direct Line's start and refresh calls carry only the token). */
  authorizeToken(token: string): Promise<Conversation | undefined>;
  /** A new token for the conversation; the previous one stays valid until it expires, as Direct Line does. */
  refresh(conversation: Conversation): Promise<IssuedConversation>;
  describe(conversation: Conversation, token: string): IssuedConversation;
  /** Binds the conversation to `userId` unless it is bound already; the user it is bound to. */
  bindUser(conversation: Conversation, userId: string): Promise<string>;
  /** True for the first call only, on any instance: the bot welcomes a user once per conversation. */
  markJoined(conversation: Conversation): Promise<boolean>;
  /** A conversation by id, for the server's own proactive messages (push); callers never get here without a token. */
  findOpen(conversationId: string): Promise<Conversation | undefined>;
  /** Adds an activity and gives it an id of the form `conversationId|sequence`, as Direct Line does; undefined once the conversation is gone. */
  append(conversation: Conversation, activity: ActivityJson): Promise<string | undefined>;
  /** Activities from `watermark` on (at most `max`), and the watermark to ask with next time. */
  since(conversation: Conversation, watermark: number, max: number): Promise<ActivityPage>;
  /** Counts a post against the per-minute limit; false when the conversation is over it. */
  allowPost(conversation: Conversation): boolean;
  allowPoll(conversation: Conversation): boolean;
  /**
   * Empties the transcripts of every conversation of `userId` (after an erase: nobody holding the token
   * may read the erased name or likes back). Watermarks stay valid; what comes next is appended as usual.
   */
  forgetUser(userId: string): Promise<void>;
}

/** `conversationId|0000042`: Direct Line's activity id, whose sequence is the activity's watermark. */
export function activityId(conversationId: string, sequence: number): string {
  return `${conversationId}|${String(sequence).padStart(7, '0')}`;
}

/** How an activity is shown in its conversation: its id, and the conversation as Direct Line names it. */
export function inConversation(activity: ActivityJson, conversationId: string, sequence: number): ActivityJson {
  return { ...activity, id: activityId(conversationId, sequence), conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' } };
}
