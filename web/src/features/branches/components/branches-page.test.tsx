// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BranchesRoute } from '@/app/routes/branches';
import { jsonBody, jsonResponse, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

const IKEJA = {
  id: 'b-ikj',
  code: 'IKJ',
  name: 'Ikeja',
  kind: 'SHOP',
  address: '12 Allen Avenue',
  phone: '08031234567',
  latitude: 6.6018,
  longitude: 3.3515,
  radiusMeters: 150,
  receiptHeader: 'Ada Stores',
  receiptFooter: 'Thank you',
  oversell: 'BLOCK',
  active: true,
};

function stub(permissions: string[], posts: unknown[] = []) {
  return stubApi({
    'GET /api/v1/me': () => jsonResponse(meBody({ permissions })),
    'GET /api/v1/branches': () => jsonResponse([IKEJA]),
    'POST /api/v1/branches': (_url, init) => {
      const sent = jsonBody(init) as Record<string, unknown>;
      posts.push(sent);
      // As the server's BranchController.BranchJson: blank texts are stored as null and left out.
      const { address: _address, phone: _phone, receiptHeader: _h, receiptFooter: _f, ...rest } = sent;
      return jsonResponse({ id: 'b-lek', ...rest, active: true }, 201);
    },
  });
}

describe('the branches page', () => {
  it('lists branches for any signed-in user, without editing', async () => {
    stub([]);
    renderWithApp(<BranchesRoute />, { route: '/branches', signedInAs: 'token-1' });
    const row = (await screen.findByText('Ikeja', { selector: '.cell-main' })).closest('tr')!;
    expect(within(row).getByText('Shop')).toBeTruthy();
    expect(within(row).getByText('Blocked')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New branch' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
  });

  it('creates a branch after checking the code and the location', async () => {
    const posts: unknown[] = [];
    stub(['branches.manage'], posts);
    renderWithApp(<BranchesRoute />, { route: '/branches', signedInAs: 'token-1' });
    fireEvent.click(await screen.findByRole('button', { name: 'New branch' }));
    const dialog = screen.getByRole('dialog', { name: 'New branch' });
    const type = (label: string | RegExp, value: string) =>
      fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
    type(/^Code/, 'l');
    type(/^Name/, 'Lekki');
    type('Latitude', '6.44');
    type('Radius (metres)', '12.5');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create branch' }));
    expect(
      within(dialog).getByText('Use 2 to 10 capital letters or digits, for example IKJ.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('Enter both latitude and longitude, or neither.')).toBeTruthy();
    expect(
      within(dialog).getByText('Enter a whole number of metres, for example 150.'),
    ).toBeTruthy();
    expect(posts).toEqual([]);

    type(/^Code/, 'lek');
    expect((within(dialog).getByLabelText(/^Code/) as HTMLInputElement).value).toBe('LEK');
    type('Longitude', '3.47');
    type('Radius (metres)', '100');
    fireEvent.click(within(dialog).getByLabelText(/^Warehouse/));
    fireEvent.click(within(dialog).getByLabelText(/Allow and flag/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create branch' }));

    await screen.findByText('Branch Lekki created.');
    expect(posts).toEqual([
      {
        code: 'LEK',
        name: 'Lekki',
        kind: 'WAREHOUSE',
        address: '',
        phone: '',
        latitude: 6.44,
        longitude: 3.47,
        radiusMeters: 100,
        receiptHeader: '',
        receiptFooter: '',
        oversell: 'ALLOW_AND_FLAG',
      },
    ]);
    expect(screen.getByText('Lekki', { selector: '.cell-main' })).toBeTruthy();
  });
});
