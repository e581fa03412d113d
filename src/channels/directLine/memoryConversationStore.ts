import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ActivityJson } from '../../protocol/activity';
import { Clock } from '../../util/clock';
import { ActivityPage, Conversation, ConversationLimits, ConversationStore, DEFAULT_LIMITS, inConversation, IssuedConversation } from './conversationStore';
import { RateWindows } from './rateWindows';

/** Client addresses (and conversations) whose calls are counted; past this the longest-quiet one is forgotten. */
export const MAX_TRACKED_CLIENTS = 10_000;

interface IssuedToken {
  hash: Buffer;
  expiresAt: number;
}

interface ConversationState {
  readonly id: string;
  userId?: string;
  joined: boolean;
  tokens: IssuedToken[];
  activities: ActivityJson[];
  /** Watermark of activities[0]: the number of activities that fell out of the window before it. */
  dropped: number;
  lastUsed: number;
}

/** The Direct Line conversations of this process, in memory and bounded (one instance, or no shared store). */
export class MemoryConversationStore implements ConversationStore {
  private readonly conversations = new Map<string, ConversationState>();
  /** sha256(token) → conversation id, for calls that carry only a token (start, refresh). */
  private readonly byTokenHash = new Map<string, string>();
  private readonly starts: RateWindows;
  private readonly calls: RateWindows;

  constructor(
    private readonly clock: Clock,
    readonly limits: ConversationLimits = DEFAULT_LIMITS,
  ) {
    this.starts = new RateWindows(clock, MAX_TRACKED_CLIENTS);
    this.calls = new RateWindows(clock, 2 * limits.maxConversations);
  }

  allowStart(client: string): boolean {
    return this.starts.allow(client, this.limits.maxStartsPerMinutePerClient);
  }

  async create(userId?: string): Promise<IssuedConversation | undefined> {
    if (!this.makeRoom()) return undefined;
    const state: ConversationState = { id: randomBytes(12).toString('base64url'), userId, joined: false, tokens: [], activities: [], dropped: 0, lastUsed: this.clock.now().getTime() };
    this.conversations.set(state.id, state);
    return this.issueToken(state);
  }

  async authorize(conversationId: string, token: string): Promise<Conversation | undefined> {
    const state = this.conversations.get(conversationId);
    if (!state) return undefined;
    const presented = hashToken(token);
    const now = this.clock.now().getTime();
    const valid = state.tokens.some((issued) => issued.expiresAt > now && timingSafeEqual(issued.hash, presented));
    if (!valid) return undefined;
    state.lastUsed = now;
    return snapshot(state);
  }

  async authorizeToken(token: string): Promise<Conversation | undefined> {
    const id = this.byTokenHash.get(hashToken(token).toString('hex'));
    return id ? this.authorize(id, token) : undefined;
  }

  async refresh(conversation: Conversation): Promise<IssuedConversation> {
    return this.issueToken(this.stateOf(conversation));
  }

  describe(conversation: Conversation, token: string): IssuedConversation {
    return { conversationId: conversation.id, token, expires_in: this.limits.tokenTtlSeconds };
  }

  async bindUser(conversation: Conversation, userId: string): Promise<string> {
    const state = this.stateOf(conversation);
    state.userId ??= userId;
    return state.userId;
  }

  async markJoined(conversation: Conversation): Promise<boolean> {
    const state = this.stateOf(conversation);
    if (state.joined) return false;
    state.joined = true;
    return true;
  }

  async findOpen(conversationId: string): Promise<Conversation | undefined> {
    const state = this.conversations.get(conversationId);
    return state ? snapshot(state) : undefined;
  }

  async append(conversation: Conversation, activity: ActivityJson): Promise<string | undefined> {
    const state = this.conversations.get(conversation.id);
    if (!state) return undefined;
    const shown = inConversation(activity, state.id, state.dropped + state.activities.length);
    state.activities.push(shown);
    const excess = state.activities.length - this.limits.maxActivities;
    if (excess > 0) {
      state.activities.splice(0, excess);
      state.dropped += excess;
    }
    return shown.id;
  }

  async since(conversation: Conversation, watermark: number, max: number): Promise<ActivityPage> {
    const state = this.conversations.get(conversation.id);
    if (!state) return { activities: [], watermark: String(watermark) };
    const start = Math.max(0, watermark - state.dropped);
    const activities = state.activities.slice(start, start + max);
    return { activities, watermark: String(state.dropped + start + activities.length) };
  }

  allowPost(conversation: Conversation): boolean {
    return this.calls.allow(`post:${conversation.id}`, this.limits.maxPostsPerMinute);
  }

  allowPoll(conversation: Conversation): boolean {
    return this.calls.allow(`poll:${conversation.id}`, this.limits.maxPollsPerMinute);
  }


  async forgetUser(userId: string): Promise<void> {
    for (const state of this.conversations.values()) {
      if (state.userId !== userId) continue;
      state.dropped += state.activities.length;
      state.activities = [];
    }
  }

  size(): number {
    return this.conversations.size;
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
    this.calls.forget(`post:${state.id}`);
    this.calls.forget(`poll:${state.id}`);
  }

  private stateOf(conversation: Conversation): ConversationState {
    const state = this.conversations.get(conversation.id);
    if (!state) throw new Error(`Direct Line conversation ${conversation.id} is gone`);
    return state;
  }
}

function snapshot(state: ConversationState): Conversation {
  return state.userId === undefined ? { id: state.id } : { id: state.id, userId: state.userId };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
