import type { Me } from '@/features/auth/api/get-me';

function branches(me: Me): string {
  if (me.allBranches) return 'All branches';
  if (me.branchIds.length === 0) return 'None';
  return me.branchIds.length === 1 ? '1 branch' : `${me.branchIds.length} branches`;
}

/** The signed-in user's own details (changed by an administrator on the Users page). */
export function ProfilePanel({ me }: { me: Me }) {
  return (
    <section className="panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{me.displayName}</dd>
        <dt>Username</dt>
        <dd>{me.username}</dd>
        <dt>Email</dt>
        <dd>{me.email || 'Not given'}</dd>
        <dt>Phone</dt>
        <dd>{me.phone || 'Not given'}</dd>
        <dt>Roles</dt>
        <dd>{me.roles.length > 0 ? me.roles.join(', ') : 'None'}</dd>
        <dt>Branches</dt>
        <dd>{branches(me)}</dd>
      </dl>
      <p className="muted small panel__note">To change these details, ask an administrator.</p>
    </section>
  );
}
