// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getSession } from '@/features/auth/api/session-store';
import {
  authorization,
  jsonBody,
  jsonResponse,
  noContent,
  problem,
  stubApi,
} from '@/testing/fetch-stub';
import { LOGIN_ENABLED, meBody, resetApp } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

afterEach(resetApp);

const EVERYONE = ['Home', 'Products', 'Stock', 'Low stock', 'Branches', 'My account'];

async function navLinks(): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('navigation for a signed-in user', () => {
  it('hides the administration sections from a user without their permissions', async () => {
    const fetchMock = stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['sales.sell'] })),
    });
    renderApp({ route: '/home', signedInAs: 'token-1', appInfo: LOGIN_ENABLED });

    await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada Obi' });
    expect(await navLinks()).toEqual(EVERYONE);
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/v1/me']);
  });

  it('shows Users, Roles and Audit trail to a user with users.manage and audit.read', async () => {
    stubApi({
      'GET /api/v1/me': () =>
        jsonResponse(meBody({ roles: ['Admin'], permissions: ['users.manage', 'audit.read'] })),
    });
    renderApp({ route: '/home', signedInAs: 'token-1', appInfo: LOGIN_ENABLED });
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada Obi' });
    expect(await navLinks()).toEqual([...EVERYONE, 'Users', 'Roles', 'Audit trail']);
  });

  it('hides transfers, stocktake and purchasing from a cashier and shows them to a manager', async () => {
    stubApi({ 'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['sales.sell'] })) });
    const { unmount } = renderApp({
      route: '/home',
      signedInAs: 'token-1',
      appInfo: LOGIN_ENABLED,
    });
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada Obi' });
    const cashier = await navLinks();
    expect(cashier).not.toContain('Transfers');
    expect(cashier).not.toContain('Stocktake');
    expect(cashier).not.toContain('Purchasing');
    unmount();

    stubApi({
      'GET /api/v1/me': () =>
        jsonResponse(
          meBody({
            roles: ['Manager'],
            permissions: [
              'catalog.write',
              'inventory.adjust',
              'inventory.transfer',
              'inventory.count',
              'purchasing.manage',
            ],
          }),
        ),
    });
    renderApp({ route: '/home', signedInAs: 'token-2', appInfo: LOGIN_ENABLED });
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada Obi' });
    expect(await navLinks()).toEqual([
      'Home',
      'Products',
      'Stock',
      'Low stock',
      'Transfers',
      'Stocktake',
      'Purchasing',
      'Branches',
      'My account',
    ]);
  });

  it('does not load the transfers or purchasing pages without their permissions', async () => {
    const fetchMock = stubApi({ 'GET /api/v1/me': () => jsonResponse(meBody()) });
    renderApp({ route: '/stock/transfers', signedInAs: 'token-1', appInfo: LOGIN_ENABLED });
    await screen.findByRole('heading', { level: 1, name: 'Not available' });
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/v1/me']);
  });

  it('does not load the users page without users.manage', async () => {
    const fetchMock = stubApi({ 'GET /api/v1/me': () => jsonResponse(meBody()) });
    renderApp({ route: '/admin/users', signedInAs: 'token-1', appInfo: LOGIN_ENABLED });
    await screen.findByRole('heading', { level: 1, name: 'Not available' });
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/v1/me']);
  });

  it('sends a user who must set up an authenticator app to the account page first', async () => {
    stubApi({
      'GET /api/v1/me': () =>
        jsonResponse(
          meBody({ roles: ['Owner'], permissions: ['users.manage'], totpRequired: true }),
        ),
    });
    renderApp({ route: '/admin/users', signedInAs: 'token-1', appInfo: LOGIN_ENABLED });
    await screen.findByText('Set up two-step sign-in to continue');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('My account');
    expect(screen.getByRole('button', { name: 'Set up two-step sign-in' })).toBeTruthy();
    expect(await navLinks()).toEqual(['My account']);
  });

  it('signs out: tells the server, forgets the tokens and shows the sign-in page', async () => {
    const fetchMock = stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody()),
      'POST /api/v1/auth/logout': () => noContent(),
    });
    renderApp({ route: '/home', signedInAs: 'token-1', appInfo: LOGIN_ENABLED });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    await screen.findByText('You have signed out.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign in');
    const [, init] = fetchMock.mock.calls.find(([url]) => url === '/api/v1/auth/logout')!;
    expect(authorization(init)).toBe('Bearer token-1');
    expect(jsonBody(init)).toEqual({ refreshToken: 'refresh-token-1' });
    expect(getSession()).toBeNull();
    expect(await navLinks()).toEqual(['Home', 'Sign in']);
  });
});

describe('when the session cannot be renewed', () => {
  it('signs out and asks to sign in again', async () => {
    stubApi({
      'GET /api/v1/me': () => problem(401, 'unauthorized', 'The access token has expired.'),
      'POST /api/v1/auth/refresh': () => problem(401, 'invalid-refresh-token', 'Sign in again.'),
    });
    renderApp({ route: '/account', signedInAs: 'token-1', appInfo: LOGIN_ENABLED });

    await screen.findByText('Your session ended. Sign in again.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign in');
    expect(getSession()).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('Username')).toBeTruthy());
  });

  it('returns to the page after signing in again', async () => {
    let refused = true;
    stubApi({
      'GET /api/v1/me': () =>
        refused ? problem(401, 'unauthorized', 'Expired.') : jsonResponse(meBody()),
      'POST /api/v1/auth/refresh': () => problem(401, 'invalid-refresh-token', 'Sign in again.'),
      'POST /api/v1/auth/login': () => {
        refused = false;
        return jsonResponse({
          accessToken: 'token-2',
          refreshToken: 'r2',
          expiresIn: 900,
          tokenType: 'Bearer',
        });
      },
    });
    renderApp({ route: '/account', signedInAs: 'token-1', appInfo: LOGIN_ENABLED });
    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'ada' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 2, name: 'Change password' });
  });
});
