// Browser tests of the app shell against a running AstroAxis server.
//   BASE_URL=http://127.0.0.1:8080 npm run e2e
// Optional: CHROMIUM_PATH (default /usr/bin/chromium), SCREENSHOT_DIR (writes PNGs there).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, expectHeading, launchContext, openPage, screenshot, TIMEOUT } from './support/browser.mjs';

let context;
let closeContext;
let appInfo = {};

before(async () => {
  ({ context, close: closeContext } = await launchContext());
  const response = await context.request.get(`${BASE_URL}/api/v1/app-info`);
  assert.equal(response.status(), 200, 'GET /api/v1/app-info should answer 200');
  appInfo = await response.json();
});

after(async () => {
  await closeContext?.();
});

const open = (path) => openPage(context, path);

test('/ renders the shell: header, main navigation and heading, without console errors', TIMEOUT, async () => {
  const { page, errors } = await open('/');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en-NG');

  const header = page.getByRole('banner');
  await header.getByText('AstroAxis', { exact: true }).waitFor();
  if (appInfo.companyName) await header.getByText(appInfo.companyName).waitFor();

  const nav = page.getByRole('navigation', { name: 'Main' });
  assert.deepEqual(await nav.getByRole('link').allInnerTexts(), ['Home', 'Sign in']);
  assert.equal(await nav.getByRole('link', { name: 'Home' }).getAttribute('aria-current'), 'page');

  assert.equal(await page.locator('main#main').count(), 1);
  await expectHeading(page, 'Welcome to AstroAxis');
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).waitFor();
  assert.match(await page.title(), /AstroAxis/);

  await screenshot(page, 'home.png');
  await page.setViewportSize({ width: 600, height: 960 });
  await screenshot(page, 'home-tablet.png');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the service worker activates and the manifest is served correctly', TIMEOUT, async () => {
  const { page, errors } = await open('/');
  const state = await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker.state !== 'activated') {
      await new Promise((resolve) => {
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve());
      });
    }
    return worker.state;
  });
  assert.equal(state, 'activated');

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestResponse = await context.request.get(new URL(manifestHref, `${BASE_URL}/`).href);
  assert.equal(manifestResponse.status(), 200);
  assert.match(manifestResponse.headers()['content-type'] ?? '', /^application\/manifest\+json/);
  const manifest = await manifestResponse.json();
  assert.equal(manifest.name, 'AstroAxis');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  for (const icon of manifest.icons) {
    const iconResponse = await context.request.get(new URL(icon.src, `${BASE_URL}/`).href);
    assert.equal(iconResponse.status(), 200, `icon ${icon.src}`);
    assert.match(iconResponse.headers()['content-type'] ?? '', /^image\/png/, `icon ${icon.src}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('once installed, the worker serves the shell offline but never answers /api/', TIMEOUT, async () => {
  const { page } = await open('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });

  const api = await page.goto(`${BASE_URL}/api/v1/app-info`);
  assert.equal(api.fromServiceWorker(), false, '/api/ must go to the server');
  assert.match(api.headers()['content-type'] ?? '', /json/);

  const unknown = await page.goto(`${BASE_URL}/no-such-page`);
  assert.equal(unknown.fromServiceWorker(), true, 'app routes fall back to the cached shell');
  await expectHeading(page, 'Page not found');

  await context.setOffline(true);
  try {
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { name: 'Welcome to AstroAxis' }).waitFor();
    await page.getByRole('banner').getByText('Offline', { exact: true }).waitFor();
    await screenshot(page, 'home-offline.png');
  } finally {
    await context.setOffline(false);
  }
  await page.close();
});

test('/login shows a labelled form and is honest about sign-in availability', TIMEOUT, async () => {
  const { page, errors } = await open('/login');
  await expectHeading(page, 'Sign in');
  const username = page.getByLabel('Username');
  const password = page.getByLabel('Password');
  assert.equal(await username.getAttribute('type'), 'text');
  assert.equal(await password.getAttribute('type'), 'password');
  assert.ok(await username.isVisible());
  assert.ok(await password.isVisible());

  const button = page.getByRole('button', { name: 'Sign in' });
  const status = page.getByRole('main').getByRole('status');
  if (appInfo.features?.login === true) {
    assert.equal(await button.isDisabled(), false);
  } else {
    await status.getByText('Sign-in is not available yet in this version of AstroAxis.').waitFor();
    assert.equal(await button.isDisabled(), true);
  }
  await screenshot(page, 'login.png');
  assert.deepEqual(errors, []);
  await page.close();
});

test('keyboard: the first Tab focuses the skip link, which moves focus to main', TIMEOUT, async () => {
  const { page } = await open('/');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({
    text: document.activeElement?.textContent,
    href: document.activeElement?.getAttribute('href'),
  }));
  assert.deepEqual(focused, { text: 'Skip to main content', href: '#main' });
  assert.ok(await page.getByRole('link', { name: 'Skip to main content' }).isVisible());

  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    'Sign in',
    'Tab after the skip link continues inside main',
  );
  await page.close();
});

test('signed out, the account, administration and audit pages lead to sign-in', TIMEOUT, async () => {
  for (const path of ['/account', '/admin/users', '/admin/roles', '/audit']) {
    const { page, errors } = await open(path);
    await page.waitForURL(`${BASE_URL}/login`);
    await expectHeading(page, 'Sign in', path);
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.deepEqual(await nav.getByRole('link').allInnerTexts(), ['Home', 'Sign in'], path);
    assert.deepEqual(errors, [], path);
    await page.close();
  }
});

test('"Forgot your password?" opens a labelled reset form', TIMEOUT, async () => {
  const { page, errors } = await open('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.waitForURL(`${BASE_URL}/forgot-password`);
  await expectHeading(page, 'Forgot password');
  assert.equal(await page.getByLabel('Username').getAttribute('autocomplete'), 'username');
  assert.ok(await page.getByRole('radio', { name: 'Email' }).isChecked());
  assert.equal(await page.getByRole('radio', { name: 'SMS text message' }).isChecked(), false);
  const send = page.getByRole('button', { name: 'Send code' });
  if (appInfo.features?.login === true) {
    await send.click();
    await page.getByRole('alert').getByText('Enter your username.').waitFor();
  } else {
    await page.getByRole('main').getByText('Sign-in is not available yet in this version of AstroAxis.').waitFor();
    assert.equal(await send.isDisabled(), true);
  }
  await screenshot(page, 'forgot-password.png');
  await page.getByRole('link', { name: 'Back to sign in' }).click();
  await page.waitForURL(`${BASE_URL}/login`);
  assert.deepEqual(errors, []);
  await page.close();
});
