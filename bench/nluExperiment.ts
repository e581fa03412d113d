// Scratch experiments on val splits (never test): feature and classifier variants.
//   node -r ./test/helpers/registerTs.js bench/nluExperiment.ts banking77 '[{"feat":{},"svm":{"c":0.5}}]'
import { join } from 'node:path';
import { seededRandom } from '../src/util/random';
import { loadIntentDataset } from '../src/nlu/datasets';
import { validationSplit } from './splits';
import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from '../src/nlu/termHasher';
import { TfidfVectorizer } from '../src/nlu/tfidfVectorizer';
import { trainSquaredHinge, DEFAULT_SVM_OPTIONS } from '../src/nlu/svmTrainer';

const name = process.argv[2] ?? 'banking77';
const configs = JSON.parse(process.argv[3] ?? '[{}]') as { feat?: Partial<FeatureOptions>; svm?: object }[];
const d = loadIntentDataset(join('../shared/data/intents', `${name}.json`));
const { train, val } = validationSplit(d);
const intents = [...new Set(train.map((e) => e.intent))].sort();
const labels = Int32Array.from(train, (e) => intents.indexOf(e.intent));
for (const config of configs) {
  const feat: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, ...config.feat };
  let t = Date.now();
  const hasher = TfidfVectorizer.hasherFor(feat);
  const terms = train.map((e) => hasher.hash(e.text));
  const vec = TfidfVectorizer.fit(terms, feat);
  const X = terms.map((x) => vec.transformTerms(x));
  const vecMs = Date.now() - t;
  t = Date.now();
  const shape = { featureCount: vec.size, classCount: intents.length };
  const m = trainSquaredHinge(X, labels, shape, { ...DEFAULT_SVM_OPTIONS, ...config.svm }, seededRandom(1));
  const trainMs = Date.now() - t;
  let right = 0;
  const t0 = process.hrtime.bigint();
  for (const e of val) { const l = m.logits(vec.transform(e.text)); let b = 0; for (let k = 1; k < l.length; k++) if (l[k] > l[b]) b = k; if (intents[b] === e.intent) right++; }
  const us = Number(process.hrtime.bigint() - t0) / 1e3 / val.length;
  console.log(`${name} ${JSON.stringify(config)} val ${(100 * right / val.length).toFixed(2)} | feats ${vec.size} nnz ${(X.reduce((s, x) => s + x.indices.length, 0) / X.length).toFixed(0)} | vec ${vecMs} train ${trainMs} ms | ${us.toFixed(1)} us/msg`);
}
