// npm run eval:personalization -- --interactions FILE [--json] [--seed N] [--weights FILE]
// Replays logged interactions through the bot's own ranking (rankItems over shared item statistics, with
// the bot's interest learning for content fit) against popularity, trending and random baselines (see replay.ts).
import { parseArgs } from 'node:util';
import { readInteractions } from '../personalization/evaluation/interactions';
import { replayInteractions, ReplayScores } from '../personalization/evaluation/replay';
import { loadRankWeights } from '../personalization/recommend/rankWeights';
import { seededRandom } from '../util/random';

function main(): void {
  const { values } = parseArgs({
    options: { interactions: { type: 'string' }, json: { type: 'boolean', default: false }, seed: { type: 'string', default: '1' }, weights: { type: 'string', default: 'data/recommendWeights.json' } },
  });
  if (!values.interactions) {
    console.error('Usage: npm run eval:personalization -- --interactions FILE.jsonl [--json] [--seed N] [--weights data/recommendWeights.json]\nEach line: {"user","item","tags":[...],"reward":number,"ts":"ISO time"}');
    process.exit(2);
  }
  const tuned = loadRankWeights(values.weights).replay;
  if (!tuned) {
    console.error(`${values.weights} has no "replay" weights: run npm run tune:personalization -- --interactions FILE first.`);
    process.exit(2);
  }
  const log = readInteractions(values.interactions);
  if (log.skipped > 0) console.error(`Skipped ${log.skipped} unusable line(s):\n  ${log.problems.join('\n  ')}`);
  const started = performance.now();
  const result = replayInteractions(log.interactions, seededRandom(Number(values.seed)), { weights: tuned.weights, trendingHalfLifeDays: tuned.trendingBaselineHalfLifeDays });
  const seconds = (performance.now() - started) / 1000;
  if (values.json) {
    console.log(
      JSON.stringify({
        ...jsonScores(result),
        users: result.users,
        trending_half_life_days: tuned.trendingBaselineHalfLifeDays,
        later_third: jsonScores(result.laterThird),
        seconds: Math.round(seconds * 10) / 10,
      }),
    );
    return;
  }
  const pct = (rate: number) => `${(100 * rate).toFixed(2)}%`;
  console.log(`${log.interactions.length} interactions, ${result.users} users, ${result.evaluated} held-out predictions (each user's last 3), ${seconds.toFixed(1)} s\n`);
  console.log('| ranker | hit-rate@10 | later third |');
  console.log('|---|---:|---:|');
  console.log(`| Rapport (rankItems: neighbours + trending + content fit) | ${pct(result.hitRate)} | ${pct(result.laterThird.hitRate)} |`);
  console.log(`| popularity (most interactions so far) | ${pct(result.popularityHitRate)} | ${pct(result.laterThird.popularityHitRate)} |`);
  console.log(`| trending (popularity, half-life ${tuned.trendingBaselineHalfLifeDays} days) | ${pct(result.trendingHitRate)} | ${pct(result.laterThird.trendingHitRate)} |`);
  console.log(`| random | ${pct(result.randomHitRate)} | ${pct(result.laterThird.randomHitRate)} |`);
  console.log(`\nRapport nDCG@10: ${result.ndcg.toFixed(4)} (later third ${result.laterThird.ndcg.toFixed(4)}); weights: ${tuned.chosenBy}`);
}

function jsonScores(scores: ReplayScores) {
  return {
    hit_rate_at_10: scores.hitRate,
    ndcg_at_10: scores.ndcg,
    popularity_hit_rate_at_10: scores.popularityHitRate,
    trending_hit_rate_at_10: scores.trendingHitRate,
    random_hit_rate_at_10: scores.randomHitRate,
    evaluated: scores.evaluated,
  };
}

main();
