// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';
import { getSession } from '../api/session-store';
import { LOGIN_UNAVAILABLE_MESSAGE, LoginForm } from './login-form';

afterEach(resetApp);

function fillIn(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Username'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
}

describe('LoginForm when the server has no sign-in yet', () => {
  it('says so in a status message and disables the button', () => {
    const fetchMock = stubFetch(() => jsonResponse({}));
    renderWithApp(<LoginForm />, { route: '/login', appInfo: { features: { login: false } } });

    expect(screen.getByRole('status')).toHaveProperty('textContent', LOGIN_UNAVAILABLE_MESSAGE);
    expect(screen.getByLabelText('Username')).toHaveProperty('type', 'text');
    expect(screen.getByLabelText('Password')).toHaveProperty('type', 'password');
    const button = screen.getByRole('button', { name: 'Sign in' });
    expect(button).toHaveProperty('disabled', true);

    fillIn('ada', 'secret');
    fireEvent.submit(button.closest('form')!);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(getSession()).toBeNull();
  });

  it('does not offer sign-in while availability is still being checked', () => {
    renderWithApp(<LoginForm />, { route: '/login', status: 'loading' });
    expect(screen.getByRole('status').textContent).toMatch(/Checking/);
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', true);
  });
});

describe('LoginForm when sign-in is enabled', () => {
  const enabled = { route: '/login', appInfo: { features: { login: true } } } as const;

  it('posts the credentials, stores the tokens and goes to /home', async () => {
    const fetchMock = stubFetch(() =>
      jsonResponse({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 }),
    );
    renderWithApp(<LoginForm />, { ...enabled, routes: { '/home': <p>Home page</p> } });

    fillIn('ada', 'secret');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByText('Home page');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/auth/login');
    expect(JSON.parse(String(init?.body))).toEqual({ username: 'ada', password: 'secret' });
    expect(getSession()).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(window.sessionStorage.getItem('astroaxis.session')).toContain('access-1');
  });

  it('shows the problem detail on 401 and stays signed out', async () => {
    stubFetch(() =>
      problemResponse(401, {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Wrong username or password.',
      }),
    );
    renderWithApp(<LoginForm />, enabled);

    fillIn('ada', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Wrong username or password.');
    expect(getSession()).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', false),
    );
  });

  it('asks for both fields before calling the server', () => {
    const fetchMock = stubFetch(() => jsonResponse({}));
    renderWithApp(<LoginForm />, enabled);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter your username and password.');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
