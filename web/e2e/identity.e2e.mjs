// Browser tests of sign-in, two-step enrolment and the administration pages against a
// running AstroAxis server, with a real user:
//   BASE_URL=http://127.0.0.1:8080 E2E_USERNAME=… E2E_PASSWORD=… npm run e2e
// The user must not have two-step sign-in yet: the test turns it on (use a fresh user per run).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, launchContext, openPage, screenshot } from './support/browser.mjs';
import { nextStepAfter, stepAt, totpCode } from './support/totp.mjs';

const USERNAME = process.env.E2E_USERNAME ?? '';
const PASSWORD = process.env.E2E_PASSWORD ?? '';
const SKIP = !USERNAME
  ? 'skipped: needs E2E_USERNAME'
  : !PASSWORD
    ? 'skipped: needs E2E_PASSWORD'
    : false;
// A wrong password or code is answered with 401 and logged by the browser; the app handles it.
const EXPECTED_CONSOLE = [/status of 401/];
const FLOW = { timeout: 180_000, skip: SKIP };

test('the one-time code helper matches the RFC 6238 SHA-1 test vectors', () => {
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890"
  assert.equal(totpCode(secret, stepAt(59_000)), '287082');
  assert.equal(totpCode(secret, stepAt(1_111_111_109_000)), '081804');
  assert.equal(totpCode(secret, stepAt(1_234_567_890_000)), '005924');
  assert.equal(totpCode(secret, stepAt(20_000_000_000_000)), '353130');
});

