// Shared test setup. DOM tests opt in per file with `// @vitest-environment happy-dom`.
import { afterEach } from 'vitest';

afterEach(() => {
  if (typeof window !== 'undefined') {
    window.localStorage.clear();
    window.sessionStorage.clear();
  }
});
