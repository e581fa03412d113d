// Intent classifier benchmark: natural's BayesClassifier (baseline) against our IntentModel, same run, same data.
//   npx tsc -p tsconfig.build.json && node dist/bench/intentEval.js [banking77 hwu64 snips] [--split val|test]
//     [--data-dir ../shared/data/intents] [--options '{"linear":{"epochs":10}}'] [--no-baseline] [--unknown-intents 0.25]
// The name `merged` joins the three sets (148 intents, prefixed by set) to measure cost at bot scale.
// --unknown-intents F simulates out-of-scope traffic where a data set has none: a seeded share F of
// the intents is left out of training and their evaluation texts must come back as `none`.
// Tune on --split val (BANKING77 has no val: a seeded 10% of train is held out); report --split test once.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { join } from 'node:path';
import { BayesClassifier } from 'natural/lib/natural/classifiers';
import { loadIntentDataset, type IntentDataset, type LabeledText } from '../src/nlu/datasets';
import { IntentModel } from '../src/nlu/intentModel';
import { type IntentModelOptions } from '../src/nlu/intentModelOptions';
import { unknownIntents, validationSplit } from './splits';
import { NONE_INTENT } from '../src/nlu/recognizer';

interface Args {
  datasets: string[];
  split: 'val' | 'test';
  dataDir: string;
  options: Partial<IntentModelOptions>;
  baseline: boolean;
  unknownIntents: number;
}

interface RunResult {
  predictions: string[];
  trainMs: number;
  latenciesMs: number[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { datasets: [], split: 'test', dataDir: process.env.INTENT_DATA_DIR ?? '../shared/data/intents', options: {}, baseline: true, unknownIntents: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--split') {
      const split = argv[++i];
      if (split !== 'val' && split !== 'test') throw new Error('--split must be val or test');
      args.split = split;
    } else if (arg === '--data-dir') args.dataDir = argv[++i];
    else if (arg === '--options') args.options = JSON.parse(argv[++i]) as Partial<IntentModelOptions>;
    else if (arg === '--no-baseline') args.baseline = false;
    else if (arg === '--unknown-intents') args.unknownIntents = Number(argv[++i]);
    else args.datasets.push(arg);
  }
  if (args.datasets.length === 0) args.datasets = ['banking77', 'hwu64', 'snips'];
  return args;
}

/** Train and evaluation rows for the split asked for (see validationSplit for `val`). */
function splitFor(dataset: IntentDataset, split: 'val' | 'test'): { train: LabeledText[]; evaluation: LabeledText[]; outOfScope: LabeledText[] } {
  const oosTrain = dataset.oosTrain ?? [];
  if (split === 'test') return { train: [...dataset.train, ...oosTrain], evaluation: dataset.test, outOfScope: dataset.oosTest ?? [] };
  const { train, val } = validationSplit(dataset);
  return { train: [...train, ...oosTrain], evaluation: val, outOfScope: dataset.val ? (dataset.oosVal ?? []) : [] };
}

/** Moves a seeded share of the intents out of training; their evaluation texts become out-of-scope. */
function withUnknownIntents(split: ReturnType<typeof splitFor>, share: number): ReturnType<typeof splitFor> {
  if (share <= 0) return split;
  const unknown = unknownIntents(split.train, share);
  return {
    train: split.train.filter((e) => !unknown.has(e.intent)),
    evaluation: split.evaluation.filter((e) => !unknown.has(e.intent)),
    outOfScope: [...split.outOfScope, ...split.evaluation.filter((e) => unknown.has(e.intent))],
  };
}

