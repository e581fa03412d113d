import { ItemStats, likeUpdates, trendingCount, updateStats } from '../../src/personalization/recommend/itemStats';
import { rankItems, RankWeights } from '../../src/personalization/recommend/rankItems';

const DAY = 24 * 60 * 60 * 1000;
const t0 = Date.UTC(2026, 0, 1);
const decay = { trendHalfLifeDays: 2, coHalfLifeDays: 10, maxNeighbours: 3 };
const weights: RankWeights = { ...decay, trending: 1, neighbour: 1, content: 0.5, likeHalfLifeDays: 30 };

/** Feeds likes (person, item, day) through likeUpdates/updateStats as the bot and the replay do. */
function statsFrom(likes: Array<[string, string, number]>): Map<string, ItemStats> {
  const stats = new Map<string, ItemStats>();
  const history = new Map<string, Array<{ id: string; at: number }>>();
  for (const [person, item, day] of likes) {
    const now = t0 + day * DAY;
    const earlier = history.get(person) ?? [];
    for (const [id, update] of likeUpdates(item, earlier, now, weights.likeHalfLifeDays)) stats.set(id, updateStats(stats.get(id), update, now, decay));
    history.set(person, [...earlier, { id: item, at: now }]);
  }
  return stats;
}

describe('item statistics', () => {
  it('count likes with a half-life and hold no user ids', () => {
    const stats = statsFrom([['ann', 'a', 0], ['bob', 'a', 0]]);
    expect(trendingCount(stats.get('a'), t0, decay)).toBeCloseTo(2);
    expect(trendingCount(stats.get('a'), t0 + 2 * DAY, decay)).toBeCloseTo(1);
    expect(JSON.stringify([...stats])).not.toMatch(/ann|bob/);
  });

  it('link items liked by the same person, both ways', () => {
    const stats = statsFrom([['ann', 'a', 0], ['ann', 'b', 1]]);
    expect(stats.get('a')!.neighbours.b).toBeGreaterThan(0);
    expect(stats.get('b')!.neighbours.a).toBeGreaterThan(0);
  });

  it('stay bounded: neighbours are pruned to the strongest', () => {
    const likes: Array<[string, string, number]> = [];
    for (let i = 0; i < 20; i++) likes.push([`p${i}`, 'hub', 0], [`p${i}`, `item${i}`, 0]);
    // item0 is also liked with hub by many people: it must survive pruning.
    for (let i = 0; i < 10; i++) likes.push([`q${i}`, 'hub', 0], [`q${i}`, 'item0', 0]);
    const hub = statsFrom(likes).get('hub')!;
    expect(Object.keys(hub.neighbours).length).toBeLessThanOrEqual(2 * decay.maxNeighbours);
    expect(Object.keys(hub.neighbours)).toContain('item0');
  });

  it('forget old co-occurrence: a recent pairing outweighs an old one of the same size', () => {
    const stats = statsFrom([['ann', 'x', 0], ['ann', 'old', 0], ['bob', 'x', 60], ['bob', 'new', 60]]);
    const x = stats.get('x')!.neighbours;
    expect(x.new).toBeGreaterThan(10 * x.old);
  });
});

describe('rankItems', () => {
  const candidates = ['a', 'b', 'c', 'd'].map((id) => ({ id, fit: 0 }));

  it('ranks what is popular now first when nothing is known about the person', () => {
    const stats = statsFrom([['p1', 'c', 9], ['p2', 'c', 9], ['p3', 'a', 0], ['p4', 'a', 0], ['p5', 'a', 0]]);
    const ranked = rankItems({ candidates, stats: (id) => stats.get(id), likes: [], weights, now: t0 + 10 * DAY });
    expect(ranked[0]).toMatchObject({ id: 'c', neighbour: 0 });
    expect(ranked.map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('blends in what people who liked the same items also liked, and says which like led there', () => {
    const stats = statsFrom([['p1', 'x', 0], ['p1', 'd', 0], ['p2', 'x', 0], ['p2', 'd', 0], ['p3', 'c', 0], ['p4', 'c', 0], ['p5', 'c', 0]]);
    const ranked = rankItems({ candidates, stats: (id) => stats.get(id), likes: [{ id: 'x', at: t0 }], weights, now: t0 });
    expect(ranked[0]).toMatchObject({ id: 'd', because: 'x' });
  });

  it('lets content fit carry an item nobody has liked yet, and keeps pinned candidates first', () => {
    const stats = statsFrom([['p1', 'a', 0]]);
    const fitted = candidates.map((candidate) => ({ ...candidate, fit: candidate.id === 'b' ? 3 : 0, pinned: candidate.id === 'd' }));
    const ranked = rankItems({ candidates: fitted, stats: (id) => stats.get(id), likes: [], weights, now: t0 });
    expect(ranked.map((r) => r.id).slice(0, 3)).toEqual(['d', 'b', 'a']);
  });

  it('ranks only the candidates it is given, each once, and a pool keeps the best', () => {
    const stats = statsFrom([['p1', 'a', 0], ['p2', 'b', 0], ['p3', 'b', 0]]);
    const all = rankItems({ candidates, stats: (id) => stats.get(id), likes: [], weights, now: t0 }).map((r) => r.id);
    expect(new Set(all).size).toBe(candidates.length);
    const pooled = rankItems({ candidates, stats: (id) => stats.get(id), likes: [], weights, now: t0, pool: 1, limit: 1 }).map((r) => r.id);
    expect(pooled).toEqual([all[0]]);
  });
});
