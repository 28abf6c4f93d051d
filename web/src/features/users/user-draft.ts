import type { Branch } from '@/features/branches/api/branch';
import type { NewUser } from './api/create-user';
import type { UserChanges } from './api/update-user';
import type { User } from './api/user';

/**
 * What the user form edits. `branchIds` holds every branch the user is assigned to, also those
 * the administrator cannot see (they are not offered as choices but are kept on save). With
 * `allBranches` the user works at every branch, current and future, and the ids are not used.
 */
export interface UserDraft {
  username: string;
  displayName: string;
  email: string;
  phone: string;
  password: string;
  roles: string[];
  branchIds: string[];
  allBranches: boolean;
  active: boolean;
  reason: string;
}

export function draftFrom(user: User | null): UserDraft {
  return {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    email: user?.email ?? '',
    phone: user?.phone ?? '',
    password: '',
    roles: user?.roles ?? [],
    branchIds: [...new Set(user?.branchIds ?? [])],
    allBranches: user?.allBranches ?? false,
    active: user?.active ?? true,
    reason: '',
  };
}

/** The branch ids after ticking (`on`) or unticking one; the others, seen or not, stay. */
export function withBranch(branchIds: readonly string[], id: string, on: boolean): string[] {
  if (on) return branchIds.includes(id) ? [...branchIds] : [...branchIds, id];
  return branchIds.filter((other) => other !== id);
}

/**
 * The branches to offer as checkboxes: the open ones, and a closed one only when the user is
 * already assigned to it, so that the assignment can be removed.
 */
export function branchChoices(branches: readonly Branch[], user: User | null): Branch[] {
  const assigned = user?.branchIds ?? [];
  return branches.filter((branch) => branch.active || assigned.includes(branch.id));
}

/** The user's branch ids that are not among `branches` (branches the administrator cannot see). */
export function unseenBranchIds(
  branchIds: readonly string[],
  branches: readonly Branch[],
): string[] {
  const seen = new Set(branches.map((branch) => branch.id));
  return branchIds.filter((id) => !seen.has(id));
}

/** The roles the server gives every branch when a user is created without saying (Owner, Admin). */
const ALL_BRANCH_ROLES = ['Owner', 'Admin'];

/**
 * The draft after choosing roles: taking on Owner or Admin also ticks "All branches", as the
 * server would for a new user; it can be unticked again.
 */
export function withRoles(draft: UserDraft, roles: string[]): Partial<UserDraft> {
  const added = roles.filter((role) => !draft.roles.includes(role));
  return added.some((role) => ALL_BRANCH_ROLES.includes(role))
    ? { roles, allBranches: true }
    : { roles };
}

/** The branch ids to store: none while the user works at every branch. */
function branchIdsOf(draft: UserDraft): string[] {
  return draft.allBranches ? [] : [...new Set(draft.branchIds)];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** Disabling a user and changing roles must be explained (the reason goes to the audit trail). */
export function needsReason(user: User | null, draft: UserDraft): boolean {
  if (!user) return false;
  return (user.active && !draft.active) || !sameSet(user.roles, draft.roles);
}

export function newUserFrom(draft: UserDraft): NewUser {
  return {
    username: draft.username.trim(),
    password: draft.password,
    displayName: draft.displayName.trim(),
    email: draft.email.trim(),
    phone: draft.phone.trim(),
    roles: draft.roles,
    branchIds: branchIdsOf(draft),
    allBranches: draft.allBranches,
  };
}

/** Only the fields that differ from the user, plus the reason when one is needed. */
export function changesFrom(user: User, draft: UserDraft): UserChanges {
  const changes: UserChanges = {};
  if (draft.displayName.trim() !== user.displayName) changes.displayName = draft.displayName.trim();
  if (draft.email.trim() !== user.email) changes.email = draft.email.trim();
  if (draft.phone.trim() !== user.phone) changes.phone = draft.phone.trim();
  if (draft.active !== user.active) changes.active = draft.active;
  if (!sameSet(user.roles, draft.roles)) changes.roles = draft.roles;
  if (draft.allBranches !== user.allBranches) changes.allBranches = draft.allBranches;
  // An all-branches user keeps whatever list the server holds until the box is unticked.
  const keepList = draft.allBranches && user.allBranches;
  const branchIds = branchIdsOf(draft);
  if (!keepList && !sameSet(user.branchIds, branchIds)) changes.branchIds = branchIds;
  if (draft.password !== '') changes.password = draft.password;
  if (draft.reason.trim() !== '') changes.reason = draft.reason.trim();
  return changes;
}
