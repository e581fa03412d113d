// Writes a dataset file in the shared format with out-of-scope keys, built from the public sets in
// ../shared/data/intents/, to exercise `nlu:eval` the way a benchmark with out-of-scope queries does:
// a seeded set of intents is taken out entirely and its texts become `oos_train` (100), `oos_val`
// (100) and `oos_test` (1000); each remaining intent gets up to 100 train, 20 val and 30 test texts.
//   node -r ./test/helpers/registerTs.js bench/makeOosDataset.ts OUT.json [--seed N] [--oos-intents N]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadIntentDataset } from '../src/nlu/datasets';
import { seededRandom, shuffleInPlace } from '../src/util/random';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: 'string', default: '1' }, 'oos-intents': { type: 'string', default: '18' }, 'data-dir': { type: 'string', default: '../shared/data/intents' } },
});
const out = positionals[0];
if (!out) throw new Error('usage: makeOosDataset.ts OUT.json [--seed N] [--oos-intents N]');
const random = seededRandom(Number(values.seed));
const shuffle = <T>(items: T[]): T[] => shuffleInPlace(items, random);

const textsByIntent = new Map<string, string[]>();
for (const part of ['banking77', 'hwu64', 'snips']) {
  const dataset = loadIntentDataset(join(values['data-dir'], `${part}.json`));
  for (const example of [...dataset.train, ...(dataset.val ?? []), ...dataset.test]) {
    const intent = `${part}_${example.intent}`;
    textsByIntent.set(intent, [...(textsByIntent.get(intent) ?? []), example.text]);
  }
}
const intents = shuffle([...textsByIntent.keys()].sort());
const outOfScopeIntents = intents.slice(0, Number(values['oos-intents']));
const rows: Record<'train' | 'val' | 'test' | 'oos_train' | 'oos_val' | 'oos_test', [string, string][]> = { train: [], val: [], test: [], oos_train: [], oos_val: [], oos_test: [] };
for (const intent of intents.slice(outOfScopeIntents.length)) {
  const texts = shuffle([...(textsByIntent.get(intent) ?? [])]);
  rows.train.push(...texts.slice(0, 100).map((text): [string, string] => [text, intent]));
  rows.val.push(...texts.slice(100, 120).map((text): [string, string] => [text, intent]));
  rows.test.push(...texts.slice(120, 150).map((text): [string, string] => [text, intent]));
}
const outOfScope = shuffle(outOfScopeIntents.flatMap((intent) => textsByIntent.get(intent) ?? []));
rows.oos_train = outOfScope.slice(0, 100).map((text) => [text, 'oos']);
rows.oos_val = outOfScope.slice(100, 200).map((text) => [text, 'oos']);
rows.oos_test = outOfScope.slice(200, 1200).map((text) => [text, 'oos']);
writeFileSync(
  out,
  JSON.stringify({
    name: 'merged-oos',
    source: 'built by bench/makeOosDataset.ts from BANKING77, HWU64 and SNIPS (see ../shared/data/intents/README.md)',
    license: 'as the source sets',
    citation: 'see ../shared/data/intents/README.md',
    notes: `seed ${values.seed}; ${outOfScopeIntents.length} intents held out as out-of-scope`,
    ...rows,
  }),
);
console.log(`${out}: ${intents.length - outOfScopeIntents.length} intents, ${rows.train.length} train / ${rows.val.length} val / ${rows.test.length} test, out-of-scope ${rows.oos_train.length} / ${rows.oos_val.length} / ${rows.oos_test.length}`);
