// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jsonBody, jsonResponse, stubApi } from '@/testing/fetch-stub';
import { parseOrder } from './purchase-order';
import { createOrder } from './purchase-orders';
import { createSupplier, parseSupplier } from './supplier';

// Field names as in the server's records PurchaseOrderController.OrderJson and
// PurchaseOrderView.Supplier (null fields left out).
const ORDER = {
  id: '9b9b0000-0000-4000-8000-000000000001',
  supplierId: '9b9b0000-0000-4000-8000-0000000000c1',
  branchId: '9b9b0000-0000-4000-8000-0000000000b1',
  status: 'PARTIALLY_RECEIVED',
  createdBy: 'ada',
  createdAt: '2026-11-20T10:00:00Z',
  orderedAt: '2026-11-20T10:05:00Z',
  totalKobo: 7250250,
  lines: [
    { productId: '9b9b0000-0000-4000-8000-0000000000a1', quantity: 10, unitCostKobo: 700000, received: 4 },
    { productId: '9b9b0000-0000-4000-8000-0000000000a2', quantity: 5, unitCostKobo: 50050, received: 0 },
  ],
};

describe('a purchase order from the API', () => {
  it('reads OrderJson', () => {
    expect(parseOrder(ORDER)).toEqual({
      id: ORDER.id,
      supplierId: ORDER.supplierId,
      branchId: ORDER.branchId,
      status: 'PARTIALLY_RECEIVED',
      createdAt: '2026-11-20T10:00:00Z',
      lines: [
        { productId: ORDER.lines[0]!.productId, quantity: 10, unitCostKobo: 700000, received: 4, product: null },
        { productId: ORDER.lines[1]!.productId, quantity: 5, unitCostKobo: 50050, received: 0, product: null },
      ],
    });
  });

  it('is what the server answers to a new order, not what was sent', async () => {
    const sent: unknown[] = [];
    stubApi({
      'POST /api/v1/purchase-orders': (_url, init) => {
        sent.push(jsonBody(init));
        return jsonResponse({ ...ORDER, status: 'DRAFT', lines: [{ ...ORDER.lines[0], received: 0 }] }, 201);
      },
    });
    const request = {
      supplierId: ORDER.supplierId,
      branchId: ORDER.branchId,
      lines: [{ productId: ORDER.lines[0]!.productId, quantity: 10, unitCostKobo: 700000 }],
    };
    const order = await createOrder(request);
    expect(sent).toEqual([request]);
    expect(order.status).toBe('DRAFT');
    expect(order.lines).toEqual([
      { productId: ORDER.lines[0]!.productId, quantity: 10, unitCostKobo: 700000, received: 0, product: null },
    ]);
  });
});

describe('a supplier from the API', () => {
  const SUPPLIER = {
    id: '9b9b0000-0000-4000-8000-0000000000c1',
    name: 'Dangote Foods',
    phone: '08031234567',
    createdAt: '2026-11-01T08:00:00Z',
  };

  it('reads PurchaseOrderView.Supplier, missing contact fields as empty', () => {
    expect(parseSupplier(SUPPLIER)).toEqual({
      id: SUPPLIER.id,
      name: 'Dangote Foods',
      phone: '08031234567',
      email: '',
      address: '',
    });
  });

  it('is what the server stored, not what was sent', async () => {
    stubApi({ 'POST /api/v1/suppliers': () => jsonResponse(SUPPLIER, 201) });
    const created = await createSupplier({
      name: ' Dangote Foods ',
      phone: '08031234567',
      email: '   ',
      address: '',
    });
    expect(created).toEqual(parseSupplier(SUPPLIER));
  });
});
