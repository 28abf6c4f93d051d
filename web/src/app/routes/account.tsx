import { Notice } from '@/components/ui/notice';
import { Page } from '@/components/ui/page';
import { ProblemNotice } from '@/components/ui/problem-notice';
import { ChangePasswordForm } from '@/features/account/components/change-password-form';
import { ProfilePanel } from '@/features/account/components/profile-panel';
import { TotpPanel } from '@/features/account/components/totp-panel';
import { needsTotpEnrolment } from '@/features/auth/api/get-me';
import { useMe, useReloadMe } from '@/features/auth/components/me-context';

export function AccountRoute() {
  const state = useMe();
  const reload = useReloadMe();
  if (state.status === 'error') {
    return (
      <Page title="My account">
        <ProblemNotice error={state.error} fallback="Your profile could not be loaded." />
      </Page>
    );
  }
  if (state.status !== 'ready') return null;
  const { me } = state;

  if (needsTotpEnrolment(me)) {
    return (
      <Page title="My account">
        <div className="stack">
          <Notice tone="warning" title="Set up two-step sign-in to continue">
            <p>
              Your role ({me.roles.join(', ')}) can change important settings, so this business
              requires you to sign in with a code from an authenticator app as well as your
              password. Set it up below; the rest of AstroAxis opens as soon as it is done.
            </p>
          </Notice>
          <TotpPanel me={me} onEnrolled={reload} />
        </div>
      </Page>
    );
  }

  return (
    <Page title="My account">
      <div className="columns">
        <div className="stack">
          <ProfilePanel me={me} />
          <TotpPanel me={me} onEnrolled={reload} />
        </div>
        <ChangePasswordForm />
      </div>
    </Page>
  );
}
