import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: unknown };

export interface ResourceHandle<T> {
  state: Resource<T>;
  /** Loads the same data again; the current data stays on screen meanwhile. */
  reload: () => void;
  /** Replaces the data locally, e.g. with what a save returned. */
  update: (change: (data: T) => T) => void;
}

/**
 * Loads data with `load` when the component mounts and whenever `key` changes; aborts a
 * load that is no longer wanted.
 */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key = '',
): ResourceHandle<T> {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const loadedKey = useRef(key);

  useEffect(() => {
    const controller = new AbortController();
    // Other data (a new key) shows "loading"; a reload of the same data keeps it on screen.
    const sameData = loadedKey.current === key;
    loadedKey.current = key;
    setState((previous) =>
      sameData && previous.status === 'ready' ? previous : { status: 'loading' },
    );
    load(controller.signal)
      .then((data) => setState({ status: 'ready', data }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      });
    return () => controller.abort();
    // `load` is expected to change only together with `key`.
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const update = useCallback(
    (change: (data: T) => T) =>
      setState((previous) =>
        previous.status === 'ready' ? { status: 'ready', data: change(previous.data) } : previous,
      ),
    [],
  );
  return { state, reload, update };
}
