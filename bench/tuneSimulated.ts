// npm run tune:personalization:bot: chooses the bot's blend (data/recommendWeights.json, `bot`) on simulated
// people asking the real bot (bench/simulation.ts), with a seed apart from the one bench:personalization
// reports on. Content fit is the scale (1); the neighbour scale and the neighbour and trending weights are
// tried on a coarse grid, and the setting with the best mean acceptance over both populations (independent
// and shared tastes) wins, among those that keep people with independent tastes within 2 points of the bot
// without shared statistics: a person's own tastes must still count. Half-lives and the neighbour bound come
// from the `replay` section, chosen on a real log.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadRankWeights } from '../src/personalization/recommend/rankWeights';
import type { RankWeights } from '../src/personalization/recommend/rankItems';
import { seededRandom } from '../src/util/random';
import { clusteredPeople, independentPeople, mean, ROOT, shippedCatalog, simulate } from './simulation';

const GRID = { neighbourScale: ['strongest', 'agreement'] as const, neighbour: [1, 2, 4, 8], trending: [0.25, 0.5] };
/** How much acceptance of people with independent tastes the shared statistics may cost (points). */
const INDEPENDENT_TOLERANCE = 0.02;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { users: { type: 'string', default: '60' }, turns: { type: 'string', default: '15' }, seed: { type: 'string', default: '101' }, out: { type: 'string', default: join(ROOT, 'data', 'recommendWeights.json') } } });
  const file = loadRankWeights(values.out);
  if (!file.replay) throw new Error(`${values.out} has no "replay" section: run npm run tune:personalization -- --interactions FILE first (it chooses the half-lives).`);
  const { trendHalfLifeDays, coHalfLifeDays, likeHalfLifeDays, maxNeighbours } = file.replay.weights;
  const seed = Number(values.seed);
  const catalog = shippedCatalog();
  const people = [independentPeople(Number(values.users), catalog, seededRandom(seed)), clusteredPeople(Number(values.users), 4, catalog, seededRandom(seed))];
  const contentOnly = mean(await simulate(people[0], { turns: Number(values.turns), seed, personalized: true }));
  console.error(`independent tastes without shared statistics → ${(100 * contentOnly).toFixed(1)}%`);
  let best: { weights: RankWeights; acceptance: number } | undefined;
  for (const neighbourScale of GRID.neighbourScale) {
    for (const neighbour of GRID.neighbour) {
      for (const trending of GRID.trending) {
        const weights: RankWeights = { content: 1, neighbour, trending, neighbourScale, trendHalfLifeDays, coHalfLifeDays, likeHalfLifeDays, maxNeighbours };
        const rates = await Promise.all(people.map((population) => simulate(population, { turns: Number(values.turns), seed, personalized: true, rankWeights: weights })));
        const acceptance = mean(rates.map((rate) => mean(rate)));
        const keepsOwnTastes = mean(rates[0]) >= contentOnly - INDEPENDENT_TOLERANCE;
        console.error(`${neighbourScale} neighbour ${neighbour} trending ${trending} → ${(100 * acceptance).toFixed(1)}% (independent ${(100 * mean(rates[0])).toFixed(1)}%, shared ${(100 * mean(rates[1])).toFixed(1)}%)${keepsOwnTastes ? '' : ' costs independent tastes too much'}`);
        if (keepsOwnTastes && (!best || acceptance > best.acceptance)) best = { weights, acceptance };
      }
    }
  }
  if (!best) throw new Error('No setting keeps independent tastes within the tolerance; widen the grid.');
  file.bot = { chosenBy: `npm run tune:personalization:bot (simulated users, seed ${seed}; mean acceptance ${(100 * best.acceptance).toFixed(1)}%)`, weights: best.weights };
  writeFileSync(values.out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(JSON.stringify(file.bot));
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
