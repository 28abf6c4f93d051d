import { describe, expect, it } from 'vitest';
import { parseStocktake, parseStocktakeSummary, parseVarianceLine } from './stocktake';

// Field names as in the server's records StocktakeController.SheetJson, VarianceJson and
// SummaryJson (null fields left out).
describe('a count sheet from the API', () => {
  it('reads SheetJson, each line naming its product with sku, name and unit', () => {
    const sheet = parseStocktake({
      id: '5a5a0000-0000-4000-8000-000000000001',
      branchId: '5a5a0000-0000-4000-8000-0000000000b1',
      status: 'OPEN',
      createdBy: 'ada',
      createdAt: '2026-11-21T08:00:00Z',
      lines: [
        {
          productId: '5a5a0000-0000-4000-8000-0000000000a1',
          sku: 'BEANS',
          name: 'Beans',
          unit: 'KILOGRAM',
          expected: 20,
          counted: 20.5,
        },
      ],
    });
    expect(sheet).toEqual({
      id: '5a5a0000-0000-4000-8000-000000000001',
      branchId: '5a5a0000-0000-4000-8000-0000000000b1',
      categoryId: null,
      status: 'OPEN',
      createdAt: '2026-11-21T08:00:00Z',
      lines: [
        {
          productId: '5a5a0000-0000-4000-8000-0000000000a1',
          expected: 20,
          counted: 20.5,
          product: {
            id: '5a5a0000-0000-4000-8000-0000000000a1',
            sku: 'BEANS',
            name: 'Beans',
            unit: 'KILOGRAM',
          },
        },
      ],
    });
  });

  it('reads a line of VarianceJson', () => {
    expect(
      parseVarianceLine({
        productId: 'p-1',
        sku: 'BEANS',
        name: 'Beans',
        unit: 'KILOGRAM',
        expected: 20,
        movementsSince: -2,
        counted: 18.5,
        variance: 0.5,
      }),
    ).toEqual({
      productId: 'p-1',
      expected: 20,
      movementsSince: -2,
      counted: 18.5,
      variance: 0.5,
      product: { id: 'p-1', sku: 'BEANS', name: 'Beans', unit: 'KILOGRAM' },
    });
  });

  it('reads SummaryJson', () => {
    expect(
      parseStocktakeSummary({
        id: 's-1',
        branchId: 'b-1',
        status: 'POSTED',
        createdBy: 'ada',
        createdAt: '2026-11-01T08:00:00Z',
        postedBy: 'ada',
        postedAt: '2026-11-01T10:00:00Z',
        lineCount: 38,
        countedCount: 36,
      }),
    ).toEqual({
      id: 's-1',
      status: 'POSTED',
      createdAt: '2026-11-01T08:00:00Z',
      lineCount: 38,
      countedCount: 36,
    });
  });
});
