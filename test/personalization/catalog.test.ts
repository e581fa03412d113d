import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogError, CatalogProblem, loadCatalog, TOPICS } from '../../src/personalization/catalog';

const SHIPPED = join(__dirname, '..', '..', 'data', 'catalog.json');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-catalog-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes `content` to a temp file and returns the CatalogError that loading it throws. */
function errorFor(name: string, content: unknown): CatalogError {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  try {
    loadCatalog(path);
  } catch (err) {
    if (err instanceof CatalogError) return err;
    throw err;
  }
  throw new Error('expected a CatalogError');
}

const goodItem = {
  id: 'cooking-sourdough-basics',
  title: 'Sourdough Bread for Beginners',
  summary: 'Sourdough rises with a starter of wild yeast. Your first loaf takes patience more than skill.',
  link: 'https://en.wikipedia.org/wiki/Sourdough',
  topics: ['cooking'],
  tags: ['baking', 'bread', 'beginner'],
  publishedAt: '2025-09-01',
};

describe('the shipped catalog', () => {
  const catalog = loadCatalog(SHIPPED);

  it('loads with enough items and topics', () => {
    expect(catalog.items.length).toBeGreaterThanOrEqual(100);
    const perMainTopic = new Map<string, number>();
    for (const item of catalog.items) perMainTopic.set(item.topics[0], (perMainTopic.get(item.topics[0]) ?? 0) + 1);
    const wellStocked = [...perMainTopic].filter(([, count]) => count >= 8);
    expect(wellStocked.length).toBeGreaterThanOrEqual(8);
    expect(catalog.topics.length).toBeGreaterThanOrEqual(8);
    for (const topic of catalog.topics) expect(TOPICS).toContain(topic);
  });

  it('has unique ids, indexed by id', () => {
    const ids = catalog.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(catalog.byId.size).toBe(ids.length);
    for (const item of catalog.items) expect(catalog.byId.get(item.id)).toBe(item);
  });

  it('follows the content conventions', () => {
    const links = new Set<string>();
    for (const item of catalog.items) {
      expect(item.id.startsWith(`${item.topics[0]}-`)).toBe(true);
      expect(item.topics.length).toBeLessThanOrEqual(2);
      expect(item.tags.length).toBeGreaterThanOrEqual(3);
      expect(item.tags.length).toBeLessThanOrEqual(6);
      expect(item.link).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/\S+$/);
      expect(item.publishedAt >= '2025-06-01' && item.publishedAt <= '2026-11-20').toBe(true);
      expect(links.has(item.link)).toBe(false);
      links.add(item.link);
    }
    // Some items genuinely span two topics, and dates are spread so "what's new" means something.
    expect(catalog.items.filter((item) => item.topics.length === 2).length).toBeGreaterThanOrEqual(10);
    expect(new Set(catalog.items.map((item) => item.publishedAt.slice(0, 7))).size).toBeGreaterThanOrEqual(12);
  });
});

describe('loadCatalog', () => {
  it('reports a duplicate id, a bad URL and a missing field together, with item index and id', () => {
    const noSummary = Object.fromEntries(Object.entries(goodItem).filter(([key]) => key !== 'summary'));
    const err = errorFor('bad.json', {
      items: [
        goodItem,
        { ...goodItem, title: 'Another sourdough' },
        { ...goodItem, id: 'cooking-knife-skills', link: 'http://example.com/knives' },
        { ...noSummary, id: 'cooking-risotto' },
      ],
    });
    expect(err.code).toBe('CONTENT_INVALID');
    expect(err.problems).toEqual(
      expect.arrayContaining<CatalogProblem>([
        { index: 1, id: 'cooking-sourdough-basics', message: 'id "cooking-sourdough-basics" is already used by item 0' },
        { index: 2, id: 'cooking-knife-skills', message: expect.stringMatching(/^link: must be an https URL/) },
        { index: 3, id: 'cooking-risotto', message: 'summary: is required' },
      ]),
    );
    expect(err.problems).toHaveLength(3);
    expect(err.message).toContain('3 problem(s)');
    expect(err.message).toContain('item 3 ("cooking-risotto"): summary: is required');
  });

  it('reports unknown fields, bad values and unknown topics in plain words', () => {
    const err = errorFor('values.json', {
      items: [
        { ...goodItem, id: 'Cooking Sourdough', topics: [], tags: ['Baking'], publishedAt: '2025-13-40', extra: 1 },
        { ...goodItem, id: 'knitting-basics', topics: ['knitting'], title: 'x'.repeat(81) },
      ],
    });
    const messages = err.problems.map((p) => `${p.index ?? '-'} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '0 unknown field "extra"',
        expect.stringMatching(/^0 id: must be kebab-case/),
        '0 topics: needs at least one topic',
        expect.stringMatching(/^0 tags\.0: must be lowercase/),
        expect.stringMatching(/^0 publishedAt: must be a date/),
        expect.stringMatching(/^1 topics\.0: must be one of: cooking, running/),
        '1 title: is longer than 80 characters',
      ]),
    );
  });

  it('reports a file that is not JSON, or has no items list', () => {
    expect(errorFor('broken.json', '{ "items": [').problems).toEqual([{ message: expect.stringMatching(/^is not valid JSON/) }]);
    expect(errorFor('empty.json', {}).problems).toEqual([{ message: 'items: is required' }]);
    expect(() => loadCatalog(join(dir, 'missing.json'))).toThrow(expect.objectContaining({ code: 'CONTENT_INVALID' }));
  });

  it('lists only the topics that have items, in canonical order', () => {
    const path = join(dir, 'small.json');
    const second = { ...goodItem, id: 'science-maillard', topics: ['science', 'cooking'] };
    writeFileSync(path, JSON.stringify({ items: [second, goodItem] }));
    const catalog = loadCatalog(path);
    expect(catalog.topics).toEqual(['cooking', 'science']);
    expect(catalog.byId.get('science-maillard')?.topics).toEqual(['science', 'cooking']);
  });
});
