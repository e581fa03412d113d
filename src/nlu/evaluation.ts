import type { LabeledText } from './datasets';
import type { IntentModel } from './intentModel';
import { NONE_INTENT } from './recognizer';

/** What an evaluation reports; percentages are 0–100. */
export interface IntentScores {
  /** In-scope accuracy: with out-of-scope test queries, a `none` answer to an in-scope one counts as wrong; without them, the top intent (forced choice). */
  in_scope_acc: number;
  macro_f1: number;
  /** Share of out-of-scope queries answered `none`; null when there are none to answer. */
  oos_recall: number | null;
  /** Share of in-scope queries wrongly answered `none`. */
  in_scope_marked_oos: number;
  train_s: number;
  us_per_msg: number;
}

export interface Predictions {
  /** Top intent, ignoring the threshold. */
  top: string[];
  /** The answer: an intent or `none`. */
  answer: string[];
  /** Mean time per message, microseconds. */
  usPerMessage: number;
  /** Mean CPU time per message, microseconds: on a shared machine, without the time the process waited for a core. */
  cpuUsPerMessage?: number;
}

/** Predicts every text, timing each after the hot path has been compiled. */
export function predictAll(model: IntentModel, texts: readonly string[]): Predictions {
  for (const text of texts.slice(0, 200)) model.predict(text);
  const top: string[] = [];
  const answer: string[] = [];
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const text of texts) {
    const prediction = model.predict(text);
    top.push(prediction.intents[0]?.intent ?? NONE_INTENT);
    answer.push(prediction.intent);
  }
  const usPerMessage = texts.length === 0 ? 0 : Number(process.hrtime.bigint() - start) / 1000 / texts.length;
  const used = process.cpuUsage(cpu);
  const cpuUsPerMessage = texts.length === 0 ? 0 : (used.user + used.system) / texts.length;
  return { top, answer, usPerMessage, cpuUsPerMessage };
}

/** Scores predictions for in-scope `test` rows followed by out-of-scope rows (in that order). */
export function scorePredictions(test: readonly LabeledText[], outOfScopeCount: number, predictions: Predictions, trainSeconds: number): IntentScores {
  const gold = test.map((e) => e.intent);
  const inScopeAnswers = predictions.answer.slice(0, gold.length);
  // Without out-of-scope queries there is nothing to reject: the figure is the forced choice.
  const chosen = outOfScopeCount > 0 ? inScopeAnswers : predictions.top.slice(0, gold.length);
  const outOfScopeAnswers = predictions.answer.slice(gold.length);
  return {
    in_scope_acc: percent(accuracy(chosen, gold)),
    macro_f1: percent(macroF1(chosen, gold)),
    oos_recall: outOfScopeCount > 0 ? percent(outOfScopeAnswers.filter((a) => a === NONE_INTENT).length / outOfScopeCount) : null,
    in_scope_marked_oos: percent(gold.length === 0 ? 0 : inScopeAnswers.filter((a) => a === NONE_INTENT).length / gold.length),
    train_s: round(trainSeconds, 3),
    us_per_msg: round(predictions.usPerMessage, 1),
  };
}

export function accuracy(predicted: readonly string[], gold: readonly string[]): number {
  return gold.length === 0 ? 0 : predicted.filter((p, i) => p === gold[i]).length / gold.length;
}

/** Mean F1 over the gold labels. */
export function macroF1(predicted: readonly string[], gold: readonly string[]): number {
  const scores = perLabelScores(predicted, gold);
  return scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + s.f1, 0) / scores.length;
}

const percent = (x: number): number => round(100 * x, 2);
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/** One label's precision, recall and F1 (0–1), and how many gold examples it has. */
export interface LabelScores {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Precision, recall and F1 of every gold label; a label never predicted has precision 0. */
export function perLabelScores(predicted: readonly string[], gold: readonly string[]): LabelScores[] {
  const truePositives = new Map<string, number>();
  const predictedCounts = new Map<string, number>();
  const goldCounts = new Map<string, number>();
  predicted.forEach((p, i) => {
    predictedCounts.set(p, (predictedCounts.get(p) ?? 0) + 1);
    goldCounts.set(gold[i], (goldCounts.get(gold[i]) ?? 0) + 1);
    if (p === gold[i]) truePositives.set(p, (truePositives.get(p) ?? 0) + 1);
  });
  return [...goldCounts].map(([label, support]) => {
    const tp = truePositives.get(label) ?? 0;
    const predictedCount = predictedCounts.get(label) ?? 0;
    return { label, precision: predictedCount === 0 ? 0 : tp / predictedCount, recall: tp / support, f1: tp === 0 ? 0 : (2 * tp) / (predictedCount + support), support };
  });
}
