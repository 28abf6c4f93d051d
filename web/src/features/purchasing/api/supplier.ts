import { apiClient } from '@/lib/api-client';
import { parseItems } from '@/lib/paged';
import { asRecord, incomplete, optionalString } from '@/lib/parse';

export interface Supplier {
  id: string;
  name: string;
  phone: string;
  email: string;
  address: string;
}

export type NewSupplier = Omit<Supplier, 'id'>;

export const SUPPLIERS_PATH = '/api/v1/suppliers';

export function parseSupplier(raw: unknown): Supplier {
  const body = asRecord(raw);
  const id = body['id'];
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof body['name'] !== 'string') {
    throw incomplete('supplier');
  }
  return {
    id: String(id),
    name: body['name'],
    phone: optionalString(body['phone']),
    email: optionalString(body['email']),
    address: optionalString(body['address']),
  };
}

/** GET /api/v1/suppliers (permission purchasing.manage). */
export async function listSuppliers(signal?: AbortSignal): Promise<Supplier[]> {
  const body = await apiClient.get<unknown>(`${SUPPLIERS_PATH}?size=200`, signal ? { signal } : {});
  return parseItems(body, parseSupplier).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** POST /api/v1/suppliers {name, phone, email, address} → 201 with the supplier. */
export async function createSupplier(supplier: NewSupplier): Promise<Supplier> {
  return parseSupplier(await apiClient.post<unknown>(SUPPLIERS_PATH, supplier));
}
