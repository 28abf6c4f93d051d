// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '@/features/auth/api/session-store';
import { authorization, jsonResponse, stubApi } from '@/testing/fetch-stub';
import { resetApp } from '@/testing/fixtures';
import { ProductImageField } from './product-image-field';

afterEach(resetApp);

function Harness() {
  const [fileId, setFileId] = useState<string | null>(null);
  return (
    <>
      <ProductImageField fileId={fileId} productName="Rice 5kg" onChange={setFileId} />
      <p>Picture id: {fileId ?? 'none'}</p>
    </>
  );
}

describe('the product picture', () => {
  it('uploads the picture to the files service and shows it from a blob: URL', async () => {
    startSession({ accessToken: 'token-1', refreshToken: 'r', expiresIn: 900 });
    const uploads: { purpose: unknown; name: string }[] = [];
    const fetchMock = stubApi({
      'POST /api/v1/files': (_url, init) => {
        const form = init?.body as FormData;
        uploads.push({ purpose: form.get('purpose'), name: (form.get('file') as File).name });
        return jsonResponse({ id: 'f-1', name: 'rice.png', contentType: 'image/png' }, 201);
      },
      'GET /api/v1/files/f-1': () =>
        new Response(new Blob(['png'], { type: 'image/png' }), {
          headers: { 'Content-Type': 'image/png' },
        }),
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:picture');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    render(<Harness />);
    const input = screen.getByLabelText('Choose picture');
    fireEvent.change(input, {
      target: { files: [new File(['png'], 'rice.png', { type: 'image/png' })] },
    });

    await screen.findByText('Picture id: f-1');
    const image = (await screen.findByRole('img', {
      name: 'Picture of Rice 5kg',
    })) as HTMLImageElement;
    expect(image.getAttribute('src')).toBe('blob:picture');
    expect(uploads).toEqual([{ purpose: 'product-image', name: 'rice.png' }]);
    const download = fetchMock.mock.calls.find(([url]) => url === '/api/v1/files/f-1')!;
    expect(authorization(download[1])).toBe('Bearer token-1');

    fireEvent.click(screen.getByRole('button', { name: 'Remove picture' }));
    expect(screen.getByText('Picture id: none')).toBeTruthy();
    expect(screen.getByText('No picture')).toBeTruthy();
  });
});
