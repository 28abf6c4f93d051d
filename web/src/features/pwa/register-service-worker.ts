/**
 * Registers /sw.js (generated at build time) and tracks whether an updated worker is
 * waiting. The new worker is only activated when the user chooses to reload, so a sale
 * in progress is never interrupted by a surprise refresh.
 */

type Listener = () => void;

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let waitingWorker: ServiceWorker | null = null;
let reloadRequested = false;
const listeners = new Set<Listener>();

function setWaiting(worker: ServiceWorker | null): void {
  waitingWorker = worker;
  listeners.forEach((listener) => listener());
}

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isUpdateWaiting(): boolean {
  return waitingWorker !== null;
}

/** Activates the waiting worker; the page reloads once it has taken control. */
export function applyUpdate(): void {
  if (!waitingWorker) return;
  reloadRequested = true;
  waitingWorker.postMessage({ type: 'SKIP_WAITING' });
}

export function dismissUpdate(): void {
  setWaiting(null);
}

function watch(registration: ServiceWorkerRegistration): void {
  // Only an update replaces a controlling worker; the very first install has nothing to replace.
  if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) {
        setWaiting(installing);
      }
    });
  });
}

export function registerServiceWorker(url = '/sw.js'): void {
  if (!('serviceWorker' in navigator)) return;

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadRequested) window.location.reload();
  });

  const register = () => {
    navigator.serviceWorker
      .register(url, { scope: '/', updateViaCache: 'none' })
      .then((registration) => {
        watch(registration);
        const check = () => {
          if (navigator.onLine) registration.update().catch(() => undefined);
        };
        window.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') check();
        });
      })
      .catch((error: unknown) => {
        // The app still works online without a worker; report for diagnosis only.
        console.warn('AstroAxis: service worker registration failed', error);
      });
  };

  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
