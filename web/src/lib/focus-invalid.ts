import { useEffect, type RefObject } from 'react';

/**
 * After a submit that found errors, moves focus to the first field marked invalid inside the
 * container, so keyboard and screen reader users land on what needs fixing. `attempt` changes
 * with every submit that found errors.
 */
export function useFocusFirstInvalid(
  container: RefObject<HTMLElement | null>,
  attempt: number,
): void {
  useEffect(() => {
    if (attempt === 0) return;
    container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, container]);
}
