import { describe, expect, it } from 'vitest';
import { summaryFromLine } from './product-lookup';

describe('the product a line names', () => {
  it('comes from sku, name and unit, as StockJson.Level, StockJson.Oversold and count sheet lines send them', () => {
    const level = {
      productId: 'p-oil',
      branchId: 'b-ikj',
      quantity: 2.5,
      low: false,
      sku: 'OIL-L',
      name: 'Palm oil',
      unit: 'LITRE',
      branchCode: 'IKJ',
    };
    expect(summaryFromLine(level, 'p-oil')).toEqual({
      id: 'p-oil',
      sku: 'OIL-L',
      name: 'Palm oil',
      unit: 'LITRE',
    });
  });

  it('is unknown for lines that carry only the product id (transfers, purchase orders)', () => {
    expect(summaryFromLine({ productId: 'p-oil', sent: 2.5 }, 'p-oil')).toBeNull();
  });

  it('is unknown without a unit, rather than taken for a product counted in pieces', () => {
    expect(summaryFromLine({ productId: 'p-oil', sku: 'OIL-L', name: 'Palm oil' }, 'p-oil')).toBeNull();
  });
});
