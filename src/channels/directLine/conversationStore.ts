import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ActivityJson } from '../../protocol/activity';
import { Clock } from '../../util/clock';

export interface ConversationLimits {
  /** Conversations kept in memory; the one idle longest is dropped to make room. */
  maxConversations: number;
  /** Activities kept per conversation; older ones fall out of the window (their watermarks stay valid). */
  maxActivities: number;
  /** Seconds a token lives unless refreshed. */
  tokenTtlSeconds: number;
  /** Activities one conversation may post per minute. */
  maxPostsPerMinute: number;
  /** Activity polls one conversation may make per minute (Web Chat polls once a second). */
  maxPollsPerMinute: number;
  /** Conversations one client address may start per minute. */
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

/** Client addresses whose starts are counted; past this the longest-quiet one is forgotten. */
const MAX_TRACKED_CLIENTS = 10_000;

interface IssuedToken {
  hash: Buffer;
  expiresAt: number;
}

export interface Conversation {
  readonly id: string;
  /** The user this conversation belongs to; set at token generation or by the first activity. */
  userId?: string;
  /** Whether the bot has been told the user joined (it welcomes them once). */
  joined: boolean;
  /** Turns of one conversation run in order. */
  queue: Promise<void>;
}

interface ConversationState extends Conversation {
  tokens: IssuedToken[];
  activities: Array<ActivityJson>;
  /** Watermark of activities[0]: the number of activities that fell out of the window before it. */
  dropped: number;
  lastUsed: number;
  posts: number[];
  polls: number[];
}

export interface IssuedConversation {
  conversationId: string;
  token: string;
  expires_in: number;
}

/**
 * The Direct Line conversations of this process, in memory and bounded. Each conversation has its own
 * random tokens; a caller must present one of them for every call, compared in constant time.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, ConversationState>();
  /** sha256(token) → conversation id, for calls that carry only a token (start, refresh). */
  private readonly byTokenHash = new Map<string, string>();

  constructor(
    private readonly clock: Clock,
    readonly limits: ConversationLimits = DEFAULT_LIMITS,
  ) {}

  /** Start times per client address (a Map keeps insertion order: re-inserted on use, so the first is the quietest). */
  private readonly startsByClient = new Map<string, number[]>();

  /** Counts a conversation start by `client` (its address) against the per-minute limit; false when over it. */
  allowStart(client: string): boolean {
    const times = this.startsByClient.get(client) ?? [];
    this.startsByClient.delete(client);
    this.startsByClient.set(client, times);
    while (this.startsByClient.size > MAX_TRACKED_CLIENTS) {
      const quietest = this.startsByClient.keys().next().value;
      if (quietest === undefined) break;
      this.startsByClient.delete(quietest);
    }
    return this.withinRate(times, this.limits.maxStartsPerMinutePerClient);
  }

  /** Starts a conversation and issues its first token; undefined when every conversation kept is in use. */
  create(userId?: string): IssuedConversation | undefined {
    if (!this.makeRoom()) return undefined;
    const now = this.clock.now().getTime();
    const state: ConversationState = {
      id: randomBytes(12).toString('base64url'),
      userId,
      joined: false,
      queue: Promise.resolve(),
      tokens: [],
      activities: [],
      dropped: 0,
      lastUsed: now,
      posts: [],
      polls: [],
    };
    this.conversations.set(state.id, state);
    return this.issueToken(state);
  }

  /** The conversation if `token` is one of its live tokens; undefined otherwise (no hint which part was wrong). */
  authorize(conversationId: string, token: string): Conversation | undefined {
    const state = this.conversations.get(conversationId);
    if (!state) return undefined;
    const presented = hashToken(token);
    const now = this.clock.now().getTime();
    const valid = state.tokens.some((issued) => issued.expiresAt > now && timingSafeEqual(issued.hash, presented));
    if (!valid) return undefined;
    state.lastUsed = now;
    return state;
  }

  /** The conversation a token was issued for (Direct Line's start and refresh calls carry only the token). */
  authorizeToken(token: string): Conversation | undefined {
    const id = this.byTokenHash.get(hashToken(token).toString('hex'));
    return id ? this.authorize(id, token) : undefined;
  }

  /** A new token for the conversation; the old one stays valid until it expires, as Direct Line does. */
  refresh(conversation: Conversation): IssuedConversation {
    return this.issueToken(this.stateOf(conversation));
  }

