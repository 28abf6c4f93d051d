import { describe, expect, it } from 'vitest';
import { diffStates, displayValue, fieldLabel } from './diff';

describe('diffStates', () => {
  it('lines up every field of both states and marks the changed ones', () => {
    expect(
      diffStates(
        { active: true, roles: ['Cashier'], email: 'a@b.ng' },
        { active: false, roles: ['Cashier'], phone: '0803' },
      ),
    ).toEqual([
      { key: 'active', before: 'true', after: 'false', changed: true },
      { key: 'email', before: 'a@b.ng', after: '', changed: true },
      { key: 'phone', before: '', after: '0803', changed: true },
      { key: 'roles', before: 'Cashier', after: 'Cashier', changed: false },
    ]);
  });

  it('does not call a created or deleted object changed', () => {
    expect(diffStates(null, { name: 'Supervisor' })).toEqual([
      { key: 'name', before: '', after: 'Supervisor', changed: false },
    ]);
  });

  it('shows nested values readably', () => {
    expect(displayValue({ a: 1 })).toBe('{"a":1}');
    expect(displayValue(['x', 2])).toBe('x, 2');
    expect(displayValue(null)).toBe('');
  });

  it('turns field names into labels', () => {
    expect(fieldLabel('displayName')).toBe('Display name');
    expect(fieldLabel('branch_ids')).toBe('Branch ids');
    expect(fieldLabel('totpEnabled')).toBe('Totp enabled');
  });
});
