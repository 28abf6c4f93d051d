// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UsersRoute } from '@/app/routes/users';
import { jsonBody, jsonResponse, problem, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

const ADMIN = meBody({ roles: ['Admin'], permissions: ['users.manage'] });
const BISI = {
  id: 'a1c2',
  username: 'bisi',
  displayName: 'Bisi Ade',
  email: 'bisi@example.ng',
  phone: '',
  active: true,
  roles: ['Cashier'],
  branchIds: ['b-1'],
  totpEnabled: false,
  createdAt: '2026-11-21T13:05:00Z',
};
const ROLES = [
  {
    name: 'Cashier',
    description: 'Sells at the counter',
    system: true,
    permissions: ['sales.sell'],
  },
  {
    name: 'Manager',
    description: 'Runs a branch',
    system: true,
    permissions: ['sales.sell', 'stock.adjust'],
  },
];

async function rowOf(name: string): Promise<HTMLElement> {
  return (await screen.findByText(name, { selector: '.cell-main' })).closest('tr')!;
}

function stub(patch: (body: Record<string, unknown>) => Response) {
  return stubApi({
    'GET /api/v1/me': () => jsonResponse(ADMIN),
    'GET /api/v1/users': () => jsonResponse([BISI]),
    'GET /api/v1/roles': () => jsonResponse(ROLES),
    'PATCH /api/v1/users/a1c2': (_url, init) => patch(jsonBody(init) as Record<string, unknown>),
    'POST /api/v1/users': (_url, init) =>
      jsonResponse(
        { ...BISI, id: 'n3w', ...(jsonBody(init) as object), createdAt: '2026-11-22T08:00:00Z' },
        201,
      ),
  });
}

describe('the users page', () => {
  it('lists the users with their roles and status', async () => {
    stub(() => jsonResponse(BISI));
    renderWithApp(<UsersRoute />, { route: '/admin/users', signedInAs: 'token-1' });
    const row = await rowOf('Bisi Ade');
    expect(within(row).getByText('Cashier')).toBeTruthy();
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('21 Nov 2026')).toBeTruthy();
  });

  it('asks for a reason before disabling a user and sends only what changed', async () => {
    const patches: Record<string, unknown>[] = [];
    stub((body) => {
      patches.push(body);
      return jsonResponse({ ...BISI, active: false });
    });
    renderWithApp(<UsersRoute />, { route: '/admin/users', signedInAs: 'token-1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Bisi Ade' }));

    const dialog = screen.getByRole('dialog', { name: 'Edit Bisi Ade' });
    fireEvent.click(within(dialog).getByLabelText(/Active/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Give a reason for disabling the user or changing roles.',
    );
    expect(patches).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Reason for this change'), {
      target: { value: 'Left the company' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to Bisi Ade saved.');
    expect(patches).toEqual([{ active: false, reason: 'Left the company' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(await rowOf('Bisi Ade')).getByText('Disabled')).toBeTruthy();
  });

  it('creates a user with the chosen roles and adds it to the list', async () => {
    const fetchMock = stub(() => jsonResponse(BISI));
    renderWithApp(<UsersRoute />, { route: '/admin/users', signedInAs: 'token-1' });
    fireEvent.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = screen.getByRole('dialog', { name: 'New user' });
    fireEvent.change(within(dialog).getByLabelText('Username'), { target: { value: 'chidi' } });
    fireEvent.change(within(dialog).getByLabelText('Full name'), {
      target: { value: 'Chidi Eze' },
    });
    fireEvent.change(within(dialog).getByLabelText('Password'), {
      target: { value: 'a-long-secret' },
    });
    fireEvent.click(within(dialog).getByLabelText(/Manager/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));

    await screen.findByText('User chidi created.');
    const [, init] = fetchMock.mock.calls.find(
      ([url, i]) => url === '/api/v1/users' && i?.method === 'POST',
    )!;
    expect(jsonBody(init)).toEqual({
      username: 'chidi',
      password: 'a-long-secret',
      displayName: 'Chidi Eze',
      email: '',
      phone: '',
      roles: ['Manager'],
      branchIds: [],
    });
    expect(within(await rowOf('Chidi Eze')).getByText('Manager')).toBeTruthy();
  });

  it('shows why the list could not be loaded, with the reference', async () => {
    stubApi({
      'GET /api/v1/me': () => jsonResponse(ADMIN),
      'GET /api/v1/users': () => problem(403, 'forbidden', 'You may not manage users.'),
      'GET /api/v1/roles': () => jsonResponse(ROLES),
    });
    renderWithApp(<UsersRoute />, { route: '/admin/users', signedInAs: 'token-1' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('You may not manage users.Reference: req-forbidden');
  });
});
