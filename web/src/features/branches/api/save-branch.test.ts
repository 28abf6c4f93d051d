// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jsonResponse, stubApi } from '@/testing/fetch-stub';
import { parseBranch } from './branch';
import { createBranch, updateBranch, type BranchPayload } from './save-branch';

// Field names as in the server's record BranchController.BranchJson (null fields left out:
// the server keeps blank texts as null).
const LEKKI = {
  id: '1b1b0000-0000-4000-8000-000000000001',
  code: 'LEK',
  name: 'Lekki',
  kind: 'WAREHOUSE',
  latitude: 6.44,
  longitude: 3.47,
  radiusMeters: 100,
  oversell: 'ALLOW_AND_FLAG',
  active: true,
};

const PAYLOAD: BranchPayload = {
  code: 'lek',
  name: 'Lekki ',
  kind: 'WAREHOUSE',
  address: '  ',
  phone: '',
  latitude: 6.44,
  longitude: 3.47,
  radiusMeters: 100,
  receiptHeader: '',
  receiptFooter: '',
  oversell: 'ALLOW_AND_FLAG',
};

describe('a branch from the API', () => {
  it('reads BranchJson, missing optional fields as empty', () => {
    expect(parseBranch(LEKKI)).toEqual({
      ...LEKKI,
      address: '',
      phone: '',
      receiptHeader: '',
      receiptFooter: '',
    });
  });

  it('is what the server saved when created or changed, not what was sent', async () => {
    stubApi({
      'POST /api/v1/branches': () => jsonResponse(LEKKI, 201),
      [`PATCH /api/v1/branches/${LEKKI.id}`]: () => jsonResponse(LEKKI),
    });
    expect(await createBranch(PAYLOAD)).toEqual(parseBranch(LEKKI));
    // PATCH keeps a field sent as null (here the location): the answer tells what is stored.
    const cleared = { ...PAYLOAD, latitude: null, longitude: null, radiusMeters: null };
    expect(await updateBranch(LEKKI.id, cleared)).toMatchObject({ latitude: 6.44, longitude: 3.47 });
  });
});
