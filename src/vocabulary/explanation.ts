import type { Mood } from './moods';
import type { Stage } from './stages';
import type { TimeOfDay } from './timesOfDay';
import type { Tone, ToneSource } from './tones';

/** Kinds of reason a recommendation can give; each has its `why.reason.<kind>` reply in dialogs/. */
export const REASON_KINDS = ['explicitTopic', 'statedLike', 'learnedInterest', 'feedback', 'likedTag', 'explore', 'fresh', 'alsoLiked', 'trending'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** Why an item was picked: shown by /why and kept with the turn. */
export interface Reason {
  kind: ReasonKind;
  label: string;
  weight: number;
}

/**
 * What shaped a reply, kept with the turn in memory: /why reads it, /export includes it, support staff
 * can review it. Values only (ids, keys, numbers), never the user's text.
 */
export interface Explanation {
  intent: string;
  /** Recognizer confidence in [0, 1]; 1 for commands and exact patterns. */
  confidence: number;
  tone: Tone;
  toneSource: ToneSource;
  stage: Stage;
  mood: Mood;
  timeOfDay: TimeOfDay;
  /** Variant conditions that matched, e.g. "timeOfDay=morning". */
  matched: string[];
  /** Profile values the reply used, e.g. "name", "petName". */
  used: string[];
  recommendation?: { itemId: string; reasons: Reason[] };
  /** Kinds of personal fact the reply stated back or learned (home, pet …): /why names them in the user's words. */
  facts?: string[];
}
