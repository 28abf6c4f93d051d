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
  allBranches: false,
  totpEnabled: false,
  createdAt: '2026-11-21T13:05:00Z',
};
// Field names as in the server's UserView.
const TOLU = {
  ...BISI,
  id: 'b0b0',
  username: 'tolu',
  displayName: 'Tolu Bello',
  roles: ['Owner'],
  branchIds: [],
  allBranches: true,
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
  {
    name: 'Owner',
    description: 'Owns the business',
    system: true,
    permissions: ['sales.sell', 'stock.adjust', 'users.manage'],
  },
];

async function rowOf(name: string): Promise<HTMLElement> {
  return (await screen.findByText(name, { selector: '.cell-main' })).closest('tr')!;
}

function stub(patch: (body: Record<string, unknown>) => Response, users: object[] = [BISI]) {
  return stubApi({
    'GET /api/v1/me': () => jsonResponse(ADMIN),
    'GET /api/v1/users': () => jsonResponse(users),
    'GET /api/v1/roles': () => jsonResponse(ROLES),
    'PATCH /api/v1/users/a1c2': (_url, init) => patch(jsonBody(init) as Record<string, unknown>),
    'PATCH /api/v1/users/b0b0': (_url, init) => patch(jsonBody(init) as Record<string, unknown>),
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
    expect(within(row).getByText('1 branch')).toBeTruthy();
  });

  it('shows All branches for a user at every branch, and opens the form ticked', async () => {
    stub(() => jsonResponse(TOLU), [BISI, TOLU]);
    renderWithApp(<UsersRoute />, { route: '/admin/users', signedInAs: 'token-1' });
    expect(within(await rowOf('Tolu Bello')).getByText('All branches')).toBeTruthy();
    expect(within(await rowOf('Bisi Ade')).queryByText('All branches')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Edit Tolu Bello' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Tolu Bello' });
    expect(within(dialog).getByLabelText(/All branches \(including future ones\)/)).toHaveProperty(
      'checked',
      true,
    );
    expect(within(dialog).getByLabelText('Branch IDs')).toHaveProperty('disabled', true);
  });

  it('promotes a cashier to Owner with every branch, and lists the user so', async () => {
    const patches: Record<string, unknown>[] = [];
    stub((body) => {
      patches.push(body);
      return jsonResponse({
        ...BISI,
        roles: ['Cashier', 'Owner'],
        branchIds: [],
        allBranches: true,
      });
    });
    renderWithApp(<UsersRoute />, { route: '/admin/users', signedInAs: 'token-1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Bisi Ade' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Bisi Ade' });
    const all = within(dialog).getByLabelText(/All branches/);
    expect(all).toHaveProperty('checked', false);
    expect(within(dialog).getByLabelText('Branch IDs')).toHaveProperty('disabled', false);

    fireEvent.click(within(dialog).getByLabelText(/Owner/));
    expect(all).toHaveProperty('checked', true);
    expect(within(dialog).getByLabelText('Branch IDs')).toHaveProperty('disabled', true);
    fireEvent.change(within(dialog).getByLabelText('Reason for this change'), {
      target: { value: 'Bought into the business' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to Bisi Ade saved.');
    expect(patches).toEqual([
      {
        roles: ['Cashier', 'Owner'],
        allBranches: true,
        branchIds: [],
        reason: 'Bought into the business',
      },
    ]);
    expect(within(await rowOf('Bisi Ade')).getByText('All branches')).toBeTruthy();
  });

  it('limits an all-branches user to the branches typed once the box is unticked', async () => {
    const patches: Record<string, unknown>[] = [];
    stub(
      (body) => {
        patches.push(body);
        return jsonResponse({ ...TOLU, branchIds: ['b-2'], allBranches: false });
      },
      [TOLU],
    );
    renderWithApp(<UsersRoute />, { route: '/admin/users', signedInAs: 'token-1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Tolu Bello' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Tolu Bello' });
    fireEvent.click(within(dialog).getByLabelText(/All branches/));
    const branches = within(dialog).getByLabelText('Branch IDs');
    expect(branches).toHaveProperty('disabled', false);
    fireEvent.change(branches, { target: { value: 'b-2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to Tolu Bello saved.');
    expect(patches).toEqual([{ allBranches: false, branchIds: ['b-2'] }]);
    expect(within(await rowOf('Tolu Bello')).getByText('1 branch')).toBeTruthy();
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
      allBranches: false,
    });
    expect(within(await rowOf('Chidi Eze')).getByText('Manager')).toBeTruthy();
  });

  it('creates a user who works at every branch when the box is ticked', async () => {
    const fetchMock = stub(() => jsonResponse(BISI));
    renderWithApp(<UsersRoute />, { route: '/admin/users', signedInAs: 'token-1' });
    fireEvent.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = screen.getByRole('dialog', { name: 'New user' });
    fireEvent.change(within(dialog).getByLabelText('Username'), { target: { value: 'ngozi' } });
    fireEvent.change(within(dialog).getByLabelText('Full name'), {
      target: { value: 'Ngozi Obi' },
    });
    fireEvent.change(within(dialog).getByLabelText('Password'), {
      target: { value: 'a-long-secret' },
    });
    fireEvent.change(within(dialog).getByLabelText('Branch IDs'), { target: { value: 'b-1' } });
    fireEvent.click(within(dialog).getByLabelText(/Manager/));
    fireEvent.click(within(dialog).getByLabelText(/All branches \(including future ones\)/));
    expect(within(dialog).getByLabelText('Branch IDs')).toHaveProperty('disabled', true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));

    await screen.findByText('User ngozi created.');
    const [, init] = fetchMock.mock.calls.find(
      ([url, i]) => url === '/api/v1/users' && i?.method === 'POST',
    )!;
    expect(jsonBody(init)).toMatchObject({
      username: 'ngozi',
      roles: ['Manager'],
      branchIds: [],
      allBranches: true,
    });
    expect(within(await rowOf('Ngozi Obi')).getByText('All branches')).toBeTruthy();
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
