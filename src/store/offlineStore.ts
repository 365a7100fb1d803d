import { create } from 'zustand';

interface OfflineState {
  /** The service worker is active: every file of the app is precached. */
  isOfflineReady: boolean;
  /**
   * A newer build is installed and waiting; calling this activates it and reloads the page.
   * Null while there is none (or after the operator chose "later").
   */
  applyUpdate: (() => void) | null;
  markOfflineReady: () => void;
  offerUpdate: (applyUpdate: () => void) => void;
  postponeUpdate: () => void;
}

/** Service-worker state for the offline badge and the "new version" prompt. */
export const useOfflineStore = create<OfflineState>()((set) => ({
  isOfflineReady: false,
  applyUpdate: null,
  markOfflineReady: () => set({ isOfflineReady: true }),
  offerUpdate: (applyUpdate) => set({ applyUpdate }),
  postponeUpdate: () => set({ applyUpdate: null }),
}));
