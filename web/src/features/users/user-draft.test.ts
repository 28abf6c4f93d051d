import { describe, expect, it } from 'vitest';
import type { User } from './api/user';
import { changesFrom, draftFrom, needsReason, parseBranchIds } from './user-draft';

const USER: User = {
  id: 'u1',
  username: 'bisi',
  displayName: 'Bisi Ade',
  email: '',
  phone: '',
  active: true,
  roles: ['Cashier'],
  branchIds: ['b1'],
  totpEnabled: false,
  createdAt: '2026-11-21T13:05:00Z',
};

describe('user changes', () => {
  it('sends nothing when nothing changed', () => {
    expect(changesFrom(USER, draftFrom(USER))).toEqual({});
    expect(needsReason(USER, draftFrom(USER))).toBe(false);
  });

  it('needs a reason for disabling and for a different set of roles, not for a new order', () => {
    expect(needsReason(USER, { ...draftFrom(USER), active: false })).toBe(true);
    expect(needsReason(USER, { ...draftFrom(USER), roles: ['Cashier', 'Manager'] })).toBe(true);
    expect(
      needsReason({ ...USER, roles: ['A', 'B'] }, { ...draftFrom(USER), roles: ['B', 'A'] }),
    ).toBe(false);
    expect(needsReason(null, { ...draftFrom(null), active: false })).toBe(false);
  });

  it('sends only the changed fields, the new password and the reason', () => {
    const draft = {
      ...draftFrom(USER),
      phone: ' 0803 ',
      roles: [],
      password: 'new-secret',
      reason: ' Moved ',
      branchIds: 'b1, b2 b2',
    };
    expect(changesFrom(USER, draft)).toEqual({
      phone: '0803',
      roles: [],
      branchIds: ['b1', 'b2'],
      password: 'new-secret',
      reason: 'Moved',
    });
  });

  it('reads branch ids separated by commas or spaces', () => {
    expect(parseBranchIds(' a, b  c,,a ')).toEqual(['a', 'b', 'c']);
    expect(parseBranchIds('')).toEqual([]);
  });
});
