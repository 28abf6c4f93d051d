// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ForgotPasswordRoute } from '@/app/routes/forgot-password';
import { LoginRoute } from '@/app/routes/login';
import { jsonBody, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { LOGIN_ENABLED, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

function accepted(): Response {
  return new Response(null, { status: 202 });
}

describe('forgot password', () => {
  it('asks for username and channel, then the code and new password, and ends on the sign-in page', async () => {
    const confirmations: Record<string, unknown>[] = [];
    const fetchMock = stubApi({
      'POST /api/v1/auth/password-reset': () => accepted(),
      'POST /api/v1/auth/password-reset/confirm': (_url, init) => {
        const body = jsonBody(init) as Record<string, unknown>;
        confirmations.push(body);
        if (body['code'] !== '482913')
          return problem(400, 'reset-code-invalid', 'The code is wrong or has expired.');
        if (!body['otp'])
          return problem(401, 'otp-required', 'Also enter the code from your authenticator app.');
        return noContent();
      },
    });
    renderWithApp(<ForgotPasswordRoute />, {
      route: '/forgot-password',
      appInfo: LOGIN_ENABLED,
      routes: { '/login': <LoginRoute /> },
    });

    fireEvent.change(screen.getByLabelText('Username'), { target: { value: ' ada ' } });
    fireEvent.click(screen.getByLabelText('SMS text message'));
    fireEvent.click(screen.getByRole('button', { name: 'Send code' }));

    await screen.findByText(/a reset code has been sent by SMS/);
    expect(jsonBody(fetchMock.mock.calls[0]![1])).toEqual({ username: 'ada', channel: 'SMS' });

    fireEvent.change(screen.getByLabelText('Reset code'), { target: { value: '000000' } });
    fireEvent.change(screen.getByLabelText('New password'), {
      target: { value: 'new-long-secret' },
    });
    fireEvent.change(screen.getByLabelText('Repeat the new password'), {
      target: { value: 'new-long-secret' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The code is wrong or has expired.',
    );

    fireEvent.change(screen.getByLabelText('Reset code'), { target: { value: '482913' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    const otp = await screen.findByLabelText('Authentication code');
    expect(otp.getAttribute('autocomplete')).toBe('one-time-code');
    fireEvent.change(otp, { target: { value: '135790' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));

    await screen.findByText('Password changed. Sign in with your new password.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign in');
    expect(confirmations.at(-1)).toEqual({
      username: 'ada',
      code: '482913',
      newPassword: 'new-long-secret',
      otp: '135790',
    });
  });

  it('is linked from the sign-in form', () => {
    stubApi({});
    renderWithApp(<LoginRoute />, { route: '/login', appInfo: LOGIN_ENABLED });
    expect(screen.getByRole('link', { name: 'Forgot your password?' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });
});
