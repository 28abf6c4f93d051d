// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endSession, startSession } from '@/features/auth/api/session-store';
import { authorization, stubFetch } from '@/testing/fetch-stub';
import { downloadFile, fileNameFrom } from './download';

afterEach(() => endSession());

describe('fileNameFrom', () => {
  it.each([
    ['attachment; filename="products.csv"', 'products.csv'],
    [
      'attachment; filename*=UTF-8\'\'stock%20Ikeja.xlsx; filename="stock.xlsx"',
      'stock Ikeja.xlsx',
    ],
    ['attachment; filename=plain.csv', 'plain.csv'],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['inline', null],
    [null, null],
  ])('reads %j as %j', (header, name) => {
    expect(fileNameFrom(header)).toBe(name);
  });
});

describe('downloadFile', () => {
  it('sends the token in the Authorization header, never in the address, and saves the blob', async () => {
    startSession({ accessToken: 'secret-token', refreshToken: 'r', expiresIn: 900 });
    const fetchMock = stubFetch(
      () =>
        new Response('sku,name\r\n', {
          status: 200,
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition': 'attachment; filename="products-2026-11-21.csv"',
          },
        }),
    );
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:saved');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.download} ${this.href}`);
    });

    await expect(downloadFile('/api/v1/products/export?format=csv', 'products.csv')).resolves.toBe(
      'products-2026-11-21.csv',
    );
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/products/export?format=csv');
    expect(url).not.toContain('secret-token');
    expect(authorization(init)).toBe('Bearer secret-token');
    expect(clicked).toEqual(['products-2026-11-21.csv blob:saved']);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});