  describe(conversation: Conversation, token: string): IssuedConversation {
    return { conversationId: conversation.id, token, expires_in: this.limits.tokenTtlSeconds };
  }

  /** A conversation by id, for the server's own proactive messages (push); callers never get here without a token. */
  findOpen(conversationId: string): Conversation | undefined {
    const state = this.conversations.get(conversationId);
    return state && this.isOpen(state) ? state : undefined;
  }

  /** Adds an activity and gives it an id of the form `conversationId|sequence`, as Direct Line does. */
  append(conversation: Conversation, activity: ActivityJson): string {
    const state = this.stateOf(conversation);
    const sequence = state.dropped + state.activities.length;
    const id = `${state.id}|${String(sequence).padStart(7, '0')}`;
    state.activities.push({ ...activity, id, conversation: { id: state.id, isGroup: false, conversationType: 'personal', name: '' } });
    const excess = state.activities.length - this.limits.maxActivities;
    if (excess > 0) {
      state.activities.splice(0, excess);
      state.dropped += excess;
    }
    return id;
  }

  /** Activities from `watermark` on (at most `max`), and the watermark to ask with next time. */
  since(conversation: Conversation, watermark: number, max: number): { activities: Array<ActivityJson>; watermark: string } {
    const state = this.stateOf(conversation);
    const start = Math.max(0, watermark - state.dropped);
    const activities = state.activities.slice(start, start + max);
    return { activities, watermark: String(state.dropped + start + activities.length) };
  }

  /** Counts a post against the per-minute limit; false when the conversation is over it. */
  allowPost(conversation: Conversation): boolean {
    return this.withinRate(this.stateOf(conversation).posts, this.limits.maxPostsPerMinute);
  }

  allowPoll(conversation: Conversation): boolean {
    return this.withinRate(this.stateOf(conversation).polls, this.limits.maxPollsPerMinute);
  }

  /** False once the conversation was evicted (a turn may finish after that). */
  isOpen(conversation: Conversation): boolean {
    return this.conversations.has(conversation.id);
  }

  /**
   * Empties the transcripts of every conversation of `userId` (after an erase: nobody holding the token
   * may read the erased name or likes back). Watermarks stay valid; what comes next is appended as usual.
   */
  forgetUser(userId: string): void {
    for (const state of this.conversations.values()) {
      if (state.userId !== userId) continue;
      state.dropped += state.activities.length;
      state.activities = [];
    }
  }

  size(): number {
    return this.conversations.size;
  }

  private withinRate(times: number[], perMinute: number): boolean {
    const now = this.clock.now().getTime();
    while (times.length > 0 && (times[0] ?? 0) <= now - 60_000) times.shift();
    if (times.length >= perMinute) return false;
    times.push(now);
    return true;
  }

  private issueToken(state: ConversationState): IssuedConversation {
    const token = randomBytes(32).toString('base64url');
    const hash = hashToken(token);
    const now = this.clock.now().getTime();
    // Keep the newest live token besides the new one: a page that refreshed may still have a poll in flight.
    const kept = state.tokens.filter((issued) => issued.expiresAt > now).slice(-1);
    for (const old of state.tokens) if (!kept.includes(old)) this.byTokenHash.delete(old.hash.toString('hex'));
    state.tokens = [...kept, { hash, expiresAt: now + this.limits.tokenTtlSeconds * 1000 }];
    this.byTokenHash.set(hash.toString('hex'), state.id);
    return this.describe(state, token);
  }

  /** Drops conversations whose tokens all expired, then idle ones while full; false if all the rest are in use. */
  private makeRoom(): boolean {
    const now = this.clock.now().getTime();
    for (const state of this.conversations.values()) {
      if (state.tokens.every((issued) => issued.expiresAt <= now)) this.remove(state);
    }
    while (this.conversations.size >= this.limits.maxConversations) {
      let idlest: ConversationState | undefined;
      for (const state of this.conversations.values()) if (!idlest || state.lastUsed < idlest.lastUsed) idlest = state;
      if (!idlest || now - idlest.lastUsed < this.limits.inUseSeconds * 1000) return false;
      this.remove(idlest);
    }
    return true;
  }

  private remove(state: ConversationState): void {
    for (const issued of state.tokens) this.byTokenHash.delete(issued.hash.toString('hex'));
    this.conversations.delete(state.id);
  }

  private stateOf(conversation: Conversation): ConversationState {
    const state = this.conversations.get(conversation.id);
    if (!state) throw new Error(`Direct Line conversation ${conversation.id} is gone`);
    return state;
  }
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
