import { describe, expect, it } from 'vitest';
import { parseBranch, type Branch } from '@/features/branches/api/branch';
import type { User } from './api/user';
import {
  branchChoices,
  changesFrom,
  draftFrom,
  needsReason,
  newUserFrom,
  unseenBranchIds,
  withBranch,
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
      branchIds: withBranch(withBranch(draftFrom(USER).branchIds, 'b2', true), 'b2', true),
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
      newUserFrom({ ...draftFrom(null), username: 'ada', branchIds: ['b1'], allBranches: true }),
    ).toMatchObject({ allBranches: true, branchIds: [] });
    expect(newUserFrom({ ...draftFrom(null), username: 'ada', branchIds: ['b1'] })).toMatchObject({
      allBranches: false,
      branchIds: ['b1'],
    });
  });

  it('opens an all-branches user ticked, and sends the list ticked when it is unticked', () => {
    const owner: User = { ...USER, roles: ['Owner'], branchIds: [], allBranches: true };
    expect(draftFrom(owner).allBranches).toBe(true);
    expect(changesFrom(owner, draftFrom(owner))).toEqual({});
    const limited = { ...draftFrom(owner), allBranches: false, branchIds: ['b2'] };
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

  it('opens with the branches of the user ticked, and sends those ticked and unticked', () => {
    const draft = draftFrom({ ...USER, branchIds: ['b1', 'b2'] });
    expect(draft.branchIds).toEqual(['b1', 'b2']);
    const user = { ...USER, branchIds: ['b1', 'b2'] };
    const moved = withBranch(withBranch(draft.branchIds, 'b1', false), 'b3', true);
    expect(changesFrom(user, { ...draft, branchIds: moved })).toEqual({ branchIds: ['b2', 'b3'] });
    // The same branches in another order are no change.
    expect(changesFrom(user, { ...draft, branchIds: ['b2', 'b1'] })).toEqual({});
  });

  it('keeps the branches the administrator cannot see when others are ticked', () => {
    const user = { ...USER, branchIds: ['b1', 'hidden'] };
    const seen = [branch('b1', 'IKJ'), branch('b2', 'LEK')];
    const draft = draftFrom(user);
    expect(unseenBranchIds(draft.branchIds, seen)).toEqual(['hidden']);
    const moved = withBranch(withBranch(draft.branchIds, 'b1', false), 'b2', true);
    const ticked = { ...draft, branchIds: moved };
    expect(changesFrom(user, ticked)).toEqual({ branchIds: ['hidden', 'b2'] });
    expect(newUserFrom({ ...ticked, username: 'ada' }).branchIds).toEqual(['hidden', 'b2']);
  });

  it('offers the open branches, and a closed one only to a user assigned to it', () => {
    const open = branch('b1', 'IKJ');
    const closed = { ...branch('b2', 'LEK'), active: false };
    expect(branchChoices([open, closed], null)).toEqual([open]);
    expect(branchChoices([open, closed], USER)).toEqual([open]);
    expect(branchChoices([open, closed], { ...USER, branchIds: ['b2'] })).toEqual([open, closed]);
  });
});

function branch(id: string, code: string): Branch {
  return parseBranch({ id, code, name: `${code} shop` });
}
