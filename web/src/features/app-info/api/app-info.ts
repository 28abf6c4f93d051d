import { apiClient } from '@/lib/api-client';
import { readJson, writeJson } from '@/lib/storage';

export interface AppInfo {
  name: string;
  version: string;
  companyName: string;
  currencyCode: string;
  currencySymbol: string;
  timezone: string;
  environment: string;
  features: { login: boolean };
}

/** Where the app info on screen came from. */
export type AppInfoSource = 'server' | 'cache' | 'default';

export const APP_INFO_PATH = '/api/v1/app-info';
export const APP_INFO_CACHE_KEY = 'astroaxis.app-info';

export const DEFAULT_APP_INFO: AppInfo = {
  name: 'AstroAxis',
  version: '',
  companyName: '',
  currencyCode: 'NGN',
  currencySymbol: '\u20A6',
  timezone: 'Africa/Lagos',
  environment: 'unknown',
  features: { login: false },
};

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/** Accepts whatever the server (or an old cache) sent and fills gaps with defaults. */
export function normaliseAppInfo(raw: unknown): AppInfo {
  const data = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const features =
    data['features'] !== null && typeof data['features'] === 'object'
      ? (data['features'] as Record<string, unknown>)
      : {};
  const d = DEFAULT_APP_INFO;
  return {
    name: str(data['name'], d.name),
    version: str(data['version'], d.version),
    companyName: str(data['companyName'], d.companyName),
    currencyCode: str(data['currencyCode'], d.currencyCode),
    currencySymbol: str(data['currencySymbol'], d.currencySymbol),
    timezone: str(data['timezone'], d.timezone),
    environment: str(data['environment'], d.environment),
    features: { login: features['login'] === true },
  };
}

export function readCachedAppInfo(): AppInfo | null {
  const cached = readJson('local', APP_INFO_CACHE_KEY);
  return cached === undefined ? null : normaliseAppInfo(cached);
}

/** Fetches app info from the server and remembers it for offline starts. */
export async function fetchAppInfo(signal?: AbortSignal): Promise<AppInfo> {
  const raw = await apiClient.get<unknown>(APP_INFO_PATH, {
    auth: false,
    ...(signal ? { signal } : {}),
  });
  const info = normaliseAppInfo(raw);
  writeJson('local', APP_INFO_CACHE_KEY, info);
  return info;
}
