// Shared set-up of the browser tests: headless Chromium, the server under test, page helpers.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL ?? '').replace(/\/+$/, '');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;
export const TIMEOUT = { timeout: 60_000 };

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium with a fresh profile (service workers allowed, 1024x768, en-NG) and
 * returns the context and a function that closes it and removes the profile.
 */
export async function launchContext() {
  assert.ok(BASE_URL, 'Set BASE_URL to the server under test, e.g. http://127.0.0.1:8080');
  const userDataDir = await mkdtemp(join(tmpdir(), 'astroaxis-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1024, height: 768 },
    locale: 'en-NG',
    serviceWorkers: 'allow',
  });
  context.setDefaultTimeout(20_000);
  if (SCREENSHOT_DIR) await mkdir(SCREENSHOT_DIR, { recursive: true });
  const close = async () => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

/**
 * Opens a page that records console errors and uncaught exceptions, and waits for its h1.
 * `ignore` lists console messages that are expected (e.g. a 401 the app handles).
 */
export async function openPage(context, path, { ignore = [] } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (ignore.some((pattern) => pattern.test(message.text()))) return;
    errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(`${BASE_URL}${path}`, { waitUntil: 'load' });
  await page.locator('main h1').waitFor();
  return { page, errors };
}

export async function screenshot(page, name) {
  if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage: true });
}

/**
 * Waits until the page's level-1 heading reads `text`. A client-side navigation changes the URL
 * before React renders the new route, so reading the heading right after waitForURL races it.
 */
export async function expectHeading(page, text, message) {
  const wanted = page.getByRole('heading', { level: 1, name: text, exact: true });
  try {
    await wanted.waitFor({ timeout: 10_000 });
  } catch {
    const actual = await page.getByRole('heading', { level: 1 }).allInnerTexts();
    assert.fail(`${message ? `${message}: ` : ''}expected the heading "${text}", found ${JSON.stringify(actual)}`);
  }
}

/**
 * Waits until `locator` shows text (as the user reads it: innerText, with the gaps between table cells) matching
 * `pattern`. Lists refresh after a change is confirmed, so a row may briefly show the old figures.
 */
export async function expectText(locator, pattern, message, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let actual = [];
  for (;;) {
    actual = await locator.allInnerTexts();
    if (actual.some((text) => pattern.test(text))) return;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${message ? `${message}: ` : ''}expected ${pattern}, found ${JSON.stringify(actual)}`);
}
