import { useEffect, useRef } from 'react';

/** Keys of a scanner arrive a few milliseconds apart; a person types much slower. */
export const SCANNER_KEY_GAP_MS = 60;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Calls `onScan` when a barcode scanner types digits and Enter while the focus is not in a
 * field (a field handles its own Enter). Lets a shop scan without first clicking the search.
 */
export function useBarcodeScanner(onScan: (code: string) => void, minLength = 8): void {
  const handler = useRef(onScan);
  useEffect(() => {
    handler.current = onScan;
  });

  useEffect(() => {
    let buffer = '';
    let last = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isEditable(event.target) || event.ctrlKey || event.altKey || event.metaKey) return;
      const now = event.timeStamp || performance.now();
      if (now - last > SCANNER_KEY_GAP_MS) buffer = '';
      last = now;
      if (/^\d$/.test(event.key)) {
        buffer += event.key;
      } else if (event.key === 'Enter' && buffer.length >= minLength) {
        event.preventDefault();
        const code = buffer;
        buffer = '';
        handler.current(code);
      } else {
        buffer = '';
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [minLength]);
}
