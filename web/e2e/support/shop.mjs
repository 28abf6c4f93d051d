// Steps the shop journeys share, bound to the journey's one tab: `current` returns its page and its array of
// console errors (both are made in the journey's before()).
import assert from 'node:assert/strict';
import { BASE_URL } from './browser.mjs';

export function shopSteps(current) {
  const main = () => current().page.getByRole('main');

  /** Goes to a page of the app in the same tab and waits for its heading. */
  async function visit(path, heading) {
    const { page, errors } = current();
    errors.length = 0;
    await page.goto(`${BASE_URL}${path}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  /** Fills and sends the sign-in form; the caller waits for where it leads. */
  async function signIn(username, password) {
    const { page } = current();
    await visit('/login', /Sign in/);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function signOut() {
    const { page } = current();
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${BASE_URL}/login`);
    await main().getByText('You have signed out.').waitFor();
  }

  /** Creates a branch `{code, name}` from the branches page, which must be open. */
  async function createBranch(branch) {
    const { page } = current();
    await main().getByRole('button', { name: 'New branch' }).click();
    const dialog = page.getByRole('dialog', { name: 'New branch' });
    await dialog.getByLabel('Code').fill(branch.code);
    await dialog.getByLabel('Name', { exact: true }).fill(branch.name);
    await dialog.getByRole('button', { name: 'Create branch' }).click();
    await main().getByText(`Branch ${branch.name} created.`).waitFor();
    assert.equal(await page.getByRole('dialog').count(), 0);
  }

  /** Opens /stock at the branch `{name, label}`; resolves with that branch's stock region. */
  async function chooseStockBranch(branch) {
    await visit('/stock', 'Stock');
    await main().getByLabel('Branch', { exact: true }).selectOption({ label: branch.label });
    return main().getByRole('region', { name: `Stock at ${branch.name}` });
  }

  return { main, visit, signIn, signOut, createBranch, chooseStockBranch };
}
