import { describe, expect, it } from 'vitest';
import { groupSecret } from './start-totp';

describe('groupSecret', () => {
  it('groups the key in fours for typing by hand', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
    expect(groupSecret('AB CD EF GH')).toBe('ABCD EFGH');
  });
});
