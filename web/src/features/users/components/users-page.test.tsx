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

// Field names as in the server's BranchController (BranchJson); Yaba is closed.
const BRANCHES = [
  { id: 'b-1', code: 'IKJ', name: 'Ikeja shop', kind: 'SHOP', active: true },
  { id: 'b-2', code: 'LEK', name: 'Lekki shop', kind: 'SHOP', active: true },
  { id: 'b-3', code: 'YAB', name: 'Yaba warehouse', kind: 'WAREHOUSE', active: false },
];

async function rowOf(name: string): Promise<HTMLElement> {
  return (await screen.findByText(name, { selector: '.cell-main' })).closest('tr')!;
}

type Handler = Parameters<typeof stubApi>[0][string];

/**
 * Stubs the API the users page calls: the signed-in admin, the users (BISI by default), the roles,
 * the branches, and saving a user. Returns the bodies of the PATCHes and POSTs sent, in order.
 */
function stubUsersApi({
  users = [BISI],
  branches = () => jsonResponse(BRANCHES),
  saved = BISI,
  routes = {},
}: {
  users?: object[];
  branches?: Handler;
  /** What a PATCH answers with. */
  saved?: object;
  routes?: Record<string, Handler>;
} = {}) {
  const patches: Record<string, unknown>[] = [];
  const posts: Record<string, unknown>[] = [];
  const patch: Handler = (_url, init) => {
    patches.push(jsonBody(init) as Record<string, unknown>);
    return jsonResponse(saved);
  };
  stubApi({
    'GET /api/v1/me': () => jsonResponse(ADMIN),
    'GET /api/v1/users': () => jsonResponse(users),
    'GET /api/v1/roles': () => jsonResponse(ROLES),
    'GET /api/v1/branches': branches,
    'PATCH /api/v1/users/a1c2': patch,
    'PATCH /api/v1/users/b0b0': patch,
    'POST /api/v1/users': (_url, init) => {
      const body = jsonBody(init) as Record<string, unknown>;
      posts.push(body);
      return jsonResponse({ ...BISI, id: 'n3w', ...body, createdAt: '2026-11-22T08:00:00Z' }, 201);
    },
    ...routes,
  });
  return { patches, posts };
}

function renderUsersPage() {
  return renderWithApp(<UsersRoute />, { route: '/admin/users', signedInAs: 'token-1' });
}

/** Clicks "New user" or "Edit <name>" once the list shows it, and returns the dialog it opens. */
async function openDialog(name: 'New user' | `Edit ${string}`): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name }));
  return screen.getByRole('dialog', { name });
}

