// Browser tests of a shop's stock work after the first day: importing products with opening stock
// (a bad barcode first), a stocktake with a variance, a purchase order received in part, and a
// cashier who works at one branch only.
//   BASE_URL=http://127.0.0.1:8080 E2E_INVENTORY_USERNAME=… E2E_INVENTORY_PASSWORD=… npm run e2e
// The user must be an Admin (all branches) without two-step sign-in. Branch codes, SKUs, barcodes,
// the category and the cashier are new on every run, so the tests can run again against the same
// database.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, expectText, launchContext, openPage, screenshot } from './support/browser.mjs';
import { checkDigit } from './support/barcode.mjs';
import { shopSteps } from './support/shop.mjs';

const USERNAME = process.env.E2E_INVENTORY_USERNAME ?? '';
const PASSWORD = process.env.E2E_INVENTORY_PASSWORD ?? '';
const SKIP = !USERNAME
  ? 'needs E2E_INVENTORY_USERNAME'
  : !PASSWORD
    ? 'needs E2E_INVENTORY_PASSWORD'
    : false;
const FLOW = { timeout: 120_000, skip: SKIP };


/** A CSV line; a field with a comma or a quote is quoted. */
function csvLine(fields) {
  return fields
    .map((field) => (/[",]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field))
    .join(',');
}

test('the CSV helper quotes a name with a comma', () => {
  assert.equal(csvLine(['A', 'Beans, brown', '']), 'A,"Beans, brown",');
});

if (SKIP) {
  test('import, stocktake, purchasing and a cashier at one branch', { skip: SKIP }, () => {});
} else {
  const run = String(Date.now());
  const C = { code: `Y${run.slice(-6)}`, name: 'Yaba' };
  const D = { code: `S${run.slice(-6)}`, name: 'Surulere' };
  C.label = `${C.name} (${C.code})`;
  D.label = `${D.name} (${D.code})`;
  // One category per run: the count sheet is started for it, so it holds this run's products only.
  const CATEGORY = `Pantry ${run}`;
  const PREFIX = `IMP-${run}`;
  const OPENING_COLUMNS = 'branch_code,opening_quantity';
  // Valid EAN-13s of their own per run (a barcode belongs to one product only).
  const ean = (digit) => {
    const data = `21${run.slice(-9)}${digit}`;
    return `${data}${checkDigit(data)}`;
  };
  const RICE = { sku: `${PREFIX}-RICE`, name: 'Rice 5kg', barcode: ean(1) };
  const OIL = { sku: `${PREFIX}-OIL`, name: 'Palm oil 1L', barcode: ean(2) };
  const BEANS = { sku: `${PREFIX}-BEANS`, name: 'Beans, brown (per kg)' };
  const SOAP = { sku: `${PREFIX}-SOAP`, name: 'Premium soap', barcode: `INT-S${run}` };
  const PRODUCTS = [RICE, OIL, BEANS, SOAP];
  const oilData = OIL.barcode.slice(0, 12);
  const WRONG_OIL_BARCODE = `${oilData}${(checkDigit(oilData) + 1) % 10}`;
  const SUPPLIER = `Adebayo Foods ${run.slice(-6)}`;
  const CASHIER = {
    username: `till-${run.slice(-6)}`,
    name: 'Bisi Adeyemi',
    password: `Yaba-till-${run.slice(-4)}!`,
  };

  /** The import file: the header, then one product a line; the oil's barcode as given. */
  function importFile(oilBarcode) {
    const header = `sku,name,barcode,price,cost,vat_class,unit,category,${OPENING_COLUMNS}`;
    const rows = [
      [RICE.sku, RICE.name, RICE.barcode, '8500.00', '7000.00', 'ZERO_RATED', 'PIECE', CATEGORY],
      [OIL.sku, OIL.name, oilBarcode, '2500', '2000', 'STANDARD', 'PIECE', CATEGORY],
      [BEANS.sku, BEANS.name, '', '1200', '950', 'ZERO_RATED', 'KILOGRAM', CATEGORY],
      [SOAP.sku, SOAP.name, SOAP.barcode, '350.50', '280', 'STANDARD', 'PIECE', CATEGORY],
    ];
    // Opening stock at the first branch for all but the soap (both columns empty on its line).
    const opening = [[C.code, '12'], [C.code, '6'], [C.code, '12.5'], ['', '']];
    const lines = rows.map((row, i) => csvLine([...row, ...opening[i]]));
    return {
      name: `products-${run}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(`${[header, ...lines].join('\r\n')}\r\n`, 'utf8'),
    };
  }

  let context;
  let closeContext;
  // One tab for the whole flow: the session lives in this tab's sessionStorage.
  let page;
  let errors;

  before(async () => {
    ({ context, close: closeContext } = await launchContext());
    ({ page, errors } = await openPage(context, '/login'));
  });
  after(async () => {
    await closeContext?.();
  });

  const { main, visit, signIn, signOut, createBranch, chooseStockBranch } = shopSteps(() => ({
    page,
    errors,
  }));

  /**
   * The row of a table that names the product (as a link) with its SKU, within `scope`. The SKU is
   * this run's: the catalogue journey, running alongside, has a Rice 5kg of its own.
   */
  function productRow(scope, product) {
    return scope
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: product.name, exact: true }) })
      .filter({ hasText: product.sku });
  }

  /** The row of a table that shows the product's SKU (tables that do not link the product). */
  function skuRow(scope, product) {
    return scope.getByRole('row').filter({ hasText: product.sku });
  }

  /** Searches the products page; resolves with the list's region. */
  async function searchProducts(text) {
    await visit('/products', 'Products');
    await page.getByRole('search', { name: 'Find products' }).getByLabel('Search').fill(text);
    await page.waitForURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
    return main().getByRole('region', { name: 'Products' });
  }

  async function token() {
    return page.evaluate(
      () => JSON.parse(sessionStorage.getItem('astroaxis.session') ?? '{}').accessToken,
    );
  }

  test('signs in as the administrator', FLOW, async () => {
    await signIn(USERNAME, PASSWORD);
    await page.waitForURL(`${BASE_URL}/home`);
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    assert.deepEqual(errors, []);
  });

  test('creates two branches', FLOW, async () => {
    await visit('/branches', 'Branches');
    for (const branch of [C, D]) {
      await createBranch(branch);
    }
    assert.deepEqual(errors, []);
  });

  test('imports products with opening stock once a wrong barcode is fixed', FLOW, async () => {
    await visit('/products/import', 'Import products');
    await main().getByLabel('CSV file').setInputFiles(importFile(WRONG_OIL_BARCODE));
    await main().getByRole('button', { name: 'Check file' }).click();

    await main().getByRole('heading', { name: '1 problem in 4 rows' }).waitFor();
    await main()
      .getByText('Fix these lines in the file and check it again. Nothing has been imported.')
      .waitFor();
    // The oil is the second product: line 3 of the spreadsheet, the header being line 1.
    const problems = main().getByRole('row').filter({ has: page.getByRole('cell') });
    assert.equal(await problems.count(), 1);
    const problem = problems.first();
    assert.equal(await problem.getByRole('cell').nth(0).innerText(), '3');
    assert.equal(await problem.getByRole('cell').nth(1).innerText(), 'barcode');
    assert.match(
      await problem.getByRole('cell').nth(2).innerText(),
      new RegExp(`check digit should be ${checkDigit(oilData)}`),
    );
    assert.equal(
      await main().getByRole('button', { name: 'Import 4 products' }).isDisabled(),
      true,
      'a file with a bad line cannot be imported',
    );
    await screenshot(page, 'inventory-import-report.png');

    // The search in the address: the first list the page shows is the answer to it.
    await visit(`/products?q=${encodeURIComponent(PREFIX)}`, 'Products');
    await main().getByText('No products match.').waitFor();
    const listed = main().getByRole('region', { name: 'Products' });
    assert.equal(await listed.count(), 0, 'nothing was imported');

    await visit('/products/import', 'Import products');
    await main().getByLabel('CSV file').setInputFiles(importFile(OIL.barcode));
    await main().getByRole('button', { name: 'Check file' }).click();
    await main().getByText('Every line is valid. Nothing has been imported yet.').waitFor();
    await main().getByRole('heading', { name: '0 problems in 4 rows' }).waitFor();
    await main().getByRole('button', { name: 'Import 4 products' }).click();
    await main().getByText('Import finished').waitFor();
    await main().getByText('4 products created.').waitFor();
    await screenshot(page, 'inventory-import-done.png');

    const found = await searchProducts(PREFIX);
    for (const product of PRODUCTS) {
      await expectText(productRow(found, product), new RegExp(product.sku), product.sku);
    }
    assert.equal(await found.getByRole('row').filter({ hasText: PREFIX }).count(), 4);
    assert.deepEqual(errors, []);
  });

  test('the opening stock is at the branch', FLOW, async () => {
    const stock = await chooseStockBranch(C);
    await expectText(productRow(stock, RICE), /\b12 pcs\b/);
    await expectText(productRow(stock, OIL), /\b6 pcs\b/);
    await expectText(productRow(stock, BEANS), /\b12\.5 kg\b/);
    assert.deepEqual(errors, []);
  });

  test('counts the branch: 2 rice missing, posted after confirming', FLOW, async () => {
    await visit('/stock/counts', 'Stocktake');
    const start = main().getByRole('region', { name: 'Start a count' });
    await start.getByLabel('Branch', { exact: true }).selectOption({ label: C.label });
    await start.getByLabel('Category').selectOption({ label: CATEGORY });
    await start.getByRole('button', { name: 'Start count' }).click();
    await page.waitForURL(/\/stock\/counts\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: `Stocktake at ${C.name}` }).waitFor();

    const sheet = main().getByRole('region', { name: 'Count sheet' });
    const lines = sheet.getByRole('row').filter({ has: page.getByRole('textbox') });
    assert.equal(await lines.count(), 4, 'the sheet holds the category’s products only');
    const counts = [
      [RICE, '10'],
      [OIL, '6'],
      [BEANS, '12.5'],
      [SOAP, '0'],
    ];
    for (const [product, counted] of counts) {
      await sheet.getByLabel(`Counted ${product.name}`).fill(counted);
    }
    await main().getByText('4 of 4 lines counted.', { exact: false }).waitFor();
    await main().getByRole('button', { name: 'Save counts and show variance' }).click();

    const variance = main().getByRole('region', { name: 'Variance' }).first();
    await variance.getByText('1 of 4 lines differ.', { exact: false }).waitFor();
    // Expected, moved since, counted, variance.
    await expectText(skuRow(variance, RICE), /\s12\s+0\s+10\s+-2\b/);
    await expectText(skuRow(variance, OIL), /\s6\s+0\s+6\s+0\b/);
    await screenshot(page, 'inventory-stocktake-variance.png');

    await main().getByRole('button', { name: 'Post corrections' }).click();
    const confirm = page.getByRole('dialog', { name: 'Post corrections?' });
    await confirm
      .getByText('1 stock level will be corrected to match the count.', { exact: false })
      .waitFor();
    await confirm.getByRole('button', { name: 'Post corrections' }).click();
    await main().getByText('The stock levels now match the count. This sheet is closed.').waitFor();
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.equal(await sheet.getByLabel(`Counted ${RICE.name}`).isDisabled(), true);

    await visit('/stock/counts', 'Stocktake');
    await main().getByLabel('Branch', { exact: true }).selectOption({ label: C.label });
    const sheets = main().getByRole('region', { name: 'Count sheets at this branch' });
    await expectText(sheets.getByRole('link'), /· Posted\s+4 of 4 lines counted/);
    await screenshot(page, 'inventory-stocktakes.png');

    const stock = await chooseStockBranch(C);
    await expectText(productRow(stock, RICE), /\b10 pcs\b/);
    await expectText(productRow(stock, OIL), /\b6 pcs\b/);
    assert.deepEqual(errors, []);
  });

  test('orders 20 rice from a new supplier and receives 8 of them', FLOW, async () => {
    await visit('/purchasing/suppliers', 'Suppliers');
    await main().getByRole('button', { name: 'New supplier' }).click();
    const dialog = page.getByRole('dialog', { name: 'New supplier' });
    await dialog.getByLabel('Name', { exact: true }).fill(SUPPLIER);
    await dialog.getByLabel('Phone').fill('+234 803 555 0101');
    await dialog.getByRole('button', { name: 'Create supplier' }).click();
    await main().getByText(`Supplier ${SUPPLIER} added.`).waitFor();
    assert.equal(await page.getByRole('dialog').count(), 0);
    await main()
      .getByRole('region', { name: 'Suppliers' })
      .getByRole('rowheader', { name: SUPPLIER })
      .waitFor();

    await page
      .getByRole('navigation', { name: 'Purchasing' })
      .getByRole('link', { name: 'Purchase orders' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Purchase orders' }).waitFor();
    await main().getByRole('link', { name: 'New purchase order' }).click();
    await page.getByRole('heading', { level: 1, name: 'New purchase order' }).waitFor();
    const form = page.getByRole('form', { name: 'New purchase order' });
    await form.getByLabel('Supplier').selectOption({ label: SUPPLIER });
    await form.getByLabel('Deliver to').selectOption({ label: C.label });
    await form.getByRole('combobox', { name: 'Add a product' }).fill(RICE.sku);
    await page.getByRole('option', { name: new RegExp(RICE.sku) }).click();
    const quantity = form.getByLabel(`Quantity of ${RICE.name}`);
    await quantity.fill('20');
    const cost = form.getByLabel(`Unit cost of ${RICE.name} in naira`);
    assert.equal(await cost.inputValue(), '7000.00', 'the cost is taken from the product');
    await expectText(form.getByText(/^Total:/), /₦140,000\.00/);
    await screenshot(page, 'inventory-purchase-order-new.png');
    await form.getByRole('button', { name: 'Save draft order' }).click();

    await page.waitForURL(/\/purchasing\/orders\/(?!new$)[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Purchase order' }).waitFor();
    await main().getByText('Draft order saved.').waitFor();
    const status = main().getByRole('definition');
    await expectText(status, /^Draft$/);
    await main().getByRole('button', { name: 'Mark ordered' }).click();
    await main().getByText('Marked as ordered. Receive the goods here when they arrive.').waitFor();
    await expectText(status, /^Ordered$/);

    const receive = page.getByRole('form', { name: 'Receive goods' });
    const arrived = receive.getByLabel(`Arrived now of ${RICE.name}`);
    assert.equal(await arrived.inputValue(), '20');
    await arrived.fill('8');
    await receive.getByRole('button', { name: 'Receive into stock' }).click();
    await main().getByText('Delivery received into stock.').waitFor();
    await expectText(status, /^Partly received$/);
    // Ordered, received, remaining.
    const lines = main().getByRole('region', { name: 'Order lines' });
    await expectText(productRow(lines, RICE), /\b20\s+8\s+12\b/);
    // The form is made again for the rest of the order, prefilled with what is still to come.
    assert.equal(await arrived.inputValue(), '12');
    await screenshot(page, 'inventory-purchase-order.png');

    await visit('/purchasing/orders', 'Purchase orders');
    const order = main()
      .getByRole('region', { name: 'Purchase orders' })
      .getByRole('row')
      .filter({ hasText: SUPPLIER });
    await expectText(order, /₦140,000\.00\s+Partly received/);

    const stock = await chooseStockBranch(C);
    await expectText(productRow(stock, RICE), /\b18 pcs\b/);
    assert.deepEqual(errors, []);
  });

  test('a cashier limited to one branch sees only that branch', FLOW, async () => {
    await visit('/admin/users', 'Users');
    await main().getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('Username').fill(CASHIER.username);
    await dialog.getByLabel('Full name').fill(CASHIER.name);
    await dialog.getByLabel('Password', { exact: true }).fill(CASHIER.password);
    await dialog
      .getByRole('group', { name: 'Roles' })
      .getByRole('checkbox', { name: /^Cashier/ })
      .check();
    assert.equal(
      await dialog.getByRole('checkbox', { name: /^All branches/ }).isChecked(),
      false,
      'a cashier does not work at every branch',
    );
    const branches = dialog.getByRole('group', { name: 'Branches' });
    await branches.getByRole('checkbox', { name: C.label, exact: true }).check();
    const other = branches.getByRole('checkbox', { name: D.label, exact: true });
    assert.equal(await other.isChecked(), false);
    await screenshot(page, 'inventory-cashier-form.png');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await main().getByText(`User ${CASHIER.username} created.`).waitFor();
    assert.equal(await page.getByRole('dialog').count(), 0);
    await signOut();

    await signIn(CASHIER.username, CASHIER.password);
    // No two-step enrolment asked of a cashier: straight to the home page.
    await page.waitForURL(`${BASE_URL}/home`);
    await page.getByRole('heading', { level: 1, name: `Welcome, ${CASHIER.name}` }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Stock', exact: true }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Users' }).count(), 0);

    const stock = await chooseStockBranch(C);
    const branch = main().getByLabel('Branch', { exact: true });
    const choices = await branch.locator('option').allTextContents();
    assert.deepEqual(choices, [C.label], 'the branch choice offers only the cashier’s branch');
    await expectText(productRow(stock, RICE), /\b18 pcs\b/);
    assert.equal(await main().getByRole('combobox', { name: 'Adjust a product' }).count(), 0);
    await screenshot(page, 'inventory-cashier-stock.png');

    await visit('/admin/users', 'Not available');
    await main()
      .getByText('Your account does not have access to this page.', { exact: false })
      .waitFor();
    assert.equal(await main().getByRole('button', { name: 'New user' }).count(), 0);
    const users = await context.request.get(`${BASE_URL}/api/v1/users`, {
      headers: { Authorization: `Bearer ${await token()}` },
    });
    assert.equal(users.status(), 403, 'the server refuses the user list as well');
    assert.deepEqual(errors, []);
  });
}
