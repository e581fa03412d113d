import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, Page, chromium } from 'playwright-core';

/** Debian's chromium (apt-get install -y chromium); CHROMIUM_PATH elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Browser tests run unless SKIP_BROWSER_TESTS=1; a missing chromium fails them (a skipped test would hide a broken page). */
export const describeBrowser: jest.Describe = process.env.SKIP_BROWSER_TESTS === '1' ? describe.skip : describe;

export interface HeadlessChromium {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors seen so far (the browser's own /favicon.ico request excepted). */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh profile in a temporary folder, one page, and every error the page reports collected. */
export async function launchChromium(viewport: { width: number; height: number }): Promise<HeadlessChromium> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with "apt-get update && apt-get install -y chromium" (as .ci/run does), or set SKIP_BROWSER_TESTS=1 to skip this test knowingly.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapport-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, viewport });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
