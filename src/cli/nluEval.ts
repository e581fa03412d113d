// npm run nlu:eval -- --data FILE [--json]: trains the intent model on a dataset's `train` split (and
// its `oos_train`), re-tunes the `none` threshold on `val` + `oos_val` when the file has out-of-scope
// validation data, and scores `test` + `oos_test`. Without --data it cross-validates dialogs/.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDialogs } from '../content/loadDialogs';
import { trainingExamples } from '../nlu/createRecognizer';
import { loadIntentDataset, OOS_LABEL, type LabeledText } from '../nlu/datasets';
import { accuracy, predictAll, scorePredictions, type IntentScores } from '../nlu/evaluation';
import { IntentModel, OUT_OF_SCOPE_LABELS } from '../nlu/intentModel';
import { createProgressBar } from '../nlu/progressBar';
import { seededRandom, shuffleInPlace } from '../util/random';

const FOLDS = 5;

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string' }, json: { type: 'boolean', default: false }, dialogs: { type: 'string' } } });
  const report = values.data ? evaluateDataset(values.data, values.json) : crossValidateDialogs(values.dialogs ?? join(process.cwd(), 'dialogs'), values.json);
  if (values.json) console.log(JSON.stringify(report.scores));
  else printScores(values.data ?? 'dialogs/ (5-fold cross-validation)', report);
}

/** The figures `--json` prints, and the in-scope accuracy without the `none` threshold (top intent always). */
export interface EvaluationReport {
  scores: IntentScores;
  forcedChoiceAcc: number;
}

export function evaluateDataset(file: string, quiet = true): EvaluationReport {
  const dataset = loadIntentDataset(file);
  const train = [...dataset.train, ...(dataset.oosTrain ?? [])];
  const started = process.hrtime.bigint();
  let model = IntentModel.train(train, {}, quiet ? undefined : createProgressBar(`training on ${train.length} examples`));
  // A threshold is only worth re-tuning against real out-of-scope queries; otherwise the model's
  // own calibration (left-out intents playing out-of-scope) stands.
  if (dataset.val && dataset.oosVal && dataset.oosVal.length > 0) model = model.retuned([...dataset.val, ...dataset.oosVal]);
  const trainSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const outOfScope = dataset.oosTest ?? [];
  const predictions = predictAll(model, [...dataset.test, ...outOfScope].map((e) => e.text));
  return {
    scores: scorePredictions(dataset.test, outOfScope.length, predictions, trainSeconds),
    forcedChoiceAcc: percent(accuracy(predictions.top.slice(0, dataset.test.length), dataset.test.map((e) => e.intent))),
  };
}

const percent = (x: number): number => Number((100 * x).toFixed(2));

/** Stratified folds over the dialogs' examples; the `none` examples are the out-of-scope queries. */
export function crossValidateDialogs(dir: string, quiet = true): EvaluationReport {
  const examples = trainingExamples(loadDialogs(dir));
  const random = seededRandom(1);
  const fold = new Map<string, number>();
  const byIntent = new Map<string, LabeledText[]>();
  for (const example of examples) byIntent.set(example.intent, [...(byIntent.get(example.intent) ?? []), example]);
  let next = 0;
  for (const group of byIntent.values()) {
    shuffleInPlace(group, random);
    for (const example of group) fold.set(`${example.intent}\u0000${example.text}`, next++ % FOLDS);
  }
  const foldOf = (e: LabeledText): number => fold.get(`${e.intent}\u0000${e.text}`) ?? 0;
  const inScope: LabeledText[] = [];
  const top: string[] = [];
  const answer: string[] = [];
  const outOfScopeAnswers: string[] = [];
  let trainSeconds = 0;
  let microseconds = 0;
  const progress = quiet ? undefined : createProgressBar(`cross-validating ${examples.length} examples`);
  for (let k = 0; k < FOLDS; k++) {
    const started = process.hrtime.bigint();
    const model = IntentModel.train(examples.filter((e) => foldOf(e) !== k));
    trainSeconds += Number(process.hrtime.bigint() - started) / 1e9;
    const held = examples.filter((e) => foldOf(e) === k);
    const heldIn = held.filter((e) => !OUT_OF_SCOPE_LABELS.has(e.intent));
    const heldOut = held.filter((e) => OUT_OF_SCOPE_LABELS.has(e.intent));
    const predictions = predictAll(model, [...heldIn, ...heldOut].map((e) => e.text));
    microseconds += predictions.usPerMessage * held.length;
    inScope.push(...heldIn);
    top.push(...predictions.top.slice(0, heldIn.length));
    answer.push(...predictions.answer.slice(0, heldIn.length));
    outOfScopeAnswers.push(...predictions.answer.slice(heldIn.length));
    progress?.(k + 1, FOLDS);
  }
  return {
    scores: scorePredictions(
      inScope,
      outOfScopeAnswers.length,
      { top: [...top, ...outOfScopeAnswers.map(() => OOS_LABEL)], answer: [...answer, ...outOfScopeAnswers], usPerMessage: microseconds / examples.length },
      trainSeconds / FOLDS,
    ),
    forcedChoiceAcc: percent(accuracy(top, inScope.map((e) => e.intent))),
  };
}

function printScores(source: string, { scores, forcedChoiceAcc }: EvaluationReport): void {
  const lines = [
    `data: ${source}`,
    scores.oos_recall === null
      ? `in-scope accuracy:            ${scores.in_scope_acc.toFixed(2)}% (forced choice: no out-of-scope test data)`
      : `in-scope accuracy:            ${scores.in_scope_acc.toFixed(2)}% (a none answer counts as wrong; ${forcedChoiceAcc.toFixed(2)}% forced choice, ${(forcedChoiceAcc - scores.in_scope_acc).toFixed(2)} points above)`,
    `macro-F1:                     ${scores.macro_f1.toFixed(2)}%`,
    `out-of-scope recall:          ${scores.oos_recall === null ? 'n/a (no out-of-scope test data)' : `${scores.oos_recall.toFixed(2)}%`}`,
    `in-scope marked out-of-scope: ${scores.in_scope_marked_oos.toFixed(2)}%`,
    `training:                     ${scores.train_s.toFixed(2)} s`,
    `per message:                  ${scores.us_per_msg.toFixed(1)} µs`,
  ];
  console.log(lines.join('\n'));
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`nlu:eval failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
