import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After an in-app navigation, moves keyboard and screen reader focus to the new
 * page's h1 (or to main). The first render is left alone so Tab starts at the skip link.
 */
export function useRouteFocus(mainId = 'main'): void {
  const { pathname } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(mainId);
    const heading = main?.querySelector<HTMLElement>('h1');
    (heading ?? main)?.focus();
  }, [pathname, mainId]);
}
