import { describe, expect, it } from 'vitest';
import { parseMovement } from './movements';

describe('a stock movement from the API', () => {
  it('reads every field of StockJson.MovementLine by its name', () => {
    // Field names as in the server's record StockJson.MovementLine; null fields are left out.
    const movement = parseMovement({
      id: '0f1e2d3c-0000-4000-8000-000000000001',
      productId: '0f1e2d3c-0000-4000-8000-0000000000a1',
      branchId: '0f1e2d3c-0000-4000-8000-0000000000b1',
      kind: 'ADJUSTMENT',
      quantity: -1.5,
      levelAfter: 3.75,
      reasonCode: 'DAMAGED',
      note: 'Bag split',
      actor: 'chioma',
      occurredAt: '2026-11-21T09:00:00Z',
      documentType: 'adjustment',
      unitCostKobo: 120000,
    });
    expect(movement).toEqual({
      id: '0f1e2d3c-0000-4000-8000-000000000001',
      type: 'ADJUSTMENT',
      quantity: -1.5,
      quantityAfter: 3.75,
      reasonCode: 'DAMAGED',
      note: 'Bag split',
      actor: 'chioma',
      occurredAt: '2026-11-21T09:00:00Z',
      document: '',
    });
  });

  it('names the document behind it from documentType and documentId', () => {
    const movement = parseMovement({
      id: 'm-1',
      kind: 'TRANSFER_OUT',
      quantity: -10,
      actor: 'chioma',
      occurredAt: '2026-11-21T09:00:00Z',
      documentType: 'transfer',
      documentId: 'T-42',
    });
    expect(movement).toMatchObject({ type: 'TRANSFER_OUT', quantity: -10, actor: 'chioma' });
    expect(movement.document).toBe('transfer T-42');
  });

  it('has no document for an adjustment by hand', () => {
    expect(parseMovement({ id: 'm-2', kind: 'ADJUSTMENT', documentType: 'adjustment' }).document).toBe('');
  });
});
