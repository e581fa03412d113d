// npm run bench:personalization: simulated people with hidden tastes ask the real bot (same pipeline,
// content and catalog) for recommendations and answer 👍 or 👎 (bench/simulation.ts). Acceptance over
// turns with learning on vs the same bot with learning paused (/private on: no learned interests, no
// feedback used), for people with independent tastes and for clusters of people who like the same items,
// where the shared item statistics ("people who liked this also liked") should show.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadRankWeights } from '../src/personalization/recommend/rankWeights';
import { chance, clusteredPeople, independentPeople, mean, Person, ROOT, shippedCatalog, simulate } from './simulation';
import { seededRandom } from '../src/util/random';

const { values } = parseArgs({ options: { users: { type: 'string', default: '60' }, turns: { type: 'string', default: '15' }, seed: { type: 'string', default: '7' }, clusters: { type: 'string', default: '4' } } });
const USERS = Number(values.users);
const TURNS = Number(values.turns);

async function main(): Promise<void> {
  const seed = Number(values.seed);
  const catalog = shippedCatalog();
  const rankWeights = loadRankWeights(join(ROOT, 'data', 'recommendWeights.json')).bot?.weights;
  const started = performance.now();
  const populations: Array<[string, Person[]]> = [
    ['independent tastes (2 topics each)', independentPeople(USERS, catalog, seededRandom(seed))],
    [`shared tastes (${values.clusters} clusters liking the same items)`, clusteredPeople(USERS, Number(values.clusters), catalog, seededRandom(seed))],
  ];
  const buckets = [[0, 5], [5, 10], [10, TURNS]].filter(([from]) => from < TURNS);
  console.log(`${USERS} simulated users per population, ${TURNS} recommendations each (seed ${seed}); blend: ${rankWeights ? JSON.stringify(rankWeights) : 'none (no bot weights in data/recommendWeights.json)'}\n`);
  for (const [name, people] of populations) {
    const on = await simulate(people, { turns: TURNS, seed, personalized: true, ...(rankWeights ? { rankWeights } : {}) });
    const paused = await simulate(people, { turns: TURNS, seed, personalized: false, ...(rankWeights ? { rankWeights } : {}) });
    const noShared = await simulate(people, { turns: TURNS, seed, personalized: true });
    console.log(`### ${name}: a random item fits ${(100 * chance(people, catalog)).toFixed(1)}% of the time\n`);
    console.log('| recommendations | learning on | learning paused | learning on, no shared item statistics |');
    console.log('|---|---:|---:|---:|');
    const pct = (rates: number[], from: number, to: number) => `${(100 * mean(rates, from, to)).toFixed(1)}%`;
    for (const [from, to] of buckets) console.log(`| ${from + 1}–${Math.min(to, TURNS)} | ${pct(on, from, to)} | ${pct(paused, from, to)} | ${pct(noShared, from, to)} |`);
    console.log(`| all | ${pct(on, 0, TURNS)} | ${pct(paused, 0, TURNS)} | ${pct(noShared, 0, TURNS)} |\n`);
  }
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
