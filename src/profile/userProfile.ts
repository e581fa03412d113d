import type { Explanation } from '../vocabulary/explanation';
import type { Tone } from '../vocabulary/tones';

/** One remembered exchange. Text is bounded and erased with the profile. */
export interface MemoryTurn {
  at: string;
  text: string;
  intent: string;
  replyKeys: string[];
  /** The variant ids used, so the next reply does not repeat them. */
  variants?: string[];
  /** What shaped the reply: read by /why, included in /export. */
  explanation?: Explanation;
  /** What a memory answer was about, for a follow-up that leans on it (not kept while learning is paused). */
  answered?: AnsweredTopic;
}

/**
 * What a memory answer was about: the question as it was understood ("how old is my brother?" for "how old is
 * he?") and the people or animals the answer named, in its order ("Anjali").
 */
export interface AnsweredTopic {
  asked: string;
  named?: string[];
}

export const PENDING_QUESTIONS = ['askName', 'confirmForget', 'confirmReset', 'offerRecommendation', 'followUp'] as const;
export type PendingQuestion = (typeof PENDING_QUESTIONS)[number];

/** Something the user told the bot about themselves. */
export interface Fact {
  /** The fact kind from dialogs/ (home, pet, like …). */
  key: string;
  value: string;
  /** The noun that introduced a name: "dog" for Pepper, "husband" for Tom. */
  detail?: string;
  learnedAt: string;
}

/**
 * Someone in the person's life, as they told it: the relation's kind (sibling), its noun (sister), their name
 * when said. No kind for people whose names are not kept (a mum, a friend: `memoryOtherPeople`).
 */
export interface Someone {
  kind?: string;
  noun: string;
  name?: string;
}

/** A fact about someone in the person's life ("my sister is a pharmacist"): kept apart, never taken for the person's own. */
export interface FactAbout extends Fact {
  about: Someone;
}

/**
 * Something coming up or just past in the person's life (an exam, an interview, a trip, a move), told in
 * passing. Asked about once in a later conversation, then kept until it ages out or is removed.
 */
export interface LifeEvent {
  /** An event kind from the `eventKinds` lists in dialogs/ (exam, interview, trip, move …). */
  kind: string;
  /** The day it happens (YYYY-MM-DD, the user's own calendar) when the message named one. */
  date?: string;
  learnedAt: string;
  /** When the bot asked how it went; never asked twice. */
  followedUpAt?: string;
}

/**
 * Something the person said about themselves that no fact kind holds, kept as they said it ("I make
 * birdhouses in my workshop"), to answer a later question that shares its words. Erased with the profile.
 */
export interface Note {
  text: string;
  learnedAt: string;
}

/** Values the user set on purpose. They always win over learned ones. */
export interface ExplicitSettings {
  name?: string;
  tone?: Tone;
  /** Topics the user asked for. */
  topics?: string[];
  /** Topics the user removed: never recommended again until re-added. */
  blockedTopics?: string[];
  timeZone?: string;
  /** Pause learning: nothing new is learned and nothing learned is used. */
  learningPaused?: boolean;
}

/** Values the bot inferred from conversation. Kept apart so they can be shown, removed or paused. */
export interface LearnedValues {
  name?: string;
  /** Where the user said they live, and the time zone that goes with it. */
  city?: string;
  timeZone?: string;
  /** Topic → weight, decaying over time; see personalization/interests.ts. */
  interests: Record<string, number>;
  /** When the interest weights were last decayed. */
  interestsAt?: string;
  /** Recent sentiment, an exponential moving average in [-1, 1]. */
  mood?: number;
  moodAt?: string;
  /** Recommendation feedback per topic: the counts behind Thompson sampling. */
  feedback?: Record<string, { up: number; down: number }>;
  /** Catalog tags the user asked for more of. */
  tagWeights?: Record<string, number>;
  /**
   * Items the user gave positive feedback (👍, "more like this"), most recent last, at most
   * MAX_LIKED_ITEMS: whose neighbours a recommendation looks at, and what the shared item statistics
   * learn from (src/personalization/recommend/itemStats.ts).
   */
  likedItems?: Array<{ id: string; at: string }>;
  /** Evidence for the tone the user writes in, per tone (decaying counts). */
  style?: Partial<Record<Tone, number>>;
}

export interface Lifecycle {
  firstSeen?: string;
  lastSeen?: string;
  /** When the current session started; a gap longer than the session gap starts a new one. */
  sessionStart?: string;
  turnCount: number;
  sessionCount: number;
  /** Set when a visit comes after the lapse period: the session that started then is a return. */
  returnedAt?: string;
}

