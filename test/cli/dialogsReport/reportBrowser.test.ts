import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDialogs } from '../../../src/content/loadDialogs';
import { buildReport } from '../../../src/cli/dialogsReport/buildReport';
import { renderHtml } from '../../../src/cli/dialogsReport/renderHtml';
import { describeBrowser, HeadlessChromium, launchChromium } from '../../helpers/headlessChromium';
import { DIALOGS_DIR } from '../../helpers/testRapport';

const FIXTURE = join(__dirname, '..', 'fixtures', 'report');
/** UPDATE_SCREENSHOT=1 builds the report on the shipped dialogs and saves the README's picture of it. */
const SCREENSHOT = join(__dirname, '..', '..', '..', 'docs', 'dialogs-report.png');
const updateScreenshot = process.env.UPDATE_SCREENSHOT === '1';

describeBrowser('the dialogs report in headless Chromium', () => {
  let browser: HeadlessChromium;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rapport-report-'));
    browser = await launchChromium({ width: 1100, height: 1400 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('renders its summary, warnings, heatmap and tables, with no errors and no request leaving the file', async () => {
    const dir = updateScreenshot ? relative(process.cwd(), DIALOGS_DIR) : FIXTURE;
    const report = buildReport(dir, loadDialogs(dir), updateScreenshot ? {} : { folds: 3, required: ['greet', 'fallback'] });
    const file = join(folder, 'report.html');
    writeFileSync(file, renderHtml(report, updateScreenshot ? new Date() : new Date(0)));
    const requests: string[] = [];
    browser.page.on('request', (request) => requests.push(request.url()));
    await browser.page.goto(pathToFileURL(file).href);

    await expect(browser.page.locator('h1').innerText()).resolves.toBe('Rapport dialogs report');
    await expect(browser.page.locator('#warning-count b').innerText()).resolves.toBe(String(report.warnings.length));
    expect(await browser.page.locator('#warnings li').count()).toBe(report.warnings.length);
    expect(await browser.page.locator('#intents tbody tr').count()).toBe(report.intents.length);
    const heatmap = await browser.page.locator('#heatmap-svg').boundingBox();
    expect(heatmap?.width).toBeGreaterThan(100);
    expect(await browser.page.locator('#heatmap-svg rect').count()).toBe(report.heatmap.labels.length ** 2);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(browser.problems).toEqual([]);

    if (updateScreenshot) {
      mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
      await browser.page.screenshot({ path: SCREENSHOT, fullPage: false });
    }
  }, 120_000);
});
