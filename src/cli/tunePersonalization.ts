// npm run tune:personalization -- --interactions FILE [--out data/recommendWeights.json] [--validation 0.67]
// Chooses the ranking's blend weights and half-lives on the earlier part of an interaction log (the
// validation part; the later part stays unseen, to check how the choice generalizes) and the trending
// baseline's half-life on the whole log (a strong baseline), and writes them to the weights file's
// `replay` section, which eval:personalization loads. Coordinate ascent over a coarse grid: one setting
// at a time, the others fixed, twice over, starting from trending alone (the baseline's half-life, no neighbours).
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readInteractions } from '../personalization/evaluation/interactions';
import { replayInteractions, trendingHitRates } from '../personalization/evaluation/replay';
import type { RankWeights } from '../personalization/recommend/rankItems';
import { loadRankWeights } from '../personalization/recommend/rankWeights';
import { seededRandom } from '../util/random';

/** The values tried for each setting: coarse on purpose, so the choice does not fit noise. */
const GRID: Record<Exclude<keyof RankWeights, 'trending' | 'maxNeighbours' | 'neighbourScale'>, number[]> = {
  neighbour: [0, 0.1, 0.2, 0.4, 0.8, 1.6],
  coHalfLifeDays: [3, 7, 30],
  content: [0, 0.05, 0.1, 0.2, 0.4, 0.8],
  trendHalfLifeDays: [1, 2, 3, 5, 7],
  likeHalfLifeDays: [10, 30, 90],
};
const BASELINE_HALF_LIVES = [0.5, 1, 2, 3, 5, 7, 14, 30];
/** A size bound (top neighbours kept per item), not a blend weight. */
const MAX_NEIGHBOURS = 50;
const ROUNDS = 2;

function main(): void {
  const { values } = parseArgs({ options: { interactions: { type: 'string' }, out: { type: 'string', default: 'data/recommendWeights.json' }, validation: { type: 'string', default: String(2 / 3) } } });
  if (!values.interactions) {
    console.error('Usage: npm run tune:personalization -- --interactions FILE.jsonl [--out data/recommendWeights.json] [--validation 0.67]');
    process.exit(2);
  }
  const log = readInteractions(values.interactions).interactions;
  const validation = log.slice(0, Math.floor(log.length * Number(values.validation)));
  const baselineRates = trendingHitRates(log, BASELINE_HALF_LIVES);
  const baselineHalfLife = BASELINE_HALF_LIVES[baselineRates.indexOf(Math.max(...baselineRates))];
  console.error(`trending baseline on the whole log: ${BASELINE_HALF_LIVES.map((days, i) => `${days} d ${baselineRates[i].toFixed(4)}`).join(', ')} → ${baselineHalfLife} d`);

  const tried = new Map<string, number>();
  const score = (weights: RankWeights) => {
    const key = JSON.stringify(weights);
    if (!tried.has(key)) {
      const result = replayInteractions(validation, seededRandom(1), { weights, trendingHalfLifeDays: baselineHalfLife, engineOnly: true });
      // Hit rate first; nDCG breaks near-ties so the order within the top 10 counts a little.
      tried.set(key, result.hitRate + result.ndcg * 1e-3);
      console.error(`${key} → hit ${result.hitRate.toFixed(4)} ndcg ${result.ndcg.toFixed(4)}`);
    }
    return tried.get(key)!;
  };
  let best: RankWeights = { trending: 1, neighbour: 0, content: 0, trendHalfLifeDays: baselineHalfLife, likeHalfLifeDays: 30, coHalfLifeDays: 30, maxNeighbours: MAX_NEIGHBOURS };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [setting, grid] of Object.entries(GRID) as Array<[keyof typeof GRID, number[]]>) {
      for (const value of grid) {
        const candidate = { ...best, [setting]: value };
        if (score(candidate) > score(best)) best = candidate;
      }
    }
  }
  // The other section (the bot's weights) is kept; a broken file is reported, not overwritten.
  const file = existsSync(values.out) ? loadRankWeights(values.out) : {};
  file.replay = {
    chosenBy: `npm run tune:personalization -- --interactions ${values.interactions} (engine: first ${Math.round(100 * Number(values.validation))}% of the log, ${validation.length} interactions; trending baseline: whole log)`,
    trendingBaselineHalfLifeDays: baselineHalfLife,
    weights: best,
  };
  writeFileSync(values.out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(JSON.stringify(file.replay));
}

main();
