import { describe, expect, it } from 'vitest';
import { branchDraft, checkBranch } from './branch-draft';

const ikeja = {
  id: 'b-1',
  code: 'IKJ',
  name: 'Ikeja shop',
  kind: 'SHOP' as const,
  address: '24 Allen Avenue, Ikeja',
  phone: '+2348031234567',
  latitude: 6.6018,
  longitude: 3.3515,
  radiusMeters: 100,
  receiptHeader: '',
  receiptFooter: '',
  oversell: 'BLOCK' as const,
  active: true,
};

describe('a branch change', () => {
  it('names the emptied location fields, since the server keeps a field sent as null', () => {
    const draft = { ...branchDraft(ikeja), latitude: '', longitude: '', radiusMeters: '' };
    const check = checkBranch(draft, false);
    expect(check.ok && check.payload.clear).toEqual(['latitude', 'longitude', 'radiusMeters']);
  });

  it('clears nothing while the location is kept, and never on creation', () => {
    const kept = checkBranch(branchDraft(ikeja), false);
    expect(kept.ok && kept.payload.clear).toBeUndefined();
    const created = checkBranch({ ...branchDraft(null), code: 'LEK', name: 'Lekki shop' }, true);
    expect(created.ok && created.payload.clear).toBeUndefined();
    expect(created.ok && created.payload.code).toBe('LEK');
  });

  it('clears only the radius when the coordinates stay', () => {
    const check = checkBranch({ ...branchDraft(ikeja), radiusMeters: '' }, false);
    expect(check.ok && check.payload.clear).toEqual(['radiusMeters']);
  });
});
