// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, problem, stubApi } from '@/testing/fetch-stub';
import { LOGIN_ENABLED, meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';
import { getSession } from '../api/session-store';
import { LoginForm } from './login-form';

afterEach(() => {
  resetApp();
  vi.useRealTimers();
});

const TOKENS = {
  accessToken: 'access-1',
  refreshToken: 'refresh-1',
  expiresIn: 900,
  tokenType: 'Bearer',
};

function signIn(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Username'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm with two-step sign-in', () => {
  it('asks for the code after otp-required and signs in with the same credentials plus the code', async () => {
    const bodies: unknown[] = [];
    stubApi({
      'POST /api/v1/auth/login': (_url, init) => {
        const body = jsonBody(init) as { otp?: string };
        bodies.push(body);
        return body.otp
          ? jsonResponse(TOKENS)
          : problem(401, 'otp-required', 'Enter the code from your app.');
      },
      'GET /api/v1/me': () => jsonResponse(meBody()),
    });
    renderWithApp(<LoginForm />, {
      route: '/login',
      appInfo: LOGIN_ENABLED,
      routes: { '/home': <p>Home page</p> },
    });

    signIn('ada', 'secret');
    const code = await screen.findByLabelText('Authentication code');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('maxlength')).toBe('6');
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.change(code, { target: { value: '12a3456' } });
    expect((code as HTMLInputElement).value).toBe('123456');
    fireEvent.click(screen.getByRole('button', { name: 'Verify code' }));

    await screen.findByText('Home page');
    expect(bodies).toEqual([
      { username: 'ada', password: 'secret' },
      { username: 'ada', password: 'secret', otp: '123456' },
    ]);
    expect(getSession()?.accessToken).toBe('access-1');
  });

  it('stays on the code step and shows the error and reference when the code is wrong', async () => {
    let calls = 0;
    stubApi({
      'POST /api/v1/auth/login': () =>
        ++calls === 1
          ? problem(401, 'otp-required', 'Enter the code from your app.')
          : problem(401, 'otp-invalid', 'That code is not correct.'),
    });
    renderWithApp(<LoginForm />, { route: '/login', appInfo: LOGIN_ENABLED });

    signIn('ada', 'secret');
    fireEvent.change(await screen.findByLabelText('Authentication code'), {
      target: { value: '000000' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Verify code' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That code is not correct.');
    expect(alert.textContent).toContain('Reference: req-otp-invalid');
    expect((screen.getByLabelText('Authentication code') as HTMLInputElement).value).toBe('');
    expect(getSession()).toBeNull();
  });

  it('shows the wait after too many attempts and keeps the button disabled until it is over', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fetchMock = stubApi({
      'POST /api/v1/auth/login': () =>
        problem(429, 'too-many-attempts', 'Too many attempts.', {
          headers: { 'Retry-After': '300' },
        }),
    });
    renderWithApp(<LoginForm />, { route: '/login', appInfo: LOGIN_ENABLED });

    signIn('ada', 'secret');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Too many attempts. Try again in 5 minutes.');
    const button = screen.getByRole('button', { name: 'Sign in' });
    expect(button).toHaveProperty('disabled', true);

    fireEvent.submit(button.closest('form')!);
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(241_000);
    });
    expect(screen.getByRole('alert').textContent).toBe('Too many attempts. Try again in 1 minute.');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', false),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the server detail for wrong credentials', async () => {
    stubApi({
      'POST /api/v1/auth/login': () =>
        problem(401, 'invalid-credentials', 'Wrong username or password.'),
    });
    renderWithApp(<LoginForm />, { route: '/login', appInfo: LOGIN_ENABLED });
    signIn('ada', 'nope');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Wrong username or password.Reference: req-invalid-credentials',
    );
  });
});
