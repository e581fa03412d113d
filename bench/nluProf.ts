import { join } from 'node:path';
import { loadIntentDataset } from '../src/nlu/datasets';
import { IntentModel } from '../src/nlu/intentModel';
import { tokenize } from '../src/nlu/features';
const d = loadIntentDataset(join('/work/shared/data/intents', 'hwu64.json'));
let t = Date.now();
const m = IntentModel.train(d.train, { calibrationBudget: 1 });
console.log('train ms', Date.now() - t);
const texts = d.test.map((e) => e.text);
for (const x of texts) m.predict(x);
const time = (name: string, f: (s: string) => unknown) => {
  for (let r = 0; r < 2; r++) { const s = process.hrtime.bigint(); for (const x of texts) f(x); console.log(name, (Number(process.hrtime.bigint() - s) / 1e3 / texts.length).toFixed(1), 'us'); }
};
time('predict', (s) => m.predict(s));
time('vectorize', (s) => m.vectorize(s));
time('tokenize', (s) => tokenize(s));
const v = m.vectorize(texts[0]); console.log('nnz', v.indices.length);
const lin = (m as unknown as { linear: { logits(x: unknown, o?: Float64Array): Float64Array } }).linear;
const vs = texts.map((s) => m.vectorize(s));
const out = new Float64Array(64);
for (let r = 0; r < 3; r++) { const s = process.hrtime.bigint(); for (const x of vs) lin.logits(x, out); console.log('logits', (Number(process.hrtime.bigint() - s) / 1e3 / texts.length).toFixed(1), 'us'); }
console.log('mean nnz', vs.reduce((a, v) => a + v.indices.length, 0) / vs.length);
