// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jsonResponse, stubApi } from '@/testing/fetch-stub';
import { createCategory, parseCategory } from './category';
import { parseProduct } from './product';
import { createProduct, updateProduct, type ProductPayload } from './save-product';

// Field names as in the server's record ProductJson (null fields left out).
const PRODUCT = {
  id: '3e3e0000-0000-4000-8000-000000000001',
  sku: 'RICE-5KG',
  name: 'Rice 5kg',
  barcodes: ['5901234123457'],
  categoryId: '3e3e0000-0000-4000-8000-0000000000c1',
  unit: 'PIECE',
  priceKobo: 850000,
  costKobo: 700000,
  vatClass: 'ZERO_RATED',
  trackStock: true,
  active: true,
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-21T10:00:00Z',
};

const PAYLOAD: ProductPayload = {
  sku: 'rice-5kg',
  name: '  Rice 5kg ',
  description: '',
  barcodes: ['5901234123457'],
  categoryId: '3e3e0000-0000-4000-8000-0000000000c1',
  unit: 'PIECE',
  priceKobo: 850000,
  costKobo: 700000,
  vatClass: 'ZERO_RATED',
  trackStock: true,
  active: true,
  imageFileId: null,
};

describe('a product from the API', () => {
  it('reads ProductJson', () => {
    expect(parseProduct(PRODUCT)).toEqual({
      ...PRODUCT,
      description: '',
      imageFileId: null,
    });
  });

  it('is what the server saved when created or changed, not what was sent', async () => {
    stubApi({
      'POST /api/v1/products': () => jsonResponse(PRODUCT, 201),
      [`PATCH /api/v1/products/${PRODUCT.id}`]: () => jsonResponse(PRODUCT),
    });
    expect(await createProduct(PAYLOAD)).toEqual(parseProduct(PRODUCT));
    expect(await updateProduct(PRODUCT.id, PAYLOAD)).toEqual(parseProduct(PRODUCT));
  });
});

describe('a category from the API', () => {
  // As the server's record Categories.Category.
  const GRAINS = {
    id: '3e3e0000-0000-4000-8000-0000000000c2',
    name: 'Grains',
    parentId: '3e3e0000-0000-4000-8000-0000000000c1',
    path: 'Food > Grains',
  };

  it('is what the server made, with the path it gave', async () => {
    stubApi({ 'POST /api/v1/categories': () => jsonResponse(GRAINS, 201) });
    const created = await createCategory(' Grains ', GRAINS.parentId);
    expect(created).toEqual(parseCategory(GRAINS));
    expect(created.path).toBe('Food > Grains');
  });
});
