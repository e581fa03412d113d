import { describeBrowser, HeadlessChromium, launchChromium } from '../../helpers/headlessChromium';
import { TestServer, startTestServer } from '../../helpers/testServer';

const CARDS = '.ac-adaptiveCard';

/** The writer's debug view on the chat page in a real browser: a card under each reply says why it came out so. */
describeBrowser('the debug view on the Web Chat page (DEBUG_VIEW=true)', () => {
  let server: TestServer;
  let browser: HeadlessChromium;

  beforeAll(async () => {
    server = await startTestServer({ DEBUG_VIEW: 'true' });
    browser = await launchChromium({ width: 900, height: 1200 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function send(text: string): Promise<void> {
    const box = browser.page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(text);
    await box.press('Enter');
  }

  /** The text of the debug cards on the page, once there are `count` of them. */
  async function cards(count: number): Promise<string[]> {
    await browser.page.locator(CARDS).nth(count - 1).waitFor({ timeout: 15_000 });
    return (await browser.page.locator(CARDS).allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
  }

  it('shows under the replies the intent and runner-up, entities, reply key, variant and profile changes', async () => {
    const { page } = browser;
    await page.goto(server.url);
    await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').first().waitFor({ timeout: 15_000 });
    // The welcome answers the page joining, not a message: it has no card.
    expect(await page.locator(CARDS).count()).toBe(0);

    await send('call me Dana');
    const [named] = await cards(1);
    expect(named).toMatch(/Why this reply/);
    expect(named).toMatch(/reply: name\.saved \(friendly\)/);
    expect(named).toMatch(/variant: name\.saved:friendly:\d/);
    expect(named).toMatch(/changes: .*setName name=Dana/);

    await send('recommend something about cooking');
    const shown = await cards(2);
    const recommended = shown[shown.length - 1];
    expect(recommended).toMatch(/intent: askTopic [01]\.\d\d \(runner-up \w+ [01]\.\d\d\)/);
    expect(recommended).toMatch(/entities: .*topic=cooking/);
    expect(browser.problems).toEqual([]);
    if (process.env.DEBUG_VIEW_SCREENSHOT) await page.screenshot({ path: process.env.DEBUG_VIEW_SCREENSHOT });
  }, 60_000);
});
