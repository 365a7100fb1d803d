import { registerSW } from 'virtual:pwa-register';
import { useOfflineStore } from '../../store/offlineStore';

/**
 * Registers the build's service worker (production builds only: in the dev server
 * `virtual:pwa-register` is a no-op). Needs a secure context — https or localhost/127.0.0.1; a
 * build opened from file:// cannot register one and simply stays online-only.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const activateWaitingWorker = registerSW({
    // registerType 'prompt': a new build waits until the operator reloads, so a deploy never
    // reloads a projector in the middle of a meeting.
    onNeedRefresh: () =>
      useOfflineStore.getState().offerUpdate(() => {
        void activateWaitingWorker();
      }),
    onRegisterError: (error: unknown) => console.warn('Service worker registration failed', error),
  });
  // `ready` resolves once a worker is active, i.e. its install (the whole precache) succeeded —
  // on the first visit and on every later one, where no "installed" event fires.
  void navigator.serviceWorker.ready.then(() => useOfflineStore.getState().markOfflineReady());
}
