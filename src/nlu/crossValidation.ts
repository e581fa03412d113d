import { join } from 'node:path';
import type { LabeledText } from './datasets';
import { IntentModel, OUT_OF_SCOPE_LABELS } from './intentModel';
import { LinearRecognizer } from './linearRecognizer';
import { NONE_INTENT } from './recognizer';
import { seededRandom, shuffleInPlace } from '../util/random';

/** How one example fared when its fold was held out. */
export interface HeldOutPrediction {
  text: string;
  /** The intent it is filed under (`none` for out-of-scope examples). */
  intent: string;
  /** The model's best intent, ignoring the `none` threshold. */
  top: string;
  /** What the bot would do: an intent, or `none`. */
  answer: string;
  score: number;
  runnerUp?: { intent: string; score: number };
}

export interface CrossValidationOptions {
  folds?: number;
  seed?: number;
  /**
   * Where each fold's model is cached (`<cacheDir>/fold-<k>/`, one model per folder, keyed by the
   * examples' hash): an unchanged intent set costs no training on the next run. `false`: always train.
   */
  cacheDir?: string | false;
  /** Called after each fold. */
  progress?: (done: number, total: number) => void;
}

/**
 * Stratified k-fold cross-validation: every intent's examples are spread over the folds, each fold is
 * predicted by a model trained on the others, so every example is judged by a model that never saw it.
 */
export function crossValidate(examples: readonly LabeledText[], options: CrossValidationOptions = {}): HeldOutPrediction[] {
  const folds = options.folds ?? 5;
  const foldOf = assignFolds(examples, folds, seededRandom(options.seed ?? 1));
  const predictions: HeldOutPrediction[] = [];
  for (let k = 0; k < folds; k++) {
    const training = examples.filter((_, i) => foldOf[i] !== k);
    const model = options.cacheDir ? LinearRecognizer.loadOrTrain(training, join(options.cacheDir, `fold-${k}`)).model : IntentModel.train(training);
    examples.forEach((example, i) => {
      if (foldOf[i] === k) predictions.push(heldOut(model, example));
    });
    options.progress?.(k + 1, folds);
  }
  return predictions;
}

function heldOut(model: IntentModel, example: LabeledText): HeldOutPrediction {
  const prediction = model.predict(example.text, 2);
  const [best, second] = prediction.intents;
  return {
    text: example.text,
    intent: OUT_OF_SCOPE_LABELS.has(example.intent) ? NONE_INTENT : example.intent,
    top: best?.intent ?? NONE_INTENT,
    answer: prediction.intent,
    score: prediction.score,
    ...(second ? { runnerUp: { intent: second.intent, score: second.score } } : {}),
  };
}

/** Each example's fold, dealt round-robin within its intent after a seeded shuffle. */
function assignFolds(examples: readonly LabeledText[], folds: number, random: () => number): number[] {
  const byIntent = new Map<string, number[]>();
  examples.forEach((example, i) => byIntent.set(example.intent, [...(byIntent.get(example.intent) ?? []), i]));
  const foldOf = new Array<number>(examples.length).fill(0);
  let next = 0;
  for (const indices of byIntent.values()) {
    shuffleInPlace(indices, random);
    for (const i of indices) foldOf[i] = next++ % folds;
  }
  return foldOf;
}
