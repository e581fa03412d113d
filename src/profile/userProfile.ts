import type { Explanation } from '../personalization/explanation';

/** The tones a reply can take; `auto` in settings means "use what was learned". */
export const TONES = ['friendly', 'formal', 'concise', 'playful'] as const;
export type Tone = (typeof TONES)[number];

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
}

/** Something the user told the bot about themselves. */
export interface Fact {
  key: string;
  value: string;
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
    /** Catalog items already recommended: not recommended again. */
    seenItems: string[];
    /** Items the user said they are not interested in. */
    hiddenItems: string[];
    /** The item the last recommendation showed, which feedback buttons refer to. */
    lastRecommended?: string;
  };
  /** A question the bot asked and expects an answer to on the next turn. `confirmForget`: /forget awaits a yes. */
  pending?: 'askName' | 'confirmForget';
  onboarding: { askedName: boolean; skippedName: boolean };
}

export const MEMORY_TURNS = 20;
export const MAX_REMEMBERED_TEXT = 500;

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
  };
}

/** Whether learned values may be used (the user can pause learning). */
export function learningActive(profile: UserProfile): boolean {
  return profile.explicit.learningPaused !== true;
}

/** The name to use: what the user set explicitly, else what was learned (unless learning is paused). */
export function displayName(profile: UserProfile): string | undefined {
  return profile.explicit.name ?? (learningActive(profile) ? profile.learned.name : undefined);
}

/** A profile with no lifecycle yet has never talked to the bot. */
export function isNewUser(profile: UserProfile): boolean {
  return profile.lifecycle.firstSeen === undefined;
}
