// npm run eval:personalization -- --interactions FILE [--json] [--seed N]
// Replays logged interactions through the bot's own interest learning and item scoring (see replay.ts).
import { parseArgs } from 'node:util';
import { readInteractions } from '../personalization/evaluation/interactions';
import { replayInteractions } from '../personalization/evaluation/replay';
import { seededRandom } from '../util/random';

function main(): void {
  const { values } = parseArgs({ options: { interactions: { type: 'string' }, json: { type: 'boolean', default: false }, seed: { type: 'string', default: '1' } } });
  if (!values.interactions) {
    console.error('Usage: npm run eval:personalization -- --interactions FILE.jsonl [--json] [--seed N]\nEach line: {"user","item","tags":[...],"reward":number,"ts":"ISO time"}');
    process.exit(2);
  }
  const log = readInteractions(values.interactions);
  if (log.skipped > 0) console.error(`Skipped ${log.skipped} unusable line(s):\n  ${log.problems.join('\n  ')}`);
  const started = performance.now();
  const result = replayInteractions(log.interactions, seededRandom(Number(values.seed)));
  const seconds = (performance.now() - started) / 1000;
  if (values.json) {
    console.log(JSON.stringify({ hit_rate_at_10: result.hitRate, popularity_hit_rate_at_10: result.popularityHitRate, random_hit_rate_at_10: result.randomHitRate, users: result.users }));
    return;
  }
  const pct = (rate: number) => `${(100 * rate).toFixed(2)}%`;
  console.log(`${log.interactions.length} interactions, ${result.users} users, ${result.evaluated} held-out predictions (each user's last 3), ${seconds.toFixed(1)} s\n`);
  console.log('| ranker | hit-rate@10 |');
  console.log('|---|---:|');
  console.log(`| Rapport (learned interests + popularity prior) | ${pct(result.hitRate)} |`);
  console.log(`| popularity (most interactions so far) | ${pct(result.popularityHitRate)} |`);
  console.log(`| random | ${pct(result.randomHitRate)} |`);
}

main();
