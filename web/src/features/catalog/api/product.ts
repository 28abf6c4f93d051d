import { asRecord, incomplete, optionalString, strings } from '@/lib/parse';
import { isUnit, isVatClass, type Unit, type VatClass } from '../units';

/** A product as the catalogue API returns it; money in kobo. */
export interface Product {
  id: string;
  sku: string;
  name: string;
  description: string;
  barcodes: string[];
  categoryId: string | null;
  unit: Unit;
  priceKobo: number;
  costKobo: number;
  vatClass: VatClass;
  trackStock: boolean;
  active: boolean;
  imageFileId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const PRODUCTS_PATH = '/api/v1/products';

export function productPath(id: string): string {
  return `${PRODUCTS_PATH}/${encodeURIComponent(id)}`;
}

function kobo(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : 0;
}

function optionalId(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

export function parseProduct(raw: unknown): Product {
  const body = asRecord(raw);
  const id = optionalId(body['id']);
  if (id === null || typeof body['name'] !== 'string') throw incomplete('product');
  return {
    id,
    sku: optionalString(body['sku']),
    name: body['name'],
    description: optionalString(body['description']),
    barcodes: strings(body['barcodes']),
    categoryId: optionalId(body['categoryId']),
    unit: isUnit(body['unit']) ? body['unit'] : 'PIECE',
    priceKobo: kobo(body['priceKobo']),
    costKobo: kobo(body['costKobo']),
    vatClass: isVatClass(body['vatClass']) ? body['vatClass'] : 'STANDARD',
    trackStock: body['trackStock'] !== false,
    active: body['active'] !== false,
    imageFileId: optionalId(body['imageFileId']),
    createdAt: optionalString(body['createdAt']),
    updatedAt: optionalString(body['updatedAt']),
  };
}
