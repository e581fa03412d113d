/** One scored intent hypothesis. Scores are in [0, 1]. */
export interface IntentScore {
  intent: string;
  score: number;
}

/** Something found in the text: a name, a number, a date, a topic from a list. */
export interface Entity {
  type: string;
  /** Normalized value (e.g. the canonical topic name, an ISO date). */
  value: string;
  /** The text as the user typed it. */
  text: string;
}

/** What a recognizer says about one message. `intent` is `none` when nothing fits. */
export interface Recognition {
  intent: string;
  score: number;
  /** Top hypotheses, best first. */
  intents: IntentScore[];
  entities: Entity[];
  /** Sentiment in roughly [-1, 1]; 0 when unknown. */
  sentiment: number;
  /**
   * Summed word valence with negations and hedges handled (`nlu/polarity.ts`): decides whether a feeling
   * or remark is the good or the bad kind. Absent when the recognizer does not score it.
   */
  polarity?: number;
}

export const NONE_INTENT = 'none';

/** Where the statistical model behind a recognizer came from: for the start-up log and /healthz. */
export interface ModelInfo {
  intents: number;
  examples: number;
  /** Trained at start-up, or loaded from the cache because the dialogs had not changed. */
  source: 'trained' | 'cache';
  trainSeconds: number;
  /** The content hash the model is cached under. */
  hash: string;
}

/** The turn pipeline depends only on this; engines are swappable. */
export interface Recognizer {
  recognize(text: string): Promise<Recognition>;
  /** The model it runs, when it has one. */
  readonly info?: ModelInfo;
}
