// npm run bench:nlu: for each dataset in ../shared/data/intents/, our intent model beside natural's
// BayesClassifier, both trained on the same `train` split in the same run and scored on `test`
// (forced choice: the top intent). Options: --data-dir DIR, --only NAME[,NAME]. Each engine's
// per-message time is measured after a full garbage collection.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import { loadIntentDataset, type LabeledText } from '../src/nlu/datasets';
import { accuracy, macroF1, predictAll } from '../src/nlu/evaluation';
import { IntentModel } from '../src/nlu/intentModel';
import { createProgressBar } from '../src/nlu/progressBar';

interface Row {
  dataset: string;
  engine: string;
  accuracy: number;
  macroF1: number;
  trainSeconds: number;
  usPerMessage: number;
  cpuUsPerMessage: number;
}

/**
 * A full garbage collection, so an engine's per-message time does not include collecting what the
 * other engine (or its own training) left behind: a bot trains once, then serves for days.
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function runBayes(train: readonly LabeledText[], test: readonly LabeledText[]): Omit<Row, 'dataset' | 'engine'> {
  const classifier = new BayesClassifier();
  const started = process.hrtime.bigint();
  for (const example of train) classifier.addDocument(example.text, example.intent);
  classifier.train();
  const trainSeconds = seconds(started);
  collectGarbage();
  const texts = test.map((e) => e.text);
  for (const text of texts.slice(0, 200)) classifier.classify(text);
  const cpu = process.cpuUsage();
  const timed = process.hrtime.bigint();
  const predicted = texts.map((text) => classifier.classify(text));
  const usPerMessage = (seconds(timed) * 1e6) / texts.length;
  const used = process.cpuUsage(cpu);
  const cpuUsPerMessage = (used.user + used.system) / texts.length;
  const gold = test.map((e) => e.intent);
  return { accuracy: accuracy(predicted, gold), macroF1: macroF1(predicted, gold), trainSeconds, usPerMessage, cpuUsPerMessage };
}

function runOurs(train: readonly LabeledText[], test: readonly LabeledText[]): Omit<Row, 'dataset' | 'engine'> {
  const started = process.hrtime.bigint();
  const model = IntentModel.train(train, {}, createProgressBar(`  training on ${train.length} examples`));
  const trainSeconds = seconds(started);
  collectGarbage();
  const predictions = predictAll(model, test.map((e) => e.text));
  const gold = test.map((e) => e.intent);
  return { accuracy: accuracy(predictions.top, gold), macroF1: macroF1(predictions.top, gold), trainSeconds, usPerMessage: predictions.usPerMessage, cpuUsPerMessage: predictions.cpuUsPerMessage ?? predictions.usPerMessage };
}

function main(): void {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string', default: '../shared/data/intents' }, only: { type: 'string' } } });
  const dir = values['data-dir'];
  const only = values.only?.split(',');
  const files = readdirSync(dir).filter((name) => name.endsWith('.json') && (!only || only.includes(basename(name, '.json')))).sort();
  console.log(`node ${process.version}; train on \`train\`, score \`test\` (top intent); one run`);
  console.log('| dataset | intents | train / test | engine | accuracy | macro-F1 | train | per message | CPU per message |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const file of files) {
    const dataset = loadIntentDataset(join(dir, file));
    const intents = new Set(dataset.train.map((e) => e.intent)).size;
    for (const [engine, run] of [['natural BayesClassifier', runBayes], ['Rapport IntentModel', runOurs]] as const) {
      const row = run(dataset.train, dataset.test);
      const cells = [dataset.name, intents, `${dataset.train.length} / ${dataset.test.length}`, engine, `${(100 * row.accuracy).toFixed(2)}%`, `${(100 * row.macroF1).toFixed(2)}%`,
        `${row.trainSeconds.toFixed(2)} s`, `${row.usPerMessage.toFixed(1)} µs`, `${row.cpuUsPerMessage.toFixed(1)} µs`];
      console.log(`| ${cells.join(' | ')} |`);
    }
  }
}

main();
