// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { NetworkError } from '@/lib/api-client';
import { jsonResponse, stubFetch } from '@/testing/fetch-stub';
import {
  APP_INFO_CACHE_KEY,
  DEFAULT_APP_INFO,
  fetchAppInfo,
  normaliseAppInfo,
  readCachedAppInfo,
} from './app-info';

const SERVER_INFO = {
  name: 'AstroAxis',
  version: '0.1.0-SNAPSHOT',
  companyName: 'ASTRO-ASIX',
  currencyCode: 'NGN',
  currencySymbol: '₦',
  timezone: 'Africa/Lagos',
  environment: 'development',
  features: { login: false },
};

describe('app info', () => {
  it('fetches /api/v1/app-info and caches it for offline starts', async () => {
    const fetchMock = stubFetch(() => jsonResponse(SERVER_INFO));
    expect(readCachedAppInfo()).toBeNull();

    await expect(fetchAppInfo()).resolves.toEqual(SERVER_INFO);

    expect(fetchMock.mock.calls[0]![0]).toBe('/api/v1/app-info');
    expect(readCachedAppInfo()).toEqual(SERVER_INFO);
  });

  it('keeps the cached value when the server cannot be reached', async () => {
    window.localStorage.setItem(APP_INFO_CACHE_KEY, JSON.stringify(SERVER_INFO));
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    await expect(fetchAppInfo()).rejects.toBeInstanceOf(NetworkError);
    expect(readCachedAppInfo()?.companyName).toBe('ASTRO-ASIX');
  });

  it('fills missing or wrongly typed fields with defaults', () => {
    expect(normaliseAppInfo({ companyName: 'Mama Put Ltd', features: { login: 'yes' } })).toEqual({
      ...DEFAULT_APP_INFO,
      companyName: 'Mama Put Ltd',
    });
    expect(normaliseAppInfo(null)).toEqual(DEFAULT_APP_INFO);
    expect(normaliseAppInfo({ features: { login: true } }).features.login).toBe(true);
  });

  it('ignores a corrupt cache entry', () => {
    window.localStorage.setItem(APP_INFO_CACHE_KEY, '{broken');
    expect(readCachedAppInfo()).toBeNull();
  });
});
