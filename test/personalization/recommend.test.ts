import { rankCatalog } from '../../src/personalization/recommend/recommend';
import { sampleBeta } from '../../src/personalization/recommend/betaSample';
import { newProfile } from '../../src/profile/userProfile';
import { seededRandom } from '../../src/util/random';
import { realCatalog } from '../helpers/testRapport';

const now = new Date('2026-11-25T10:00:00Z');

describe('rankCatalog', () => {
  it('ranks explicit topics first and skips removed topics, seen and hidden items', () => {
    const profile = newProfile('test', 'u');
    profile.explicit.topics = ['music'];
    profile.explicit.blockedTopics = ['sports'];
    const ranked = rankCatalog(profile, realCatalog(), {}, now, seededRandom(1));
    expect(ranked[0].item.topics).toContain('music');
    expect(ranked[0].reasons[0]).toMatchObject({ kind: 'explicitTopic', label: 'music' });
    expect(ranked.some((r) => r.item.topics.includes('sports'))).toBe(false);
    profile.memory.seenItems = [ranked[0].item.id];
    profile.memory.hiddenItems = [ranked[1].item.id];
    const again = rankCatalog(profile, realCatalog(), {}, now, seededRandom(1)).map((r) => r.item.id);
    expect(again).not.toContain(ranked[0].item.id);
    expect(again).not.toContain(ranked[1].item.id);
  });

  it('explores: with no evidence, different topics surface across draws', () => {
    const profile = newProfile('test', 'u');
    const random = seededRandom(5);
    const tops = new Set(Array.from({ length: 30 }, () => rankCatalog(profile, realCatalog(), {}, now, random)[0].item.topics[0]));
    expect(tops.size).toBeGreaterThan(4);
  });

  it('uses learned interests only while learning is on', () => {
    const profile = newProfile('test', 'u');
    profile.learned.interests = { finance: 5 };
    profile.learned.interestsAt = now.toISOString();
    expect(rankCatalog(profile, realCatalog(), {}, now, seededRandom(2))[0].item.topics).toContain('finance');
    profile.explicit.learningPaused = true;
    const random = seededRandom(2);
    const tops = Array.from({ length: 20 }, () => rankCatalog(profile, realCatalog(), {}, now, random)[0].item.topics[0]);
    expect(tops.filter((topic) => topic === 'finance').length).toBeLessThan(10);
  });

  it('favours new items for "what\'s new" and filters by topic', () => {
    const profile = newProfile('test', 'u');
    const newest = rankCatalog(profile, realCatalog(), { newest: true }, now, seededRandom(3)).slice(0, 5);
    const ages = newest.map((r) => now.getTime() - Date.parse(r.item.publishedAt));
    expect(Math.max(...ages)).toBeLessThan(120 * 24 * 3600 * 1000);
    expect(rankCatalog(profile, realCatalog(), { topic: 'books' }, now, seededRandom(3)).every((r) => r.item.topics.includes('books'))).toBe(true);
  });
});

describe('sampleBeta', () => {
  it('has the right mean', () => {
    const random = seededRandom(9);
    const draws = Array.from({ length: 4000 }, () => sampleBeta(8, 2, random));
    expect(draws.reduce((a, b) => a + b, 0) / draws.length).toBeCloseTo(0.8, 1);
  });
});
