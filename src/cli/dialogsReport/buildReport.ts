import { join } from 'node:path';
import type { Content } from '../../content/content';
import { contentLocations, type Location } from '../../content/contentLocations';
import { trainingExamples } from '../../nlu/createRecognizer';
import { crossValidate, type HeldOutPrediction } from '../../nlu/crossValidation';
import { accuracy, perLabelScores } from '../../nlu/evaluation';
import { meanPairwiseSimilarity, similarPairs } from '../../nlu/exampleSimilarity';
import { NONE_INTENT } from '../../nlu/recognizer';
import { replyCoverage } from './replyCoverage';
import type { UnmatchedEntry } from '../../ops/unmatched/unmatchedLog';

/** Thresholds of the report's warnings; the defaults hold for the shipped dialogs. */
export interface ReportOptions {
  folds: number;
  /** Fewer examples than this: "add more ways of saying it". */
  minExamples: number;
  /** Two examples under different intents at least this alike (character trigrams, 0–1) are near-duplicates. */
  duplicateSimilarity: number;
  /** Under different intents and at least this alike, but not duplicates: shown, not warned about. */
  lookAlikeSimilarity: number;
  /** An intent whose examples are on average this alike says the same thing over and over. */
  sameWordingSimilarity: number;
  /** Most confused pairs listed, and intents in the heatmap. */
  topPairs: number;
  heatmapSize: number;
  /** Where fold models are cached; false trains every time. */
  cacheDir: string | false;
  required?: readonly string[];
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { folds: 5, minExamples: 10, duplicateSimilarity: 0.85, lookAlikeSimilarity: 0.6, sameWordingSimilarity: 0.35, topPairs: 12, heatmapSize: 16, cacheDir: false };

export interface ExampleRef extends Location {
  intent: string;
  text: string;
}

export interface IntentRow extends Location {
  intent: string;
  examples: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of its examples the bot would answer `none` (out-of-scope). */
  rejected: number;
}

export interface ConfusedPair {
  /** The two intents, alphabetically. */
  intents: [string, string];
  count: number;
  /** Held-out examples of one taken for the other. */
  crossings: Array<ExampleRef & { takenFor: string; score: number }>;
}

export interface Warning extends Partial<Location> {
  kind: 'missingReply' | 'unreachableReply' | 'nearDuplicate' | 'fewExamples' | 'sameWording';
  message: string;
}

export interface DialogsReport {
  dialogsDir: string;
  folds: number;
  seconds: number;
  totals: { intents: number; examples: number; outOfScopeExamples: number; accuracy: number; macroF1: number; outOfScopeRecall: number | null; rejectedInScope: number };
  intents: IntentRow[];
  confusedPairs: ConfusedPair[];
  nearDuplicates: Array<{ similarity: number; a: ExampleRef; b: ExampleRef }>;
  lookAlikes: Array<{ similarity: number; a: ExampleRef; b: ExampleRef }>;
  sameWording: Array<{ intent: string; similarity: number } & Location>;
  fewExamples: Array<{ intent: string; examples: number } & Location>;
  missingReplies: string[];
  unreachableReplies: Array<{ key: string } & Partial<Location>>;
  /** Gold intents (rows) by answers (columns), `none` last; counts of held-out examples. */
  heatmap: { labels: string[]; counts: number[][] };
  warnings: Warning[];
  /** What people said that nothing matched (INSIGHTS_UNMATCHED), most said first; or why it could not be read. */
  unmatched?: { entries: UnmatchedEntry[] } | { unavailable: string };
}

/** Everything dialogs:report says about a dialogs directory's content. */
export function buildReport(dir: string, content: Content, partial: Partial<ReportOptions> = {}): DialogsReport {
  const options = { ...DEFAULT_REPORT_OPTIONS, ...partial };
  const started = process.hrtime.bigint();
  const where = contentLocations(dir);
  const intentAt = (intent: string): Location => where.intents.get(intent) ?? { file: dir };
  const examples = trainingExamples(content);
  const refs = exampleRefs(content, where.examples);
  const predictions = crossValidate(examples, { folds: options.folds, cacheDir: options.cacheDir && join(options.cacheDir, 'report') });
  const inScope = predictions.filter((p) => p.intent !== NONE_INTENT);
  const outOfScope = predictions.filter((p) => p.intent === NONE_INTENT);
  const scores = perLabelScores(predictions.map((p) => p.answer), predictions.map((p) => p.intent)).filter((s) => s.label !== NONE_INTENT);
  const intents = scores
    .map((s): IntentRow => {
      const own = inScope.filter((p) => p.intent === s.label);
      return { intent: s.label, examples: s.support, precision: s.precision, recall: s.recall, f1: s.f1, rejected: own.filter((p) => p.answer === NONE_INTENT).length / Math.max(1, own.length), ...intentAt(s.label) };
    })
    .sort((a, b) => a.f1 - b.f1 || a.intent.localeCompare(b.intent));
  const inDomain = refs.filter((r) => r.intent !== NONE_INTENT);
  const across = similarPairs(inDomain, (r) => r.text, options.lookAlikeSimilarity, (a, b) => a.intent !== b.intent);
  const nearDuplicates = across.filter((p) => p.similarity >= options.duplicateSimilarity);
  const lookAlikes = across.filter((p) => p.similarity < options.duplicateSimilarity).slice(0, options.topPairs);
  const fewExamples = [...content.intents]
    .filter(([intent, d]) => intent !== NONE_INTENT && d.examples.length < options.minExamples)
    .map(([intent, d]) => ({ intent, examples: d.examples.length, ...intentAt(intent) }));
  const sameWording = [...content.intents]
    .filter(([intent]) => intent !== NONE_INTENT)
    .map(([intent, d]) => ({ intent, similarity: meanPairwiseSimilarity(d.examples), ...intentAt(intent) }))
    .filter((row) => row.similarity >= options.sameWordingSimilarity);
  const coverage = replyCoverage(content, options.required);
  const unreachableReplies = coverage.unreachable.map((key) => ({ key, ...where.replies.get(key) }));
  const warnings: Warning[] = [
    ...coverage.missing.map((key): Warning => ({ kind: 'missingReply', file: dir, message: `reply "${key}" is asked for by the code but missing from dialogs/` })),
    ...unreachableReplies.map(({ key, ...at }): Warning => ({ kind: 'unreachableReply', ...at, message: `reply "${key}" is never said: no intent, command, fact kind or code path asks for it` })),
    ...nearDuplicates.map(({ a, b, similarity }): Warning => ({ kind: 'nearDuplicate', file: b.file, line: b.line, message: `"${b.text}" (${b.intent}) is nearly "${a.text}" (${a.intent}, ${a.file}:${a.line ?? '?'}), ${Math.round(similarity * 100)}% alike: keep it under one intent` })),
    ...fewExamples.map((row): Warning => ({ kind: 'fewExamples', file: row.file, line: row.line, message: `intent "${row.intent}" has ${row.examples} examples; ${options.minExamples} or more let the model tell it from its neighbours` })),
    ...sameWording.map((row): Warning => ({ kind: 'sameWording', file: row.file, line: row.line, message: `intent "${row.intent}" says the same thing in much the same words (${Math.round(row.similarity * 100)}% alike on average): add differently worded examples` })),
  ];
  return {
    dialogsDir: dir,
    folds: options.folds,
    seconds: Number((Number(process.hrtime.bigint() - started) / 1e9).toFixed(2)),
    totals: {
      intents: scores.length,
      examples: examples.length,
      outOfScopeExamples: outOfScope.length,
      accuracy: accuracy(inScope.map((p) => p.answer), inScope.map((p) => p.intent)),
      macroF1: scores.reduce((sum, s) => sum + s.f1, 0) / Math.max(1, scores.length),
      outOfScopeRecall: outOfScope.length === 0 ? null : outOfScope.filter((p) => p.answer === NONE_INTENT).length / outOfScope.length,
      rejectedInScope: inScope.filter((p) => p.answer === NONE_INTENT).length / Math.max(1, inScope.length),
    },
    intents,
    confusedPairs: confusedPairs(inScope, refs, options.topPairs),
    nearDuplicates,
    lookAlikes,
    sameWording,
    fewExamples,
    missingReplies: coverage.missing,
    unreachableReplies,
    heatmap: heatmap(predictions, options.heatmapSize),
    warnings,
  };
}

function exampleRefs(content: Content, locations: Map<string, Location[]>): ExampleRef[] {
  return [...content.intents].flatMap(([intent, d]) => d.examples.map((text, i) => ({ intent, text, ...(locations.get(intent)?.[i] ?? { file: '' }) })));
}

/** Pairs of intents whose held-out examples were answered with the other, most often first. */
function confusedPairs(inScope: readonly HeldOutPrediction[], refs: readonly ExampleRef[], top: number): ConfusedPair[] {
  const refOf = new Map(refs.map((r) => [`${r.intent}\u0000${r.text}`, r]));
  const pairs = new Map<string, ConfusedPair>();
  for (const p of inScope) {
    if (p.answer === p.intent || p.answer === NONE_INTENT) continue;
    const intents = [p.intent, p.answer].sort() as [string, string];
    const key = intents.join('\u0000');
    const pair = pairs.get(key) ?? { intents, count: 0, crossings: [] };
    pair.count++;
    pair.crossings.push({ ...(refOf.get(`${p.intent}\u0000${p.text}`) ?? { intent: p.intent, text: p.text, file: '' }), takenFor: p.answer, score: p.score });
    pairs.set(key, pair);
  }
  return [...pairs.values()].sort((a, b) => b.count - a.count || a.intents.join().localeCompare(b.intents.join())).slice(0, top);
}

/** The intents with the most errors (either way), rows and columns alike, plus `none`. */
function heatmap(predictions: readonly HeldOutPrediction[], size: number): DialogsReport['heatmap'] {
  const errors = new Map<string, number>();
  for (const p of predictions) {
    if (p.answer === p.intent) continue;
    for (const label of [p.intent, p.answer]) if (label !== NONE_INTENT) errors.set(label, (errors.get(label) ?? 0) + 1);
  }
  const labels = [...[...errors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, size).map(([label]) => label).sort(), NONE_INTENT];
  const index = new Map(labels.map((label, i) => [label, i]));
  const counts = labels.map(() => labels.map(() => 0));
  for (const p of predictions) {
    const row = index.get(p.intent);
    const column = index.get(p.answer);
    if (row !== undefined && column !== undefined) counts[row][column]++;
  }
  return { labels, counts };
}
