import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStorage } from '../../src/storage/createStorage';
import { silentLogger } from '../../src/util/logger';
import { ManualClock } from '../../src/util/clock';
import { seededRandom } from '../../src/util/random';
import { UnmatchedLog } from '../../src/ops/unmatched/unmatchedLog';
import { loadDialogs } from '../../src/content/loadDialogs';
import { buildReport } from '../../src/cli/dialogsReport/buildReport';
import { renderHtml } from '../../src/cli/dialogsReport/renderHtml';
import { readUnmatched, summarize } from '../../src/cli/dialogsReport';
import { replyCoverage } from '../../src/cli/dialogsReport/replyCoverage';
import { realContent } from '../helpers/testRapport';

const FIXTURE = join(__dirname, 'fixtures', 'report');

describe('dialogs:report', () => {
  const report = buildReport(FIXTURE, loadDialogs(FIXTURE), { folds: 3, required: ['greet', 'fallback'] });
  const warning = (kind: string) => report.warnings.filter((w) => w.kind === kind).map((w) => `${(w.file ?? '').split('/').pop()}:${w.line ?? '-'} ${w.message}`);

  it('scores every intent by cross-validation on its own examples', () => {
    expect(report.intents.map((r) => r.intent).sort()).toEqual(['bye', 'greet', 'lights', 'wave']);
    for (const row of report.intents) {
      expect(row.precision).toBeGreaterThanOrEqual(0);
      expect(row.recall).toBeLessThanOrEqual(1);
    }
    expect(report.totals).toEqual(expect.objectContaining({ intents: 4, examples: 44, outOfScopeExamples: 4 }));
    expect(report.heatmap.labels[report.heatmap.labels.length - 1]).toBe('none');
  });

  it('warns about a reply the code asks for that content lacks, and one nothing reaches', () => {
    expect(warning('missingReply')).toEqual([expect.stringMatching(/reply "fallback" is asked for by the code but missing/)]);
    expect(warning('unreachableReply')).toEqual([expect.stringMatching(/^a\.yaml:18 reply "orphan" is never said/)]);
  });

  it('warns about near-duplicates under two intents, with both places', () => {
    expect(warning('nearDuplicate')).toEqual([expect.stringMatching(/^a\.yaml:10 "hello there my friends" \(wave\) is nearly "hello there my friend" \(greet, .*a\.yaml:4\)/)]);
  });

  it('warns about intents with too few or too alike examples', () => {
    expect(warning('fewExamples')).toEqual([expect.stringMatching(/^a\.yaml:7 intent "lights" has 4 examples/)]);
    expect(warning('sameWording')).toEqual([expect.stringMatching(/^a\.yaml:7 intent "lights" says the same thing/)]);
  });

  it('renders one self-contained page that escapes content, and a summary naming the warnings', () => {
    const html = renderHtml({ ...report, confusedPairs: [{ intents: ['a', 'b'], count: 1, crossings: [{ intent: 'a', text: '<script>alert(1)</script>', file: 'x.yaml', line: 2, takenFor: 'b', score: 0.5 }] }] }, new Date(0));
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('&#60;script&#62;');
    expect(summarize(report, 'out.html')).toMatch(/1 missingReply, 1 unreachableReply, 1 nearDuplicate, 1 fewExamples, 1 sameWording/);
  });
});

describe('reply coverage of the shipped dialogs', () => {
  it('has every reply the code asks for, and none that nothing reaches', () => {
    expect(replyCoverage(realContent())).toEqual({ missing: [], unreachable: [] });
  });
});

describe('unmatched messages in the report', () => {
  it('reads them from the store STORAGE_URL names, also while a running bot holds the file store', async () => {
    expect(await readUnmatched({ STORAGE_URL: 'memory:' })).toEqual({ entries: [] });
    const folder = mkdtempSync(join(tmpdir(), 'rapport-report-store-'));
    const url = `file:${join(folder, 'store.json')}`;
    const running = await createStorage(url, silentLogger);
    try {
      const log = new UnmatchedLog(running.storage, new ManualClock(Date.parse('2026-03-02T10:00:00Z')), seededRandom(1));
      log.record('book a table for <number>', 'outOfScope');
      log.record('book a table for <number>', 'lowConfidence');
      log.record('whats the weather', 'outOfScope');
      await log.flush();
      // The bot keeps the store open (and its lock): the report reads it beside the bot.
      expect(await readUnmatched({ STORAGE_URL: url })).toEqual({
        entries: [expect.objectContaining({ text: 'book a table for <number>', count: 2 }), expect.objectContaining({ text: 'whats the weather', count: 1 })],
      });
      expect(await running.storage.read(['insights/unmatched'])).toHaveProperty(['insights/unmatched']);
    } finally {
      await running.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('lists them, escaped, in the page and the summary', () => {
    const report = buildReport(FIXTURE, loadDialogs(FIXTURE), { folds: 2, required: [] });
    const withUnmatched = { ...report, unmatched: { entries: [{ text: 'book a <name> table', count: 3, outOfScope: 2, lowConfidence: 1, firstSeen: '2026-03-01', lastSeen: '2026-03-02' }] } };
    expect(renderHtml(withUnmatched, new Date(0))).toContain('<td>book a &#60;name&#62; table</td><td>3</td>');
    expect(summarize(withUnmatched, 'out.html')).toContain('unmatched messages (most said): "book a <name> table" ×3');
  });
});
