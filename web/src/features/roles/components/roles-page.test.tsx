// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RolesRoute } from '@/app/routes/roles';
import { jsonBody, jsonResponse, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

const PERMISSIONS = [
  { code: 'users.manage', description: 'Create and change users and roles' },
  { code: 'audit.read', description: 'See the audit trail' },
  { code: 'sales.sell', description: 'Ring up sales' },
  { code: 'sales.refund', description: 'Give refunds' },
];
const SUPERVISOR = {
  name: 'Supervisor',
  description: 'Floor supervisor',
  system: false,
  permissions: ['sales.sell'],
};

describe('the roles page', () => {
  it('edits a role with a checklist grouped by module and sends the reason', async () => {
    const patches: unknown[] = [];
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['users.manage'] })),
      'GET /api/v1/roles': () => jsonResponse([SUPERVISOR]),
      'GET /api/v1/permissions': () => jsonResponse(PERMISSIONS),
      'PATCH /api/v1/roles/Supervisor': (_url, init) => {
        patches.push(jsonBody(init));
        return jsonResponse({ ...SUPERVISOR, permissions: ['sales.refund', 'sales.sell'] });
      },
    });
    renderWithApp(<RolesRoute />, { route: '/admin/roles', signedInAs: 'token-1' });

    fireEvent.click(await screen.findByRole('button', { name: 'Edit role Supervisor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit role Supervisor' });
    const groups = within(dialog)
      .getAllByRole('group')
      .map((group) => group.querySelector('legend')?.textContent);
    expect(groups).toEqual(['Audit', 'Sales', 'Users']);

    const sales = within(dialog).getAllByRole('group')[1]!;
    expect((within(sales).getByLabelText(/sales\.sell/) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(sales).getByLabelText(/sales\.refund/));
    expect(
      (within(sales).getByLabelText('All sales permissions') as HTMLInputElement).checked,
    ).toBe(true);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/reason/);
    fireEvent.change(within(dialog).getByLabelText('Reason for this change'), {
      target: { value: 'Supervisors refund now' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes to role Supervisor saved.');
    expect(patches).toEqual([
      { permissions: ['sales.refund', 'sales.sell'], reason: 'Supervisors refund now' },
    ]);
  });
});
