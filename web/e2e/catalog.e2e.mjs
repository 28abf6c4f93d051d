// Browser tests of a shop administrator's first day: branches, a product with a barcode,
// finding it again, stock found at one branch, a transfer with a shortfall, and the stock after.
//   BASE_URL=http://127.0.0.1:8080 E2E_CATALOG_USERNAME=… E2E_CATALOG_PASSWORD=… npm run e2e
// The user must be an Admin (all branches) without two-step sign-in. Codes, SKUs and barcodes
// are new on every run, so the tests can run again against the same database.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, expectText, launchContext, openPage, screenshot } from './support/browser.mjs';
import { checkDigit } from './support/barcode.mjs';
import { shopSteps } from './support/shop.mjs';

const USERNAME = process.env.E2E_CATALOG_USERNAME ?? '';
const PASSWORD = process.env.E2E_CATALOG_PASSWORD ?? '';
const SKIP = !USERNAME
  ? 'needs E2E_CATALOG_USERNAME'
  : !PASSWORD
    ? 'needs E2E_CATALOG_PASSWORD'
    : false;
const FLOW = { timeout: 120_000, skip: SKIP };


test('the check digit helper agrees with a known EAN-13', () => {
  assert.equal(checkDigit('590123412345'), 7);
});

if (SKIP) {
  test('a first day across branches, products, stock and transfers', { skip: SKIP }, () => {});
} else {
  const run = String(Date.now());
  const suffix = run.slice(-4);
  const A = { code: `A${suffix}`, name: 'Ikeja' };
  const B = { code: `B${suffix}`, name: 'Lekki' };
  A.label = `${A.name} (${A.code})`;
  B.label = `${B.name} (${B.code})`;
  const SKU = `RICE-${run}`;
  const NAME = 'Rice 5kg';
  // A valid EAN-13 of its own per run (a barcode belongs to one product only).
  const data = `590${run.slice(-9)}`;
  const BARCODE = `${data}${checkDigit(data)}`;
  const WRONG_BARCODE = `${data}${(checkDigit(data) + 1) % 10}`;

  let context;
  let closeContext;
  // One tab for the whole flow: the session lives in this tab's sessionStorage.
  let page;
  let errors;
  /** Console messages expected for a moment (a refused save is logged by the browser). */
  const expected = [];
  const state = { productId: '', transferUrl: '' };

  before(async () => {
    ({ context, close: closeContext } = await launchContext());
    ({ page, errors } = await openPage(context, '/login', { ignore: expected }));
  });
  after(async () => {
    await closeContext?.();
  });

  const { main, visit, signIn, createBranch, chooseStockBranch } = shopSteps(() => ({
    page,
    errors,
  }));

  /** The row of a table that names the product, within `scope`. */
  function productRow(scope, name = NAME) {
    return scope.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  }

  test('signs in as the administrator', FLOW, async () => {
    await signIn(USERNAME, PASSWORD);
    await page.waitForURL(`${BASE_URL}/home`);
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    assert.deepEqual(errors, []);
  });

  test('creates two branches', FLOW, async () => {
    await visit('/branches', 'Branches');
    for (const branch of [A, B]) {
      await createBranch(branch);
      const row = main()
        .getByRole('region', { name: 'Branches' })
        .getByRole('row')
        .filter({ hasText: branch.code });
      await row.getByRole('rowheader', { name: new RegExp(`^${branch.name}`) }).waitFor();
    }
    assert.deepEqual(errors, []);
  });

  test('creates a product; a wrong check digit is shown at the barcode', FLOW, async () => {
    await visit('/products/new', 'New product');
    const form = page.getByRole('form', { name: 'Product' });
    await form.getByLabel('SKU').fill(SKU);
    await form.getByLabel('Name', { exact: true }).fill(NAME);
    const barcode = form.getByLabel('Barcode 1');
    await barcode.fill(WRONG_BARCODE);
    await form.getByLabel('Unit').selectOption('PIECE');
    await form.getByLabel('Selling price (₦)').fill('8,500.00');
    await form.getByLabel('Cost (₦)').fill('7,000.00');
    await form.getByRole('radio', { name: /^Zero-rated/ }).check();
    const track = form.getByRole('checkbox', { name: /^Track stock/ });
    await track.check();
    assert.equal(await track.isChecked(), true);
    await screenshot(page, 'catalog-product-form.png');

    expected.push(/status of 4\d\d/);
    await form.getByRole('button', { name: 'Create product' }).click();
    await page.waitForFunction(
      (input) => input.getAttribute('aria-invalid') === 'true',
      await barcode.elementHandle(),
    );
    const describedBy = (await barcode.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    assert.ok(errorId, 'the barcode field points at its error');
    const message = await page.locator(`[id="${errorId}"]`).innerText();
    assert.match(message, /check digit/i);
    assert.equal(new URL(page.url()).pathname, '/products/new', 'nothing was saved');
    await screenshot(page, 'catalog-product-barcode-error.png');
    expected.length = 0;

    await barcode.fill(BARCODE);
    await form.getByRole('button', { name: 'Create product' }).click();
    await page.waitForURL(/\/products\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await main().getByText(`Product ${NAME} created.`).waitFor();
    state.productId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    assert.notEqual(state.productId, 'new');
    assert.equal(await page.getByLabel('Barcode 1').inputValue(), BARCODE);
    assert.equal(await page.getByLabel('Selling price (₦)').inputValue(), '8500.00');
    assert.equal(await page.getByRole('radio', { name: /^Zero-rated/ }).isChecked(), true);
    assert.deepEqual(errors, []);
  });

  test('finds the product by part of its name and by a scanned barcode', FLOW, async () => {
    await visit('/products', 'Products');
    const search = page.getByRole('search', { name: 'Find products' }).getByLabel('Search');
    await search.fill('ice 5k');
    await page.waitForURL(/[?&]q=ice/);
    const row = productRow(main().getByRole('region', { name: 'Products' })).filter({
      hasText: SKU,
    });
    await row.waitFor();
    await expectText(row, /8,500\.00/);
    await screenshot(page, 'catalog-products.png');

    await search.fill('');
    await search.pressSequentially(BARCODE, { delay: 5 });
    await search.press('Enter');
    await page.waitForURL(`${BASE_URL}/products/${encodeURIComponent(state.productId)}`);
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    assert.deepEqual(errors, []);
  });

  test('records 10 found at the first branch', FLOW, async () => {
    const stock = await chooseStockBranch(A);
    await main().getByText('No stock recorded at this branch yet.').waitFor();
    const picker = main().getByRole('combobox', { name: 'Adjust a product' });
    await picker.fill(SKU);
    await page.getByRole('option', { name: new RegExp(SKU) }).click();
    const dialog = page.getByRole('dialog', { name: `Adjust stock: ${NAME}` });
    await dialog.getByRole('radio', { name: 'Add to stock (+)' }).check();
    await dialog.getByLabel(/^Quantity/).fill('10');
    await dialog.getByLabel('Reason').selectOption('FOUND');
    await dialog.getByText('New quantity:').waitFor();
    await dialog.getByRole('button', { name: 'Record adjustment' }).click();
    await main().getByText(`Stock of ${NAME} is now 10.`).waitFor();
    assert.equal(await page.getByRole('dialog').count(), 0);
    await expectText(productRow(stock), /\b10 pcs\b/);
    await screenshot(page, 'catalog-stock.png');
    assert.deepEqual(errors, []);
  });

  test('sends 10 to the second branch, which receives 8: a shortfall of 2', FLOW, async () => {
    await visit('/stock/transfers', 'Transfers');
    await main().getByRole('link', { name: 'New transfer' }).click();
    await page.getByRole('heading', { level: 1, name: 'New transfer' }).waitFor();
    const form = page.getByRole('form', { name: 'New transfer' });
    await form.getByLabel('From').selectOption({ label: A.label });
    await form.getByLabel('To').selectOption({ label: B.label });
    await form.getByRole('combobox', { name: 'Add a product' }).fill(SKU);
    await page.getByRole('option', { name: new RegExp(SKU) }).click();
    await form.getByLabel(`Quantity of ${NAME}`).fill('10');
    await form.getByRole('button', { name: 'Dispatch transfer' }).click();

    await page.waitForURL(/\/stock\/transfers\/(?!new$)[^/]+$/);
    state.transferUrl = page.url();
    await page
      .getByRole('heading', { level: 1, name: `Transfer: ${A.name} → ${B.name}` })
      .waitFor();
    await main().getByText('Transfer dispatched: the stock has left the sending branch.').waitFor();
    const receive = page.getByRole('form', { name: 'Receive' });
    const received = receive.getByLabel(`Received of ${NAME}`);
    assert.equal(await received.inputValue(), '10');
    await received.fill('8');
    await receive.getByText('Short by 2').waitFor();
    await receive.getByRole('button', { name: 'Receive transfer' }).click();

    await main().getByText(`Shortfall recorded on 1 line: ${NAME} short by 2.`).waitFor();
    assert.equal(await page.getByRole('form', { name: 'Receive' }).count(), 0);
    await screenshot(page, 'catalog-transfer.png');
    assert.deepEqual(errors, []);
  });

  test('the second branch holds 8 and the first none', FLOW, async () => {
    const atB = await chooseStockBranch(B);
    await expectText(productRow(atB), /\b8 pcs\b/);
    const atA = await chooseStockBranch(A);
    await expectText(productRow(atA), /\b0 pcs\b/);
    assert.deepEqual(errors, []);
  });
}
