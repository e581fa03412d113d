// Scratch: which out-of-scope signal separates left-out intents best? Val only.
//   node -r ./test/helpers/registerTs.js bench/nluOosExperiment.ts banking77
import { join } from 'node:path';
import { seededRandom } from '../src/util/random';
import { loadIntentDataset } from '../src/nlu/datasets';
import { unknownIntents, validationSplit } from './splits';
import { DEFAULT_FEATURE_OPTIONS } from '../src/nlu/termHasher';
import { TfidfVectorizer, type SparseVector } from '../src/nlu/tfidfVectorizer';
import { trainSquaredHinge, DEFAULT_SVM_OPTIONS } from '../src/nlu/svmTrainer';
import { fitTemperature, softmaxInPlace } from '../src/nlu/linearModel';

const name = process.argv[2] ?? 'banking77';
const d = loadIntentDataset(join('../shared/data/intents', `${name}.json`));
const split = validationSplit(d);
const val = split.val;
const unknown = unknownIntents(split.train, 0.25);
const train = split.train.filter((e) => !unknown.has(e.intent));
const intents = [...new Set(train.map((e) => e.intent))].sort();
const labels = Int32Array.from(train, (e) => intents.indexOf(e.intent));
const hasher = TfidfVectorizer.hasherFor(DEFAULT_FEATURE_OPTIONS);
const vec = TfidfVectorizer.fit(train.map((e) => hasher.hash(e.text)), DEFAULT_FEATURE_OPTIONS);
const X = train.map((e) => vec.transform(e.text));
const m = trainSquaredHinge(X, labels, { featureCount: vec.size, classCount: intents.length }, DEFAULT_SVM_OPTIONS, seededRandom(1));
// class centroids and example-level knn
const dot = (a: SparseVector, b: SparseVector): number => { const map = new Map<number, number>(); a.indices.forEach((i, k) => map.set(i, a.values[k])); let s = 0; b.indices.forEach((i, k) => { s += (map.get(i) ?? 0) * b.values[k]; }); return s; };
const norm = (a: SparseVector) => Math.sqrt(a.values.reduce((s, v) => s + v * v, 0));
const rows = val.map((e) => {
  const v = vec.transform(e.text);
  const l = m.logits(v);
  const sorted = [...l].sort((a, b) => b - a);
  let best = 0; for (let k = 1; k < l.length; k++) if (l[k] > l[best]) best = k;
  let knn = 0; const nv = norm(v) || 1;
  for (const x of X) { const s = dot(v, x) / nv / (norm(x) || 1); if (s > knn) knn = s; }
  return { oos: unknown.has(e.intent), correct: intents[best] === e.intent, logits: l, top: sorted[0], margin: sorted[0] - sorted[1], knn, len: nv, label: intents.indexOf(e.intent) };
});
const ins = rows.filter((x) => !x.oos);
const T = fitTemperature(ins.map((x) => x.logits), ins.map((x) => x.label));
console.log('T', T, 'in-domain acc', (100 * ins.filter((x) => x.correct).length / ins.length).toFixed(2), 'n oos', rows.length - ins.length);
const prob = (x: (typeof rows)[0]) => Math.max(...softmaxInPlace(Float64Array.from(x.logits), T));
const signals: Record<string, (x: (typeof rows)[0]) => number> = {
  top: (x) => x.top, margin: (x) => x.margin, prob, knn: (x) => x.knn,
  'top+knn': (x) => x.top + x.knn, 'prob+knn': (x) => prob(x) + x.knn, 'top+margin': (x) => x.top + x.margin,
  'top*len': (x) => x.top * x.len, 'top+0.5knn': (x) => x.top + 0.5 * x.knn, 'top+2knn': (x) => x.top + 2 * x.knn,
};
for (const [label, f] of Object.entries(signals)) {
  const inScores = ins.map(f); const oosScores = rows.filter((x) => x.oos).map(f);
  let auc = 0; for (const a of inScores) for (const b of oosScores) auc += a > b ? 1 : a === b ? 0.5 : 0;
  auc /= inScores.length * oosScores.length;
  const right = ins.filter((x) => x.correct).map(f).sort((a, b) => a - b);
  const res: string[] = [];
  for (const fr of [0.015, 0.03, 0.05]) {
    const t = right[Math.floor(fr * right.length)];
    res.push(`@${fr}: oos recall ${(100 * oosScores.filter((s) => s < t).length / oosScores.length).toFixed(1)} in-acc ${(100 * ins.filter((x) => x.correct && f(x) >= t).length / ins.length).toFixed(1)}`);
  }
  console.log(label.padEnd(12), 'auc', auc.toFixed(3), res.join(' | '));
}