/** How often a topic digest is pushed; weekly digests go out on Mondays. */
export const DIGEST_FREQUENCIES = ['daily', 'weekly', 'off'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** Local times ("HH:MM") between which nothing is pushed; may wrap midnight (22:00–08:00). */
export interface QuietHours {
  from: string;
  to: string;
}

/** One push in the send ledger, recorded (claimed) before delivery so a restart or a second process never repeats it. */
export interface SentNotification {
  /** Deterministic per send (`digest:2026-03-02`, `nudge:<lastSeen>`, `broadcast:<id>`): retries reuse it. */
  slot: string;
  kind: 'digest' | 'nudge' | 'broadcast';
  /** queued: waits for `nextAttemptAt`; sending: claimed by `claim`; sent/failed: final. */
  state: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  /** Who claimed the current attempt (random per attempt): only its owner may record the outcome. */
  claim?: string;
  at: string;
  nextAttemptAt?: string;
  /** What to say (content keys and values), kept until the send is final so a retry says the same. */
  requests?: Array<{ key: string; values?: Record<string, string>; append?: boolean; suggestedActions?: string[] }>;
}

/** Push-message settings. Off until the user opts in. */
export interface NotifySettings {
  enabled: boolean;
  digest: DigestFrequency;
  /** Local "HH:MM" for digests and nudges; unset = the configured default. */
  time?: string;
  quiet?: QuietHours;
  /** Per-topic switches: a topic switched on narrows digests to the topics on; off excludes it. */
  topics: Record<string, boolean>;
  /** The one-time offer was made (onboarding or first recommendation); it is never made again. */
  offered: boolean;
  /** The user said no (/notify off); nothing is pushed and nothing is offered. */
  declined: boolean;
  /** The send ledger, newest last, bounded. */
  sent: SentNotification[];
}

/** Where the user can be reached outside a turn: the channel's opaque conversation reference. */
export interface StoredReference {
  conversation: Record<string, unknown>;
  at: string;
}

/** Everything Rapport keeps about one person on one channel. */
export interface UserProfile {
  schemaVersion: 1;
  channelId: string;
  userId: string;
  locale?: string;
  explicit: ExplicitSettings;
  learned: LearnedValues;
  lifecycle: Lifecycle;
  memory: {
    turns: MemoryTurn[];
    facts: Fact[];
    /** What the person told about the people in their life (absent in profiles from before it was kept). */
    aboutOthers?: FactAbout[];
    /** Catalog items already recommended: not recommended again. */
    seenItems: string[];
    /** Items the user said they are not interested in. */
    hiddenItems: string[];
    /** The item the last recommendation showed, which feedback buttons refer to. */
    lastRecommended?: string;
    /** Events the person mentioned, for a follow-up later (absent in profiles from before events). */
    events?: LifeEvent[];
    /** What the person said about themselves in their own words (absent in profiles from before notes were kept). */
    notes?: Note[];
    /** The jokes (content variant ids) this person has heard: never told again. */
    jokesTold?: string[];
  };
  /**
   * A question the bot asked and expects an answer to on the next turn. `confirmForget`: /forget awaits a
   * yes; `confirmReset`: "start over?"; `offerRecommendation`: "want a recommendation?"; `followUp`: "how
   * did the interview go?". A yes, no or ok on the next message is read as the answer.
   */
  pending?: PendingQuestion;
  onboarding: { askedName: boolean; skippedName: boolean };
  notify: NotifySettings;
  /** The latest one-to-one conversation reference on this channel, for push messages; erased with the profile. */
  reference?: StoredReference;
}

export const MEMORY_TURNS = 20;
/** Recommended and hidden catalog items kept per person (oldest dropped). */
export const MAX_SEEN_ITEMS = 500;
export const MAX_LIKED_ITEMS = 20;
export const MAX_REMEMBERED_TEXT = 500;
/** Notes kept per person (oldest dropped) and the length each is cut to. */
export const MAX_NOTES = 80;
export const MAX_NOTE_TEXT = 300;

export function newProfile(channelId: string, userId: string): UserProfile {
  return {
    schemaVersion: 1,
    channelId,
    userId,
    explicit: {},
    learned: { interests: {} },
    lifecycle: { turnCount: 0, sessionCount: 0 },
    memory: { turns: [], facts: [], seenItems: [], hiddenItems: [] },
    onboarding: { askedName: false, skippedName: false },
    notify: newNotifySettings(),
  };
}

export function newNotifySettings(): NotifySettings {
  return { enabled: false, digest: 'daily', topics: {}, offered: false, declined: false, sent: [] };
}

/** Whether learned values may be used (the user can pause learning). */
export function learningActive(profile: UserProfile): boolean {
  return profile.explicit.learningPaused !== true;
}

/** The name to use: what the user set explicitly, else what was learned (unless learning is paused). */
export function displayName(profile: UserProfile): string | undefined {
  return profile.explicit.name ?? (learningActive(profile) ? profile.learned.name : undefined);
}

/** The zone a person's local time is read in: what they set, else what was learned (unless paused), else the default. */
export function timeZoneOf(profile: UserProfile, defaultTimeZone: string): string {
  return profile.explicit.timeZone ?? (learningActive(profile) ? profile.learned.timeZone : undefined) ?? defaultTimeZone;
}

/** A profile with no lifecycle yet has never talked to the bot. */
export function isNewUser(profile: UserProfile): boolean {
  return profile.lifecycle.firstSeen === undefined;
}
