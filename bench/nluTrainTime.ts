// Training time of the intent model on one dataset's `train`, as CPU time (less sensitive to a shared machine than wall time).
//   node -r ./test/helpers/registerTs.js bench/nluTrainTime.ts banking77 '{"svm":{"epochs":8}}'
process.env.DOTENV_CONFIG_QUIET = 'true';
import { join } from 'node:path';
import { loadIntentDataset } from '../src/nlu/datasets';
import { IntentModel } from '../src/nlu/intentModel';

const dataset = loadIntentDataset(join('../shared/data/intents', `${process.argv[2] ?? 'banking77'}.json`));
const cpu = process.cpuUsage();
const wall = process.hrtime.bigint();
const marks: string[] = [];
IntentModel.train(dataset.train, JSON.parse(process.argv[3] ?? '{}') as object, (done, total) => {
  const used = process.cpuUsage(cpu);
  marks.push(`${done}/${total} at ${((used.user + used.system) / 1e6).toFixed(2)} s`);
});
const used = process.cpuUsage(cpu);
console.log(`${dataset.name}: ${dataset.train.length} examples, cpu ${((used.user + used.system) / 1e6).toFixed(2)} s, wall ${(Number(process.hrtime.bigint() - wall) / 1e9).toFixed(2)} s (${marks.join(', ')})`);
