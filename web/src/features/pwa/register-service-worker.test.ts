// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;

/** A minimal stand-in for navigator.serviceWorker and one registration. */
function fakeServiceWorker(options: { waiting: boolean; controlled: boolean }) {
  const containerListeners: Record<string, Listener[]> = {};
  const waiting = options.waiting ? { postMessage: vi.fn(), state: 'installed' } : null;
  const registration = {
    waiting,
    installing: null,
    addEventListener: vi.fn(),
    update: vi.fn(() => Promise.resolve()),
  };
  const container = {
    controller: options.controlled ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
    addEventListener: (type: string, listener: Listener) => {
      (containerListeners[type] ??= []).push(listener);
    },
  };
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { serviceWorker: container }));
  const fire = (type: string) => containerListeners[type]?.forEach((listener) => listener());
  return { container, registration, waiting, fire };
}

async function load() {
  vi.resetModules();
  return import('./register-service-worker');
}

afterEach(() => vi.restoreAllMocks());

describe('registerServiceWorker', () => {
  it('registers /sw.js for the whole app without using the HTTP cache', async () => {
    const { container } = fakeServiceWorker({ waiting: false, controlled: false });
    const sw = await load();
    sw.registerServiceWorker();
    await vi.waitFor(() => expect(container.register).toHaveBeenCalled());
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/', updateViaCache: 'none' });
    expect(sw.isUpdateWaiting()).toBe(false);
  });

  it('does not offer an update on the very first install', async () => {
    const { container } = fakeServiceWorker({ waiting: true, controlled: false });
    const sw = await load();
    sw.registerServiceWorker();
    await vi.waitFor(() => expect(container.register).toHaveBeenCalled());
    await Promise.resolve();
    expect(sw.isUpdateWaiting()).toBe(false);
  });

  it('offers a waiting update and activates it only when asked, then reloads', async () => {
    const { waiting, fire } = fakeServiceWorker({ waiting: true, controlled: true });
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const sw = await load();
    const onChange = vi.fn();
    sw.subscribeUpdate(onChange);
    sw.registerServiceWorker();

    await vi.waitFor(() => expect(sw.isUpdateWaiting()).toBe(true));
    expect(onChange).toHaveBeenCalled();
    expect(waiting!.postMessage).not.toHaveBeenCalled();

    fire('controllerchange');
    expect(reload).not.toHaveBeenCalled();

    sw.applyUpdate();
    expect(waiting!.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    fire('controllerchange');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('hides the prompt when dismissed', async () => {
    fakeServiceWorker({ waiting: true, controlled: true });
    const sw = await load();
    sw.registerServiceWorker();
    await vi.waitFor(() => expect(sw.isUpdateWaiting()).toBe(true));
    sw.dismissUpdate();
    expect(sw.isUpdateWaiting()).toBe(false);
  });
});
