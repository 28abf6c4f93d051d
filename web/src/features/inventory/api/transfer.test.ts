// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jsonBody, jsonResponse, stubApi } from '@/testing/fetch-stub';
import { parseTransfer } from './transfer';
import { createTransfer } from './transfers';

// Field names as in the server's record TransferController.TransferJson (null fields left out).
const DISPATCHED = {
  id: '7c1d0000-0000-4000-8000-000000000001',
  fromBranchId: '7c1d0000-0000-4000-8000-0000000000b1',
  toBranchId: '7c1d0000-0000-4000-8000-0000000000b2',
  status: 'DISPATCHED',
  note: 'Weekly top-up',
  dispatchedBy: 'ada',
  dispatchedAt: '2026-11-21T09:30:00Z',
  lines: [{ productId: '7c1d0000-0000-4000-8000-0000000000a1', sent: 10 }],
};

describe('a transfer from the API', () => {
  it('reads TransferJson: dispatchedAt is when it was made, lines have sent only until received', () => {
    expect(parseTransfer(DISPATCHED)).toEqual({
      id: DISPATCHED.id,
      fromBranchId: DISPATCHED.fromBranchId,
      toBranchId: DISPATCHED.toBranchId,
      status: 'DISPATCHED',
      note: 'Weekly top-up',
      createdAt: '2026-11-21T09:30:00Z',
      receivedAt: '',
      lines: [
        {
          productId: '7c1d0000-0000-4000-8000-0000000000a1',
          sent: 10,
          received: null,
          shortfall: 0,
          product: null,
        },
      ],
    });
  });

  it('reads what arrived and the shortfall once received', () => {
    const received = parseTransfer({
      ...DISPATCHED,
      status: 'RECEIVED',
      receivedBy: 'chioma',
      receivedAt: '2026-11-21T11:00:00Z',
      lines: [{ productId: '7c1d0000-0000-4000-8000-0000000000a1', sent: 10, received: 8.5, shortfall: 1.5 }],
    });
    expect(received.receivedAt).toBe('2026-11-21T11:00:00Z');
    expect(received.lines[0]).toMatchObject({ sent: 10, received: 8.5, shortfall: 1.5 });
  });

  it('dispatches with the request body of NewTransfer and answers the new id', async () => {
    const sent: unknown[] = [];
    stubApi({
      'POST /api/v1/stock/transfers': (_url, init) => {
        sent.push(jsonBody(init));
        return jsonResponse(DISPATCHED, 201);
      },
    });
    const lines = [{ productId: '7c1d0000-0000-4000-8000-0000000000a1', quantity: 10 }];
    const id = await createTransfer({
      fromBranchId: DISPATCHED.fromBranchId,
      toBranchId: DISPATCHED.toBranchId,
      lines,
      note: 'Weekly top-up',
    });
    expect(id).toBe(DISPATCHED.id);
    expect(sent).toEqual([
      {
        fromBranchId: DISPATCHED.fromBranchId,
        toBranchId: DISPATCHED.toBranchId,
        lines,
        note: 'Weekly top-up',
      },
    ]);
  });
});