describe('the users page', () => {
  it('lists the users with their roles and status', async () => {
    stubUsersApi();
    renderUsersPage();
    const row = await rowOf('Bisi Ade');
    expect(within(row).getByText('Cashier')).toBeTruthy();
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('21 Nov 2026')).toBeTruthy();
    expect(await within(row).findByText('IKJ')).toBeTruthy();
  });

  it('names up to three branches by code, and counts more or unknown ones', async () => {
    stubUsersApi({
      users: [
        { ...BISI, branchIds: ['b-1', 'b-2'] },
        { ...BISI, id: 'c1', displayName: 'Chidi Eze', branchIds: ['b-1', 'b-2', 'b-3', 'b-4'] },
        { ...BISI, id: 'c2', displayName: 'Dayo Ola', branchIds: ['b-1', 'hidden-9'] },
      ],
    });
    renderUsersPage();
    expect(await within(await rowOf('Bisi Ade')).findByText('IKJ, LEK')).toBeTruthy();
    expect(within(await rowOf('Chidi Eze')).getByText('4 branches')).toBeTruthy();
    expect(within(await rowOf('Dayo Ola')).getByText('2 branches')).toBeTruthy();
  });

  it('counts the branches when they could not be loaded', async () => {
    stubUsersApi({
      users: [{ ...BISI, branchIds: ['b-1', 'b-2'] }],
      branches: () => problem(500, 'server-error', 'Down'),
    });
    renderUsersPage();
    expect(await within(await rowOf('Bisi Ade')).findByText('2 branches')).toBeTruthy();
  });

  it('shows All branches for a user at every branch, and opens the form ticked', async () => {
    stubUsersApi({ users: [BISI, TOLU], saved: TOLU });
    renderUsersPage();
    expect(within(await rowOf('Tolu Bello')).getByText('All branches')).toBeTruthy();
    expect(within(await rowOf('Bisi Ade')).queryByText('All branches')).toBeNull();

    const dialog = await openDialog('Edit Tolu Bello');
    expect(within(dialog).getByLabelText(/All branches \(including future ones\)/)).toHaveProperty(
      'checked',
      true,
    );
    const group = within(dialog).getByRole('group', { name: 'Branches' });
    expect(group).toHaveProperty('disabled', true);
    expect(within(group).getByLabelText('Ikeja shop (IKJ)')).toHaveProperty('disabled', true);
    expect(within(group).getByLabelText('Lekki shop (LEK)')).toHaveProperty('disabled', true);
    // A closed branch is offered only to a user assigned to it.
    expect(within(group).queryByLabelText(/Yaba/)).toBeNull();
  });

  it('promotes a cashier to Owner with every branch, and lists the user so', async () => {
    const { patches } = stubUsersApi({
      saved: { ...BISI, roles: ['Cashier', 'Owner'], branchIds: [], allBranches: true },
    });
    renderUsersPage();
    const dialog = await openDialog('Edit Bisi Ade');
    const all = within(dialog).getByLabelText(/All branches/);
    expect(all).toHaveProperty('checked', false);
    const ikeja = await within(dialog).findByLabelText('Ikeja shop (IKJ)');
    expect(ikeja).toHaveProperty('disabled', false);
    expect(ikeja).toHaveProperty('checked', true);

    fireEvent.click(within(dialog).getByLabelText(/Owner/));
    expect(all).toHaveProperty('checked', true);
    // The tick stays, but is not sent while the user works at every branch.
    expect(ikeja).toHaveProperty('disabled', true);
    expect(ikeja).toHaveProperty('checked', true);
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

  it('limits an all-branches user to the branches ticked once the box is unticked', async () => {
    const { patches } = stubUsersApi({
      users: [TOLU],
      saved: { ...TOLU, branchIds: ['b-2'], allBranches: false },
    });
    renderUsersPage();
    const dialog = await openDialog('Edit Tolu Bello');
    const lekki = await within(dialog).findByLabelText('Lekki shop (LEK)');
    expect(lekki).toHaveProperty('disabled', true);
    fireEvent.click(within(dialog).getByLabelText(/All branches/));
    expect(within(dialog).getByRole('group', { name: 'Branches' })).toHaveProperty(
      'disabled',
      false,
    );
    expect(lekki).toHaveProperty('disabled', false);
    fireEvent.click(lekki);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to Tolu Bello saved.');
    expect(patches).toEqual([{ allBranches: false, branchIds: ['b-2'] }]);
    expect(within(await rowOf('Tolu Bello')).getByText('LEK')).toBeTruthy();
  });

  it('asks for a reason before disabling a user and sends only what changed', async () => {
    const { patches } = stubUsersApi({ saved: { ...BISI, active: false } });
    renderUsersPage();
    const dialog = await openDialog('Edit Bisi Ade');

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
    const { posts } = stubUsersApi();
    renderUsersPage();
    const dialog = await openDialog('New user');
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
    expect(posts).toEqual([
      {
        username: 'chidi',
        password: 'a-long-secret',
        displayName: 'Chidi Eze',
        email: '',
        phone: '',
        roles: ['Manager'],
        branchIds: [],
        allBranches: false,
      },
    ]);
    expect(within(await rowOf('Chidi Eze')).getByText('Manager')).toBeTruthy();
  });

  it('creates a user who works at every branch when the box is ticked', async () => {
    const { posts } = stubUsersApi();
    renderUsersPage();
    const dialog = await openDialog('New user');
    fireEvent.change(within(dialog).getByLabelText('Username'), { target: { value: 'ngozi' } });
    fireEvent.change(within(dialog).getByLabelText('Full name'), {
      target: { value: 'Ngozi Obi' },
    });
    fireEvent.change(within(dialog).getByLabelText('Password'), {
      target: { value: 'a-long-secret' },
    });
    fireEvent.click(await within(dialog).findByLabelText('Ikeja shop (IKJ)'));
    fireEvent.click(within(dialog).getByLabelText(/Manager/));
    fireEvent.click(within(dialog).getByLabelText(/All branches \(including future ones\)/));
    const group = within(dialog).getByRole('group', { name: 'Branches' });
    expect(group).toHaveProperty('disabled', true);
    expect(within(group).getByLabelText('Ikeja shop (IKJ)')).toHaveProperty('disabled', true);
    expect(within(group).getByLabelText('Ikeja shop (IKJ)')).toHaveProperty('checked', true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));

    await screen.findByText('User ngozi created.');
    expect(posts).toMatchObject([
      { username: 'ngozi', roles: ['Manager'], branchIds: [], allBranches: true },
    ]);
    expect(within(await rowOf('Ngozi Obi')).getByText('All branches')).toBeTruthy();
  });

  it('creates a user at the two branches ticked, offering no closed branch', async () => {
    const { posts } = stubUsersApi();
    renderUsersPage();
    const dialog = await openDialog('New user');
    fireEvent.change(within(dialog).getByLabelText('Username'), { target: { value: 'emeka' } });
    fireEvent.change(within(dialog).getByLabelText('Full name'), {
      target: { value: 'Emeka Obi' },
    });
    fireEvent.change(within(dialog).getByLabelText('Password'), {
      target: { value: 'a-long-secret' },
    });
    const group = within(dialog).getByRole('group', { name: 'Branches' });
    fireEvent.click(await within(group).findByLabelText('Lekki shop (LEK)'));
    fireEvent.click(within(group).getByLabelText('Ikeja shop (IKJ)'));
    expect(within(group).queryByLabelText(/Yaba/)).toBeNull();
    fireEvent.click(within(dialog).getByLabelText(/Cashier/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));

    await screen.findByText('User emeka created.');
    expect(posts).toMatchObject([
      { username: 'emeka', roles: ['Cashier'], branchIds: ['b-2', 'b-1'], allBranches: false },
    ]);
    expect(within(await rowOf('Emeka Obi')).getByText('LEK, IKJ')).toBeTruthy();
  });

  it('opens a user with their branches ticked, a closed one marked for removal', async () => {
    const { patches } = stubUsersApi({
      users: [{ ...BISI, branchIds: ['b-1', 'b-3'] }],
      saved: { ...BISI, branchIds: ['b-1'] },
    });
    renderUsersPage();
    const dialog = await openDialog('Edit Bisi Ade');
    expect(await within(dialog).findByLabelText('Ikeja shop (IKJ)')).toHaveProperty(
      'checked',
      true,
    );
    expect(within(dialog).getByLabelText('Lekki shop (LEK)')).toHaveProperty('checked', false);
    const yaba = within(dialog).getByLabelText('Yaba warehouse (YAB) (closed)');
    expect(yaba).toHaveProperty('checked', true);
    fireEvent.click(yaba);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to Bisi Ade saved.');
    expect(patches).toEqual([{ branchIds: ['b-1'] }]);
  });

  it('keeps the branches the administrator cannot see when others are changed', async () => {
    const { patches } = stubUsersApi({
      users: [{ ...BISI, branchIds: ['b-1', 'hidden-9'] }],
      saved: { ...BISI, branchIds: ['hidden-9', 'b-2'] },
    });
    renderUsersPage();
    const dialog = await openDialog('Edit Bisi Ade');
    fireEvent.click(await within(dialog).findByLabelText('Ikeja shop (IKJ)'));
    fireEvent.click(within(dialog).getByLabelText('Lekki shop (LEK)'));
    expect(
      within(dialog).getByText('Also assigned to 1 branch you cannot see; it is kept.'),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to Bisi Ade saved.');
    expect(patches).toEqual([{ branchIds: ['hidden-9', 'b-2'] }]);
  });

  it('says so while the branches load', async () => {
    let answer: (response: Response) => void = () => {};
    stubUsersApi({ branches: () => new Promise<Response>((resolve) => (answer = resolve)) });
    renderUsersPage();
    const dialog = await openDialog('Edit Bisi Ade');
    const group = within(dialog).getByRole('group', { name: 'Branches' });
    expect(within(group).getByText('Loading branches…')).toBeTruthy();
    expect(group).toHaveProperty('disabled', true);

    answer(jsonResponse(BRANCHES));
    expect(await within(group).findByLabelText('Ikeja shop (IKJ)')).toHaveProperty(
      'checked',
      true,
    );
    expect(within(group).queryByText('Loading branches…')).toBeNull();
    expect(group).toHaveProperty('disabled', false);
  });

  it('saves other changes when the branches could not be loaded, keeping the list', async () => {
    const { patches } = stubUsersApi({
      branches: () => problem(503, 'unavailable', 'Branches are unavailable.'),
      saved: { ...BISI, phone: '0803' },
    });
    renderUsersPage();
    const dialog = await openDialog('Edit Bisi Ade');
    const group = within(dialog).getByRole('group', { name: 'Branches' });
    expect(
      await within(group).findByText(
        'The branches could not be loaded, so they cannot be changed now.',
      ),
    ).toBeTruthy();
    expect(group).toHaveProperty('disabled', true);
    expect(within(dialog).getByLabelText(/All branches/)).toHaveProperty('disabled', false);
    fireEvent.change(within(dialog).getByLabelText('Phone'), { target: { value: '0803' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to Bisi Ade saved.');
    expect(patches).toEqual([{ phone: '0803' }]);
  });

  it('shows why the list could not be loaded, with the reference', async () => {
    stubUsersApi({
      routes: {
        'GET /api/v1/users': () => problem(403, 'forbidden', 'You may not manage users.'),
      },
    });
    renderUsersPage();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('You may not manage users.Reference: req-forbidden');
  });
});
