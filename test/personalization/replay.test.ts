import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticInteractions } from '../../bench/makeInteractions';
import { readInteractions } from '../../src/personalization/evaluation/interactions';
import { replayInteractions, trendingHitRates } from '../../src/personalization/evaluation/replay';
import { loadRankWeights } from '../../src/personalization/recommend/rankWeights';
import { seededRandom } from '../../src/util/random';

const ROOT = join(__dirname, '..', '..');

describe('replaying an interaction log', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-replay-'));
    file = join(dir, 'log.jsonl');
    const lines = syntheticInteractions({ users: 300, items: 200, tags: 20, perUser: 10, seed: 11 });
    writeFileSync(file, `${lines.join('\n')}\n{"user": "broken"}\nnot json\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads good lines in time order and reports bad ones', () => {
    const log = readInteractions(file);
    expect(log.skipped).toBe(2);
    expect(log.interactions.length).toBe(3000);
    const times = log.interactions.map((i) => Date.parse(i.ts));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('the ranker with the tuned weights beats popularity, trending and random on users with real tastes', () => {
    const tuned = loadRankWeights(join(ROOT, 'data', 'recommendWeights.json')).replay!;
    const result = replayInteractions(readInteractions(file).interactions, seededRandom(1), { weights: tuned.weights, trendingHalfLifeDays: tuned.trendingBaselineHalfLifeDays });
    expect(result.users).toBe(300);
    expect(result.evaluated).toBe(900);
    expect(result.laterThird.evaluated).toBeGreaterThan(0);
    expect(result.laterThird.evaluated).toBeLessThan(900);
    expect(result.hitRate).toBeGreaterThan(result.popularityHitRate);
    expect(result.hitRate).toBeGreaterThan(result.trendingHitRate);
    expect(result.popularityHitRate).toBeGreaterThan(result.randomHitRate);
    expect(result.ndcg).toBeGreaterThan(0);
    expect(result.ndcg).toBeLessThanOrEqual(result.hitRate);
  });

  it('one pass scores the trending baseline at several half-lives, the same as the full replay', () => {
    const log = readInteractions(file).interactions;
    const weights = { trending: 1, neighbour: 0, content: 0, trendHalfLifeDays: 3, likeHalfLifeDays: 30, coHalfLifeDays: 30, maxNeighbours: 50 };
    const [threeDays] = trendingHitRates(log, [3, 30]);
    expect(threeDays).toBeCloseTo(replayInteractions(log, seededRandom(1), { weights, trendingHalfLifeDays: 3 }).trendingHitRate, 10);
  });

  it('npm run eval:personalization -- --json prints exactly one JSON line with the agreed keys', () => {
    const out = execFileSync(process.execPath, ['-r', join(ROOT, 'test', 'helpers', 'registerTs.js'), join(ROOT, 'src', 'cli', 'evalPersonalization.ts'), '--interactions', file, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]);
    for (const key of ['hit_rate_at_10', 'ndcg_at_10', 'popularity_hit_rate_at_10', 'trending_hit_rate_at_10', 'random_hit_rate_at_10', 'users', 'trending_half_life_days']) expect(typeof json[key]).toBe('number');
    expect(typeof json.later_third.hit_rate_at_10).toBe('number');
  });
});
