import { createContext, useContext } from 'react';
import { DEFAULT_APP_INFO, type AppInfo, type AppInfoSource } from '../api/app-info';

export interface AppInfoState {
  info: AppInfo;
  source: AppInfoSource;
  /** 'loading' until the server answered (or failed) at least once. */
  status: 'loading' | 'ready' | 'error';
}

export const AppInfoContext = createContext<AppInfoState>({
  info: DEFAULT_APP_INFO,
  source: 'default',
  status: 'loading',
});

export function useAppInfo(): AppInfoState {
  return useContext(AppInfoContext);
}
