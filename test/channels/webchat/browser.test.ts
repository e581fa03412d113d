import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, Page, chromium } from 'playwright-core';
import { replyVariants } from '../../../src/content/content';
import { renderTemplate } from '../../../src/content/renderTemplate';
import { TONES, Tone } from '../../../src/vocabulary/tones';
import { realContent, textsOf } from '../../helpers/testRapport';
import { TestServer, startTestServer } from '../../helpers/testServer';

/**
 * The chat page in a real browser: Debian's chromium driven by playwright-core, against the real app.
 * Fails (does not skip) when chromium is missing, unless SKIP_BROWSER_TESTS=1: a skipped test would hide a broken page.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = process.env.SKIP_BROWSER_TESTS === '1';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BOT_TEXTS = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';

const describeBrowser = skip ? describe.skip : describe;

describeBrowser('the Web Chat page in headless Chromium', () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install it with "apt-get update && apt-get install -y chromium" (as .ci/run does), or set SKIP_BROWSER_TESTS=1 to skip this test knowingly.`);
    }
    server = await startTestServer();
    userDataDir = mkdtempSync(join(tmpdir(), 'rapport-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, viewport: { width: 900, height: 900 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('chats, renders suggested actions, and remembers the user across a reload', async () => {
    await page.goto(server.url);
    const userId = await page.locator('#user-id').innerText();
    expect(userId).toMatch(/^web-[0-9a-f]{32}$/);
    // The page joins the conversation on connect, so the bot speaks first.
    await waitForBotText(page, (texts) => texts.length > 0, 'a welcome');

    await send(page, 'hello');
    await waitForBotText(page, (texts) => texts.length >= 2, 'an answer to hello');

    await send(page, 'call me Dana');
    await waitForBotText(page, (texts) => matches(texts.at(-1), 'name.saved', { name: 'Dana' }), 'name.saved for Dana');

    // A mistyped command gets a "did you mean" with a button; clicking it runs /help.
    await send(page, '/hepl');
    await waitForBotText(page, (texts) => matches(texts.at(-1), 'command.suggest', { command: 'hepl', suggestion: 'help' }), 'command.suggest');
    await page.locator('.webchat__suggested-action', { hasText: '/help' }).first().click();
    await waitForBotText(page, (texts) => startsWithOneOf(texts.at(-1), textsOf('help.header')), 'the /help list');

    await send(page, "what's my name?");
    await waitForBotText(page, (texts) => toneOf(texts.at(-1), 'name.known', { name: 'Dana' }) === 'friendly', 'name.known in the friendly tone');
    await send(page, '/tone formal');
    await waitForBotText(page, (texts) => toneOf(texts.at(-1), 'tone.set', { tone: 'formal' }) === 'formal', 'tone.set to formal');
    await send(page, "what's my name?");
    await waitForBotText(page, (texts) => toneOf(texts.at(-1), 'name.known', { name: 'Dana' }) === 'formal', 'name.known in the formal tone');

    // A reload starts a new conversation for the same browser user: name and tone are still known.
    await page.reload();
    expect(await page.locator('#user-id').innerText()).toBe(userId);
    await waitForBotText(page, (texts) => texts.length > 0, 'a welcome back');
    await send(page, "what's my name?");
    await waitForBotText(page, (texts) => toneOf(texts.at(-1), 'name.known', { name: 'Dana' }) === 'formal', 'name.known for Dana, formally, after a reload');
    // /profile answers with an Adaptive Card, which Web Chat renders natively.
    await send(page, '/profile');
    const card = page.locator('.webchat__basic-transcript .ac-adaptiveCard').last();
    await card.waitFor({ timeout: 15_000 });
    expect(await card.innerText()).toContain('Dana');
    if (process.env.BROWSER_TEST_SCREENSHOT) await page.screenshot({ path: process.env.BROWSER_TEST_SCREENSHOT, fullPage: true });

    // "New user" forgets this browser's id: the bot no longer knows the name.
    await page.locator('#new-user').click();
    await page.locator('#user-id').filter({ hasNotText: userId }).waitFor();
    await waitForBotText(page, (texts) => texts.length > 0, 'a welcome for the new user');
    await send(page, "what's my name?");
    await waitForBotText(page, (texts) => matches(texts.at(-1), 'name.unknown'), 'name.unknown for a new user');

    expect(problems).toEqual([]);
  }, 90_000);

  it('starts a new conversation by itself when the bot restarts', async () => {
    const first = await startTestServer();
    const port = new URL(first.url).port;
    const tab = await context.newPage();
    let second: TestServer | undefined;
    try {
      await tab.goto(first.url);
      await waitForBotText(tab, (texts) => texts.length > 0, 'a welcome');
      await send(tab, 'call me Robin');
      await waitForBotText(tab, (texts) => matches(texts.at(-1), 'name.saved', { name: 'Robin' }), 'name.saved for Robin');

      // The bot goes away (its conversations with it) and comes back on the same address.
      await first.close();
      await tab.locator('#notice', { hasText: 'Reconnecting' }).waitFor({ timeout: 15_000 });
      second = await startTestServer({ PORT: port });
      await tab.locator('#notice', { hasText: 'Reconnected' }).waitFor({ timeout: 30_000 });
      await waitForBotText(tab, (texts) => texts.length > 0, 'a welcome in the new conversation');
      await send(tab, '/help');
      await waitForBotText(tab, (texts) => startsWithOneOf(texts.at(-1), textsOf('help.header')), 'the /help list after the restart');
    } finally {
      await tab.close();
      await second?.close();
    }
  }, 90_000);
});

async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

/** Waits until the bot's messages satisfy `done`; on timeout, fails saying what was expected and what was shown. */
async function waitForBotText(page: Page, done: (texts: string[]) => boolean, expected: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let texts: string[] = [];
  while (Date.now() < deadline) {
    texts = (await page.locator(BOT_TEXTS).allInnerTexts()).map(normalize);
    if (done(texts)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Waited ${timeoutMs} ms for ${expected}; the page shows these bot messages:\n${texts.join('\n---\n')}`);
}

/** Web Chat renders markdown with typographic quotes; compare text, not typography. */
function normalize(text: string): string {
  return text.replace(/\u2026/g, '...').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

function matches(text: string | undefined, key: string, values: Record<string, string> = {}): boolean {
  return textsOf(key, values).map(normalize).includes(normalize(text ?? ''));
}

/** The tone whose variant of `key` the shown text is, if any. */
function toneOf(text: string | undefined, key: string, values: Record<string, string> = {}): string | undefined {
  const content = realContent();
  const reply = content.replies.get(key);
  const tones: Tone[] = reply && !Array.isArray(reply) ? TONES.filter((tone) => tone in reply) : ['friendly'];
  const shown = normalize(text ?? '');
  return tones.find((tone) => replyVariants(content, key, tone).some((variant) => normalize(renderTemplate(variant.text, values)) === shown));
}

function startsWithOneOf(text: string | undefined, prefixes: string[]): boolean {
  return prefixes.some((prefix) => normalize(text ?? '').startsWith(normalize(prefix)));
}
