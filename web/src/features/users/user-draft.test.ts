import { describe, expect, it } from 'vitest';
import type { User } from './api/user';
import {
  changesFrom,
  draftFrom,
  needsReason,
  newUserFrom,
  parseBranchIds,
  withRoles,
} from './user-draft';

const USER: User = {
  id: 'u1',
  username: 'bisi',
  displayName: 'Bisi Ade',
  email: '',
  phone: '',
  active: true,
  roles: ['Cashier'],
  branchIds: ['b1'],
  allBranches: false,
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

  it('gives every branch and stores no list when All branches is ticked', () => {
    const draft = { ...draftFrom(USER), allBranches: true };
    expect(changesFrom(USER, draft)).toEqual({ allBranches: true, branchIds: [] });
    expect(
      newUserFrom({ ...draftFrom(null), username: 'ada', branchIds: 'b1', allBranches: true }),
    ).toMatchObject({ allBranches: true, branchIds: [] });
    expect(newUserFrom({ ...draftFrom(null), username: 'ada', branchIds: 'b1' })).toMatchObject({
      allBranches: false,
      branchIds: ['b1'],
    });
  });

  it('opens an all-branches user ticked, and sends the list typed when it is unticked', () => {
    const owner: User = { ...USER, roles: ['Owner'], branchIds: [], allBranches: true };
    expect(draftFrom(owner).allBranches).toBe(true);
    expect(changesFrom(owner, draftFrom(owner))).toEqual({});
    const limited = { ...draftFrom(owner), allBranches: false, branchIds: 'b2' };
    expect(changesFrom(owner, limited)).toEqual({ allBranches: false, branchIds: ['b2'] });
    // The server asks for no branch when the box is unticked, so none is a valid answer too.
    expect(changesFrom(owner, { ...draftFrom(owner), allBranches: false })).toEqual({
      allBranches: false,
    });
  });

  it('leaves the list an all-branches user already has alone while the box stays ticked', () => {
    const admin: User = { ...USER, roles: ['Admin'], branchIds: ['b1'], allBranches: true };
    expect(changesFrom(admin, { ...draftFrom(admin), phone: '0803' })).toEqual({ phone: '0803' });
  });

  it('ticks All branches when Owner or Admin is chosen, as the server does for a new user', () => {
    const cashier = draftFrom(USER);
    expect(withRoles(cashier, ['Cashier', 'Owner'])).toEqual({
      roles: ['Cashier', 'Owner'],
      allBranches: true,
    });
    expect(withRoles(cashier, ['Admin'])).toEqual({ roles: ['Admin'], allBranches: true });
    expect(withRoles(cashier, ['Cashier', 'Manager'])).toEqual({ roles: ['Cashier', 'Manager'] });
    // Unticked by hand on an Owner, it stays unticked when another role is added.
    const owner = { ...cashier, roles: ['Owner'], allBranches: false };
    expect(withRoles(owner, ['Owner', 'Manager'])).toEqual({ roles: ['Owner', 'Manager'] });
  });

  it('reads branch ids separated by commas or spaces', () => {
    expect(parseBranchIds(' a, b  c,,a ')).toEqual(['a', 'b', 'c']);
    expect(parseBranchIds('')).toEqual([]);
  });
});
