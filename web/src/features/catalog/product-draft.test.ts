import { describe, expect, it } from 'vitest';
import { checkProduct, formErrors, productDraft, type ProductDraft } from './product-draft';

function draft(changes: Partial<ProductDraft> = {}): ProductDraft {
  return {
    ...productDraft(null),
    sku: 'RICE-5KG',
    name: 'Rice 5kg',
    price: '₦8,500.50',
    cost: '7000',
    ...changes,
  };
}

describe('checkProduct', () => {
  it('sends prices typed in naira as integer kobo', () => {
    const check = checkProduct(draft());
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.payload.priceKobo).toBe(850050);
    expect(check.payload.costKobo).toBe(700000);
    expect(Number.isInteger(check.payload.priceKobo)).toBe(true);
  });

  it('refuses a third decimal, a negative price, an empty name and a SKU with spaces', () => {
    const check = checkProduct(draft({ price: '8500.505', cost: '-1', name: ' ', sku: 'RICE 5' }));
    expect(check).toEqual({
      ok: false,
      errors: {
        sku: 'The SKU cannot contain spaces.',
        name: 'Enter the product name.',
        price: 'Amounts can have at most two decimal places (kobo)',
        cost: 'The cost cannot be negative.',
      },
    });
  });

  it('leaves out empty barcode rows and remembers which row each barcode came from', () => {
    const check = checkProduct(draft({ barcodes: ['', '5901234123457', ' ', '96385074'] }));
    expect(check.ok && check.payload.barcodes).toEqual(['5901234123457', '96385074']);
    expect(check.ok && check.barcodeRows).toEqual([1, 3]);
  });

  it('flags a barcode listed twice on its own row', () => {
    const check = checkProduct(draft({ barcodes: ['5901234123457', '5901234123457'] }));
    expect(check.ok ? {} : check.errors).toEqual({
      'barcodes[1]': 'This barcode is listed twice.',
    });
  });
});

describe('formErrors', () => {
  it('maps the server fields to the form rows and fields', () => {
    expect(
      formErrors(
        [
          { field: 'barcodes[1]', message: 'Check digit is wrong' },
          { field: 'priceKobo', message: 'Too high' },
          { field: 'sku', message: 'Already used' },
        ],
        [1, 3],
      ),
    ).toEqual({ 'barcodes[3]': 'Check digit is wrong', price: 'Too high', sku: 'Already used' });
  });
});