if (SKIP) {
  test('sign-in, two-step enrolment and administration pages', { skip: SKIP }, () => {});
} else {
  let context;
  let closeContext;
  // One tab for the whole flow: the session lives in this tab's sessionStorage.
  let page;
  let errors;
  /** Filled in as the flow goes on. */
  const state = { secret: '', usedStep: -1, usedCode: '', me: null };

  before(async () => {
    ({ context, close: closeContext } = await launchContext());
    ({ page, errors } = await openPage(context, '/login', { ignore: EXPECTED_CONSOLE }));
  });
  after(async () => {
    await closeContext?.();
  });

  /** Goes to a page of the app in the same tab and waits for its heading. */
  async function visit(path) {
    errors.length = 0;
    await page.goto(`${BASE_URL}${path}`);
    await page.locator('main h1').waitFor();
  }

  async function me() {
    const token = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('astroaxis.session') ?? '{}').accessToken,
    );
    const response = await context.request.get(`${BASE_URL}/api/v1/me`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(response.status(), 200, 'GET /api/v1/me');
    return response.json();
  }

  async function submitPassword() {
    await page.getByLabel('Username').fill(USERNAME);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Signs in with a code; resolves with the answer of the server to the request that carried it. */
  async function submitCode(code) {
    const field = page.getByLabel('Authentication code');
    await field.waitFor();
    assert.equal(await field.getAttribute('autocomplete'), 'one-time-code');
    await field.fill(code);
    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/auth/login') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Verify code' }).click();
    return answer;
  }

  async function signOut() {
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${BASE_URL}/login`);
    await page.getByRole('main').getByText('You have signed out.').waitFor();
  }

  test('signs in with the password and is greeted by name', FLOW, async () => {
    await visit('/login');
    await submitPassword();
    const code = page.getByLabel('Authentication code');
    await Promise.race([page.waitForURL(/\/(home|account)$/), code.waitFor()]);
    assert.equal(await code.count(), 0, `${USERNAME} must not have two-step sign-in yet`);
    state.me = await me();
    if (page.url().endsWith('/home')) {
      await page
        .getByRole('heading', { level: 1, name: `Welcome, ${state.me.displayName}` })
        .waitFor();
    } else {
      assert.ok(state.me.totpRequired, 'only a user who must enrol is sent to /account');
    }
    assert.equal(await page.getByRole('banner').getByText(state.me.displayName).count(), 1);
    await screenshot(page, 'identity-home.png');
    assert.deepEqual(errors, []);
  });

  test('sets up two-step sign-in on the account page with a computed code', FLOW, async () => {
    await visit('/account');
    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    const qr = page.getByRole('img', {
      name: 'QR code for adding AstroAxis to an authenticator app',
    });
    await qr.waitFor();
    assert.match(await qr.getAttribute('src'), /^data:image\/svg\+xml;base64,/);
    assert.ok(
      await qr.evaluate((img) => img.complete && img.naturalWidth > 0),
      'the QR image loads under the CSP',
    );
    state.secret = (await page.locator('code.secret').innerText()).replace(/\s+/g, '');
    assert.match(state.secret, /^[A-Z2-7]{16,}$/);
    await screenshot(page, 'identity-totp-setup.png');

    state.usedStep = stepAt(Date.now());
    await page.getByLabel('Code from the app').fill(totpCode(state.secret, state.usedStep));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await page.getByText('Two-step sign-in is on.', { exact: false }).waitFor();

    await visit('/home');
    await page
      .getByRole('heading', { level: 1, name: `Welcome, ${state.me.displayName}` })
      .waitFor();
    await signOut();
    assert.deepEqual(errors, []);
  });

  test('signing in now asks for a code; a fresh one opens the app', FLOW, async () => {
    await visit('/login');
    await submitPassword();
    await page.getByLabel('Authentication code').waitFor();
    assert.equal(await page.getByLabel('Password').count(), 0);

    state.usedStep = await nextStepAfter(state.usedStep);
    state.usedCode = totpCode(state.secret, state.usedStep);
    const answer = await submitCode(state.usedCode);
    assert.equal(answer.status(), 200);
    await page.waitForURL(`${BASE_URL}/home`);
    await page
      .getByRole('heading', { level: 1, name: `Welcome, ${state.me.displayName}` })
      .waitFor();
    assert.deepEqual(errors, []);
  });

  test('opens the users and audit pages when the user may', FLOW, async (t) => {
    const permissions = new Set(state.me.permissions);
    if (!permissions.has('users.manage') && !permissions.has('audit.read')) {
      t.skip(`${USERNAME} has neither users.manage nor audit.read`);
      return;
    }
    if (permissions.has('users.manage')) {
      await visit('/admin/users');
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      await page.locator('table .cell-sub', { hasText: USERNAME }).first().waitFor();
      await page.getByRole('button', { name: 'New user' }).click();
      await page.getByRole('dialog', { name: 'New user' }).waitFor();
      await page.keyboard.press('Escape');
      assert.equal(await page.getByRole('dialog').count(), 0);
      await screenshot(page, 'identity-users.png');
      assert.deepEqual(errors, []);
    }
    if (permissions.has('audit.read')) {
      await visit('/audit');
      await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
      await page.getByRole('navigation', { name: 'Audit trail pages' }).waitFor();
      // The disclosure button of the first entry (its name changes from "Show…" to "Hide…").
      const first = page.locator('main table button[aria-expanded]').first();
      if ((await first.count()) > 0) {
        await first.click();
        assert.equal(await first.getAttribute('aria-expanded'), 'true');
        await page.locator(`#${await first.getAttribute('aria-controls')}`).waitFor();
      }
      await screenshot(page, 'identity-audit.png');
      assert.deepEqual(errors, []);
    }
  });

  test('the same code cannot be used twice', FLOW, async () => {
    await visit('/home');
    await signOut();
    await submitPassword();
    const answer = await submitCode(state.usedCode);
    assert.equal(answer.status(), 401);
    assert.match((await answer.json()).type, /otp-invalid$/);
    await page.getByRole('alert').waitFor();
    assert.equal(await page.getByLabel('Authentication code').count(), 1, 'stays on the code step');
    assert.equal(new URL(page.url()).pathname, '/login');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('astroaxis.session')), null);
  });
}
