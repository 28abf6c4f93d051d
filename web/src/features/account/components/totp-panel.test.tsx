// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountRoute } from '@/app/routes/account';
import { jsonBody, jsonResponse, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { meBody, resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

afterEach(resetApp);

const SETUP = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  otpauthUri: 'otpauth://totp/AstroAxis:ada?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=AstroAxis',
  qrCodeDataUri:
    'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=',
};

describe('two-step sign-in enrolment on the account page', () => {
  it('shows the QR code and the grouped key, rejects a wrong code and turns on with the right one', async () => {
    let enabled = false;
    const confirmations: unknown[] = [];
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody({ totpEnabled: enabled })),
      'POST /api/v1/me/totp': () => jsonResponse(SETUP),
      'POST /api/v1/me/totp/confirm': (_url, init) => {
        const body = jsonBody(init) as { code: string };
        confirmations.push(body);
        if (body.code !== '246810') return problem(400, 'otp-invalid', 'That code is not correct.');
        enabled = true;
        return noContent();
      },
    });
    renderWithApp(<AccountRoute />, { route: '/account', signedInAs: 'token-1' });

    fireEvent.click(await screen.findByRole('button', { name: 'Set up two-step sign-in' }));

    const qr = await screen.findByRole('img', {
      name: 'QR code for adding AstroAxis to an authenticator app',
    });
    expect(qr.getAttribute('src')).toBe(SETUP.qrCodeDataUri);
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP')).toBeTruthy();

    const code = screen.getByLabelText('Code from the app');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    fireEvent.change(code, { target: { value: '111111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step sign-in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That code is not correct.');

    fireEvent.change(screen.getByLabelText('Code from the app'), { target: { value: '246810' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step sign-in' }));

    const section = screen.getByRole('region', { name: 'Two-step sign-in' });
    await within(section).findByText(/Two-step sign-in is on/);
    expect(screen.queryByRole('img')).toBeNull();
    expect(confirmations).toEqual([{ code: '111111' }, { code: '246810' }]);
  });

  it('does not put anything but an image data URI into the page', async () => {
    stubApi({
      'GET /api/v1/me': () => jsonResponse(meBody()),
      'POST /api/v1/me/totp': () =>
        jsonResponse({ ...SETUP, qrCodeDataUri: 'javascript:alert(1)' }),
    });
    renderWithApp(<AccountRoute />, { route: '/account', signedInAs: 'token-1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Set up two-step sign-in' }));
    await screen.findByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
    expect(screen.queryByRole('img')).toBeNull();
  });
});
