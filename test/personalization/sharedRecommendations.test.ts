import { join } from 'node:path';
import { ItemStatsStore, itemStatsKey } from '../../src/personalization/recommend/itemStatsStore';
import type { RankWeights } from '../../src/personalization/recommend/rankItems';
import { loadRankWeights } from '../../src/personalization/recommend/rankWeights';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import { ScanMemoryStorage } from '../../src/storage/scanStorage';
import { rebuildItemStats } from '../../src/personalization/recommend/rebuildItemStats';
import { createTestRapport, isReply, realCatalog, say, sayText } from '../helpers/testRapport';

const weights: RankWeights = { content: 1, neighbour: 4, trending: 0.5, trendHalfLifeDays: 3, coHalfLifeDays: 7, likeHalfLifeDays: 30, maxNeighbours: 50 };

function titleIn(text: string | undefined) {
  return realCatalog().items.find((item) => text?.includes(item.title));
}

describe('recommendations from what other people liked, through the bot', () => {
  it('a 👍 updates the shared item statistics in the store, which hold no user ids', async () => {
    const storage = new MemoryStorage();
    const t = createTestRapport({ storage, rankWeights: weights });
    const first = titleIn((await say(t.adapter, 'recommend something'))[0].text)!;
    await say(t.adapter, '👍');
    const second = titleIn((await say(t.adapter, 'recommend something'))[0].text)!;
    await say(t.adapter, '👍');
    const stored = await storage.read([itemStatsKey(first.id), itemStatsKey(second.id)]);
    expect(stored[itemStatsKey(first.id)]).toMatchObject({ count: 1, neighbours: { [second.id]: expect.any(Number) } });
    expect(stored[itemStatsKey(second.id)]).toMatchObject({ count: 1, neighbours: { [first.id]: expect.any(Number) } });
    expect(JSON.stringify(stored)).not.toContain('dana-1');
    expect((await t.rapport.profiles.load('test', 'dana-1')).profile.learned.likedItems?.map((like) => like.id)).toEqual([first.id, second.id]);
  });

  it('recommends what people who liked the same item also liked, and /why says so', async () => {
    const storage = new MemoryStorage();
    const t = createTestRapport({ storage, rankWeights: weights });
    const liked = titleIn((await say(t.adapter, 'recommend something'))[0].text)!;
    // Others liked `liked` together with an item on another topic (seeded through the store the bot shares).
    const partner = realCatalog().items.find((item) => !item.topics.some((topic) => liked.topics.includes(topic)))!;
    const others = new ItemStatsStore(storage, weights);
    const at = t.clock.now().getTime();
    for (let i = 0; i < 5; i++) await others.recordLike(partner.id, [{ id: liked.id, at }], at);
    await say(t.adapter, '👍');
    t.clock.advance(10_000);
    const next = titleIn((await say(t.adapter, 'recommend something'))[0].text);
    expect(next?.id).toBe(partner.id);
    const why = (await sayText(t.adapter, '/why')).join('\n').split('\n');
    expect(why.some((line) => isReply(line, 'why.reason.alsoLiked', { label: liked.title }))).toBe(true);
  });

  it('cold start: new people get what is popular now far more often than chance, and items nobody liked yet still come up', async () => {
    const storage = new MemoryStorage();
    const t = createTestRapport({ storage, rankWeights: loadRankWeights(join(__dirname, '..', '..', 'data', 'recommendWeights.json')).bot!.weights });
    const popular = realCatalog().items[7];
    const others = new ItemStatsStore(storage, weights);
    for (let i = 0; i < 10; i++) await others.recordLike(popular.id, [], t.clock.now().getTime());
    const firstPicks: string[] = [];
    for (let i = 0; i < 24; i++) firstPicks.push(titleIn((await say(t.adapterFor(`new-${i}`), 'recommend something'))[0].text)!.id);
    const popularShare = firstPicks.filter((id) => id === popular.id).length / firstPicks.length;
    // Far above chance (1 in 120), while exploration still spreads first picks over topics.
    expect(popularShare).toBeGreaterThan(10 / realCatalog().items.length);
    expect(new Set(firstPicks.filter((id) => id !== popular.id)).size).toBeGreaterThan(3);
  });

  it('with learning paused, a 👍 is neither kept nor shared', async () => {
    const storage = new MemoryStorage();
    const t = createTestRapport({ storage, rankWeights: weights });
    await say(t.adapter, '/private on');
    const item = titleIn((await say(t.adapter, 'recommend something'))[0].text)!;
    await say(t.adapter, '👍');
    expect(await storage.read([itemStatsKey(item.id)])).toEqual({});
    expect((await t.rapport.profiles.load('test', 'dana-1')).profile.learned.likedItems ?? []).toEqual([]);
  });

  it('recs:rebuild rebuilds the statistics from the likes kept in profiles', async () => {
    const storage = new ScanMemoryStorage();
    const t = createTestRapport({ storage, rankWeights: weights });
    for (const person of ['ann', 'bob']) {
      const channel = t.adapterFor(person);
      for (let i = 0; i < 3; i++) {
        await say(channel, 'recommend something');
        await say(channel, '👍');
        t.clock.advance(60_000);
      }
    }
    const keys: string[] = [];
    for await (const [key] of storage.scan('recs/item/')) keys.push(key);
    const before = await storage.read(keys);
    await storage.delete(keys);
    await storage.write({ [itemStatsKey('gone')]: { count: 1, at: 0, neighbours: {} } });
    expect(await rebuildItemStats(storage, weights)).toMatchObject({ profiles: 2, likes: 6, items: keys.length });
    const after = await storage.read([...keys, itemStatsKey('gone')]);
    expect(Object.keys(after).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(after[key].count).toBeCloseTo(before[key].count, 6);
      expect(Object.keys(after[key].neighbours).sort()).toEqual(Object.keys(before[key].neighbours).sort());
    }
  });

  it('ships blend weights chosen by the tuning commands, for the bot and for the replay', () => {
    const file = loadRankWeights(join(__dirname, '..', '..', 'data', 'recommendWeights.json'));
    expect(file.bot?.chosenBy).toMatch(/tune:personalization:bot/);
    expect(file.replay?.chosenBy).toMatch(/tune:personalization/);
  });
});
