// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditRoute } from '@/app/routes/audit';
import { jsonResponse, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

function entry(sequence: number) {
  return {
    sequence,
    occurredAt: '2026-11-21T13:05:00Z',
    actor: 'ada',
    action: 'user.updated',
    objectType: 'user',
    objectId: `u-${sequence}`,
    before: { displayName: 'Bisi', active: true, roles: ['Cashier'] },
    after: { displayName: 'Bisi Ade', active: true, roles: ['Cashier', 'Manager'] },
    reason: `Promotion ${sequence}`,
    requestId: `req-${sequence}`,
    clientIp: '10.0.0.7',
  };
}

function stub() {
  return stubApi({
    'GET /api/v1/me': () => jsonResponse(meBody({ permissions: ['audit.read'] })),
    'GET /api/v1/audit': (url) => {
      const params = new URL(url, 'http://x').searchParams;
      const page = Number(params.get('page'));
      const size = Number(params.get('size'));
      const first = 60 - page * size;
      const items = Array.from({ length: Math.min(size, first) }, (_, i) => entry(first - i));
      return jsonResponse({ items, page, size, total: 60 });
    },
  });
}

const auditUrls = (mock: ReturnType<typeof stub>) =>
  mock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/v1/audit'));

describe('the audit trail', () => {
  it('shows a page of entries in Lagos time, opens a row to show the changes, and pages on', async () => {
    const fetchMock = stub();
    renderWithApp(<AuditRoute />, { route: '/audit', signedInAs: 'token-1' });

    const toggle = await screen.findByRole('button', { name: 'Show details of entry 60' });
    const row = toggle.closest('tr')!;
    expect(within(row).getByText('21 Nov 2026, 14:05')).toBeTruthy();
    expect(within(row).getByText('user.updated')).toBeTruthy();
    expect(within(row).getByText('Promotion 60')).toBeTruthy();
    expect(screen.getByText('Showing 1–25 of 60 · Page 1 of 3')).toBeTruthy();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const name = within(details).getByText('Display name').closest('tr')!;
    expect(name.className).toContain('diff__row--changed');
    expect(within(name).getByText('Bisi')).toBeTruthy();
    expect(within(name).getByText('Bisi Ade')).toBeTruthy();
    expect(within(details).getByText('Cashier, Manager')).toBeTruthy();
    expect(within(details).getByText('Active').closest('tr')!.className).not.toContain('changed');

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByRole('button', { name: 'Show details of entry 35' });
    expect(screen.getByText('Showing 26–50 of 60 · Page 2 of 3')).toBeTruthy();
    expect(auditUrls(fetchMock)).toEqual([
      '/api/v1/audit?page=0&size=25',
      '/api/v1/audit?page=1&size=25',
    ]);
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveProperty('disabled', false);
  });

  it('filters by actor, action and Lagos calendar days', async () => {
    const fetchMock = stub();
    renderWithApp(<AuditRoute />, { route: '/audit', signedInAs: 'token-1' });
    await screen.findByRole('button', { name: 'Show details of entry 60' });

    fireEvent.change(screen.getByLabelText('Actor (username)'), { target: { value: 'ada' } });
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'user.updated' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-21' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(auditUrls(fetchMock).at(-1)).toBe(
        '/api/v1/audit?actor=ada&action=user.updated&from=2026-10-31T23%3A00%3A00Z&to=2026-11-21T23%3A00%3A00Z&page=0&size=25',
      ),
    );
    await screen.findByRole('button', { name: 'Show details of entry 60' });
    expect((screen.getByLabelText('Actor (username)') as HTMLInputElement).value).toBe('ada');
  });
});