function loadNamed(dataDir: string, name: string): IntentDataset {
  if (name !== 'merged') return loadIntentDataset(join(dataDir, `${name}.json`));
  const parts = ['banking77', 'hwu64', 'snips'].map((part) => loadIntentDataset(join(dataDir, `${part}.json`)));
  const prefixed = (rows: LabeledText[] | undefined, part: string): LabeledText[] => (rows ?? []).map((e) => ({ text: e.text, intent: `${part}:${e.intent}` }));
  return {
    name,
    train: parts.flatMap((part) => prefixed(part.train, part.name)),
    test: parts.flatMap((part) => prefixed(part.test, part.name)),
  };
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = work();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** Latency is measured after the JIT has compiled the hot path, for both engines alike. */
function warmUp(texts: string[], classify: (text: string) => unknown): void {
  for (const text of texts.slice(0, 200)) classify(text);
}

function runBayes(train: LabeledText[], texts: string[]): RunResult {
  const classifier = new BayesClassifier();
  const training = timed(() => {
    for (const example of train) classifier.addDocument(example.text, example.intent);
    classifier.train();
  });
  warmUp(texts, (text) => classifier.classify(text));
  const latenciesMs: number[] = [];
  const predictions = texts.map((text) => {
    const { value, ms } = timed(() => classifier.classify(text));
    latenciesMs.push(ms);
    return value;
  });
  return { predictions, trainMs: training.ms, latenciesMs };
}

/** Ours, scored two ways: the top intent (comparable to the baseline) and after the `none` threshold. */
function runOurs(train: LabeledText[], texts: string[], options: Partial<IntentModelOptions>): RunResult & { accepted: string[]; model: IntentModel } {
  const training = timed(() => IntentModel.train(train, options));
  const model = training.value;
  warmUp(texts, (text) => model.predict(text));
  const latenciesMs: number[] = [];
  const predictions: string[] = [];
  const accepted: string[] = [];
  for (const text of texts) {
    const { value, ms } = timed(() => model.predict(text));
    latenciesMs.push(ms);
    predictions.push(value.intents[0].intent);
    accepted.push(value.intent);
  }
  return { predictions, accepted, trainMs: training.ms, latenciesMs, model };
}

function accuracy(predicted: string[], gold: string[]): number {
  return predicted.filter((p, i) => p === gold[i]).length / gold.length;
}

function macroF1(predicted: string[], gold: string[]): number {
  const labels = [...new Set(gold)];
  const f1s = labels.map((label) => {
    const truePositives = predicted.filter((p, i) => p === label && gold[i] === label).length;
    const predictedCount = predicted.filter((p) => p === label).length;
    const goldCount = gold.filter((g) => g === label).length;
    return truePositives === 0 ? 0 : (2 * truePositives) / (predictedCount + goldCount);
  });
  return f1s.reduce((a, b) => a + b, 0) / labels.length;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  console.log(`split: ${args.split}; unknown intents: ${args.unknownIntents}; options: ${JSON.stringify(args.options)}; node ${process.version}`);
  console.log(row(['dataset', 'engine', 'accuracy', 'macro-F1', 'train', 'mean / msg', 'p50 / msg', 'p99 / msg', 'notes']));
  console.log(row(['---', '---', '---', '---', '---', '---', '---', '---', '---']));
  for (const name of args.datasets) {
    const dataset = loadNamed(args.dataDir, name);
    const { train, evaluation, outOfScope } = withUnknownIntents(splitFor(dataset, args.split), args.unknownIntents);
    const texts = [...evaluation, ...outOfScope].map((e) => e.text);
    const gold = evaluation.map((e) => e.intent);
    const intentCount = new Set(gold).size;
    const report = (engine: string, run: RunResult, notes: string): void => {
      const inDomain = run.predictions.slice(0, gold.length);
      console.log(row([`${name} (${intentCount} intents, ${gold.length} ${args.split})`, engine, pct(accuracy(inDomain, gold)), pct(macroF1(inDomain, gold)),
        `${(run.trainMs / 1000).toFixed(2)} s`, `${(run.latenciesMs.reduce((a, b) => a + b, 0) / Math.max(1, run.latenciesMs.length)).toFixed(3)} ms`, `${percentile(run.latenciesMs, 0.5).toFixed(3)} ms`, `${percentile(run.latenciesMs, 0.99).toFixed(3)} ms`, notes]));
    };
    if (args.baseline) report('natural BayesClassifier', runBayes(train, texts), '');
    const ours = runOurs(train, texts, args.options);
    const acceptedInDomain = ours.accepted.slice(0, gold.length);
    const rejected = acceptedInDomain.filter((p) => p === NONE_INTENT).length / gold.length;
    let notes = `threshold ${ours.model.threshold.toFixed(3)}, T ${ours.model.temperature.toFixed(2)}: rejects ${pct(rejected)} of in-domain, accuracy after rejection ${pct(accuracy(acceptedInDomain, gold))}`;
    if (outOfScope.length > 0) {
      const oosRejected = ours.accepted.slice(gold.length).filter((p) => p === NONE_INTENT).length;
      const allRejected = ours.accepted.filter((p) => p === NONE_INTENT).length;
      notes += `; OOS recall ${pct(oosRejected / outOfScope.length)}, precision ${pct(allRejected === 0 ? 0 : oosRejected / allRejected)}`;
    }
    report('IntentModel (ours)', ours, notes);
  }
}

main();
