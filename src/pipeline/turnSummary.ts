import { NONE_INTENT } from '../nlu/recognizer';
import type { FeedbackKind } from '../profile/profileChanges';
import { learningActive } from '../profile/userProfile';
import type { Turn, TurnDependencies } from './turn';

/** Below this probability a recognized intent counts as a low-confidence answer (for operators, not for the reply). */
export const LOW_CONFIDENCE = 0.5;

/**
 * What a message turn did, as plain data for whoever watches the bot (metrics, traces): the intent, whether
 * it was out of scope, the command, the recommendation shown and the feedback given. Ids and names from
 * content and the catalog only: nothing the user typed.
 */
export interface TurnSummary {
  /** The recognized intent (`none` when out of scope); absent when a command or feedback answered first. */
  intent?: string;
  outOfScope: boolean;
  lowConfidence: boolean;
  command?: string;
  /** The catalog topics of the item recommended in this turn's reply. */
  recommended?: { topics: string[] };
  /** Feedback on the last recommendation (👍 👎 …), with that item's topics. */
  feedback?: { kind: FeedbackKind; topics: string[] };
  /** The person has paused learning (/private): nothing of what they say may be kept, even masked. */
  private?: true;
}

export function summarizeTurn(turn: Turn, deps: Pick<TurnDependencies, 'catalog'>): TurnSummary {
  const recognition = turn.recognition;
  const outOfScope = recognition?.intent === NONE_INTENT;
  const recommendedId = turn.notes.recommendation?.itemId;
  const recommendedItem = recommendedId ? deps.catalog.byId.get(recommendedId) : undefined;
  const feedback = turn.changes.find((change) => change.type === 'itemFeedback');
  return {
    ...(recognition ? { intent: recognition.intent } : {}),
    outOfScope,
    lowConfidence: recognition !== undefined && !outOfScope && recognition.score < LOW_CONFIDENCE,
    ...(turn.notes.command ? { command: turn.notes.command } : {}),
    ...(recommendedItem ? { recommended: { topics: [...recommendedItem.topics] } } : {}),
    ...(feedback ? { feedback: { kind: feedback.kind, topics: [...feedback.topics] } } : {}),
    ...(learningActive(turn.loaded.profile) ? {} : { private: true as const }),
  };
}
