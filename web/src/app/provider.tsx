import { StrictMode, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { AppInfoProvider } from '@/features/app-info/components/app-info-provider';
import { AuthProvider } from '@/features/auth/components/auth-provider';

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <AppInfoProvider>
        <AuthProvider>
          <BrowserRouter>{children}</BrowserRouter>
        </AuthProvider>
      </AppInfoProvider>
    </StrictMode>
  );
}
