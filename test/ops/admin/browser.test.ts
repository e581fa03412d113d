import type { BrowserContext, Page } from 'playwright-core';
import { contentList } from '../../../src/content/content';
import { ManualClock } from '../../../src/util/clock';
import { realContent } from '../../helpers/testRapport';
import { TestServer, startTestServer } from '../../helpers/testServer';
import { describeBrowser, HeadlessChromium, launchChromium } from '../../helpers/headlessChromium';

/**
 * The insights page in a real browser (Debian's chromium, playwright-core): signs in through the form and
 * checks every chart is drawn. Fails when chromium is missing unless SKIP_BROWSER_TESTS=1, like the chat
 * page's test; ADMIN_SCREENSHOT=path saves the page (the README's screenshot comes from here).
 */
const TOKEN = 'admin-token-for-the-browser-test-0123';
const DAY = 24 * 60 * 60 * 1000;

/** In the page (no DOM types here): each chart's type, the sum of its data, and how many pixels it painted. */
const CHARTS_DRAWN = `[...document.querySelectorAll('canvas[data-chart]')].map((canvas) => {
  const chart = Chart.getChart(canvas);
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted += 1;
  const total = chart ? chart.data.datasets.flatMap((dataset) => dataset.data).reduce((sum, value) => sum + (value ?? 0), 0) : -1;
  return { id: canvas.id, type: chart && chart.config.type, total, painted };
})`;

describeBrowser('the insights page in headless Chromium', () => {
  let server: TestServer;
  let browser: HeadlessChromium;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const clock = new ManualClock('2026-03-02T09:00:00Z');
    server = await startTestServer({ ADMIN_TOKEN: TOKEN }, { clock });
    // A week of a few people: greetings, recommendations with feedback, and messages out of scope.
    const thumbsUp = contentList(realContent(), 'feedback.up')[0];
    for (let day = 0; day < 6; day++) {
      for (let person = 0; person <= day % 4; person++) {
        const user = `browser-user-${person}`;
        await server.say(user, 'hello');
        await server.say(user, 'recommend something');
        await server.say(user, person % 2 === 0 ? thumbsUp : 'switch on the lamp');
      }
      clock.advance(DAY);
    }
    browser = await launchChromium({ width: 1280, height: 1000 });
    ({ context, page } = browser);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends a visitor to the login form, refuses a wrong token, and lets the right one in', async () => {
    await page.goto(`${server.url}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await page.fill('#token', 'not-the-right-token-at-all-000');
    await page.click('button[type=submit]');
    await page.waitForURL(/\/admin\/login\?failed=1$/);
    expect(await page.isVisible('#failed')).toBe(true);

    await page.fill('#token', TOKEN);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/admin$/);
    const cookies = await context.cookies(`${server.url}/admin`);
    expect(cookies).toEqual([expect.objectContaining({ name: 'rapport_admin', httpOnly: true, secure: true, sameSite: 'Strict', path: '/admin' })]);
  }, 60_000);

  it('draws every chart with Chart.js from the server, with data and no error', async () => {
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const charts = (await page.evaluate(CHARTS_DRAWN)) as Array<{ id: string; type?: string; total: number; painted: number }>;
    expect(charts.map((chart) => chart.id)).toEqual(['turns', 'users', 'stages', 'intents', 'recommendations', 'push']);
    for (const chart of charts) {
      expect(chart.type).toBeDefined();
      expect(chart.painted).toBeGreaterThan(1000);
      // Push messages were never switched on here: that chart is drawn, empty.
      if (chart.id !== 'push') expect(chart.total).toBeGreaterThan(0);
    }
    expect(await page.textContent('#summary')).toMatch(/^4 profiles · computed/);
    if (process.env.ADMIN_SCREENSHOT) await page.screenshot({ path: process.env.ADMIN_SCREENSHOT, fullPage: true });
    expect(browser.problems).toEqual([]);
  }, 60_000);
});
