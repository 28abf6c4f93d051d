import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppRoutes } from '@/app/router';
import { DEFAULT_APP_INFO, type AppInfo } from '@/features/app-info/api/app-info';
import { AppInfoContext, type AppInfoState } from '@/features/app-info/components/app-info-context';
import { startSession } from '@/features/auth/api/session-store';
import { AuthProvider } from '@/features/auth/components/auth-provider';
import { MeProvider } from '@/features/auth/components/me-provider';

export interface RenderOptions {
  route?: string;
  /** The route pattern the element is mounted at (e.g. "/products/:id"); defaults to the route. */
  path?: string;
  appInfo?: Partial<AppInfo>;
  status?: AppInfoState['status'];
  /** Extra routes to render next to the element, e.g. a stand-in for a redirect target. */
  routes?: Record<string, ReactElement>;
  /** Starts a session with this access token before rendering. */
  signedInAs?: string;
}

function appInfoState(options: RenderOptions): AppInfoState {
  const { appInfo = {}, status = 'ready' } = options;
  return {
    info: { ...DEFAULT_APP_INFO, ...appInfo },
    source: status === 'ready' ? 'server' : 'default',
    status,
  };
}

/** Renders an element inside a memory router, a fixed app-info context and the signed-in user's profile. */
export function renderWithApp(element: ReactElement, options: RenderOptions = {}): RenderResult {
  const { route = '/', routes = {}, signedInAs, path = route.split('?')[0] } = options;
  if (signedInAs)
    startSession({
      accessToken: signedInAs,
      refreshToken: `refresh-${signedInAs}`,
      expiresIn: 900,
    });
  return render(
    <AppInfoContext.Provider value={appInfoState(options)}>
      <MeProvider>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={element} />
            {Object.entries(routes).map(([path, routeElement]) => (
              <Route key={path} path={path} element={routeElement} />
            ))}
          </Routes>
        </MemoryRouter>
      </MeProvider>
    </AppInfoContext.Provider>,
  );
}

/** Renders the whole app (layout, navigation, all routes, session renewal) at a path. */
export function renderApp(options: RenderOptions = {}): RenderResult {
  const { route = '/', signedInAs } = options;
  if (signedInAs)
    startSession({
      accessToken: signedInAs,
      refreshToken: `refresh-${signedInAs}`,
      expiresIn: 900,
    });
  return render(
    <AppInfoContext.Provider value={appInfoState(options)}>
      <AuthProvider>
        <MemoryRouter initialEntries={[route]}>
          <AppRoutes />
        </MemoryRouter>
      </AuthProvider>
    </AppInfoContext.Provider>,
  );
}
