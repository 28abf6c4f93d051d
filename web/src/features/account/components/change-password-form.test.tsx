// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonBody, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { resetApp } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';
import { ChangePasswordForm } from './change-password-form';

afterEach(resetApp);

function fill(current: string, next: string, repeat = next) {
  fireEvent.change(screen.getByLabelText('Current password'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('Repeat the new password'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordForm', () => {
  it('shows the field errors of a validation problem next to the fields', async () => {
    stubApi({
      'POST /api/v1/me/password': () =>
        problem(400, 'validation', 'Some fields are not valid.', {
          errors: [{ field: 'newPassword', message: 'Use at least 10 characters.' }],
        }),
    });
    renderWithApp(<ChangePasswordForm />, { signedInAs: 'token-1' });
    fill('old-secret', 'short');
    expect((await screen.findByRole('alert')).textContent).toContain('Some fields are not valid.');
    expect(screen.getByText('Use at least 10 characters.')).toBeTruthy();
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends both passwords and confirms the change', async () => {
    const fetchMock = stubApi({ 'POST /api/v1/me/password': () => noContent() });
    renderWithApp(<ChangePasswordForm />, { signedInAs: 'token-1' });
    fill('old-secret', 'a-much-longer-secret');
    await screen.findByText('Your password has been changed.');
    const [, init] = fetchMock.mock.calls.find(([url]) => url === '/api/v1/me/password')!;
    expect(jsonBody(init)).toEqual({
      currentPassword: 'old-secret',
      newPassword: 'a-much-longer-secret',
    });
  });

  it('checks that the new password was typed the same twice', () => {
    const fetchMock = stubApi({});
    renderWithApp(<ChangePasswordForm />);
    fill('old', 'new-one', 'new-two');
    expect(screen.getByRole('alert').textContent).toBe('The two new passwords are not the same.');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
