import { cleanup } from '@testing-library/react';
import { endSession } from '@/features/auth/api/session-store';
import { forgetProducts } from '@/features/catalog/product-lookup';

/** A GET /api/v1/me body; override what the test is about. */
export function meBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '0b6f5a52-8d0c-4c55-9a7e-6a2f1d3c9e01',
    username: 'ada',
    displayName: 'Ada Obi',
    email: 'ada@example.ng',
    phone: '08031234567',
    roles: ['Cashier'],
    permissions: [],
    branchIds: [],
    allBranches: false,
    totpEnabled: false,
    totpRequired: false,
    ...overrides,
  };
}

export const LOGIN_ENABLED = { features: { login: true } } as const;

/** Unmounts what a test rendered and forgets its session. */
export function resetApp(): void {
  cleanup();
  endSession();
  forgetProducts();
}
