import type { Mood, Stage, TimeOfDay } from '../content/selectVariant';
import type { Tone } from '../profile/userProfile';
import type { Reason } from './recommend/recommend';
import type { ReplyContext, ToneSource } from './replyContext';

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
}

export interface ExplainedReply {
  matched: string[];
  used: string[];
}

export function explain(
  understood: { intent: string; confidence: number },
  context: ReplyContext,
  replies: readonly ExplainedReply[],
  recommendation: Explanation['recommendation'],
): Explanation {
  return {
    ...understood,
    tone: context.tone,
    toneSource: context.toneSource,
    stage: context.stage,
    mood: context.mood,
    timeOfDay: context.timeOfDay,
    matched: unique(replies.flatMap((reply) => reply.matched)),
    used: unique(replies.flatMap((reply) => reply.used)),
    ...(recommendation ? { recommendation } : {}),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
