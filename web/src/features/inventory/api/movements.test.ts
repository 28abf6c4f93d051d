import { describe, expect, it } from 'vitest';
import { parseMovement } from './movements';

describe('a stock movement from the API', () => {
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
