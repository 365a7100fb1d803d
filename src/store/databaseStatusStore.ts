import { create } from 'zustand';

/**
 * The health of this tab's database connection. `stale`: another tab upgraded the schema, so this
 * tab closed its connection and must not write again until reloaded. `blocked`: this tab's upgrade
 * waits for an older tab to close.
 */
export type DatabaseStatus = 'open' | 'stale' | 'blocked';

interface DatabaseStatusState {
  status: DatabaseStatus;
  setStatus: (status: DatabaseStatus) => void;
}

export const useDatabaseStatusStore = create<DatabaseStatusState>()((set) => ({
  status: 'open',
  // Once stale, always stale: only a reload gives this tab a connection again.
  setStatus: (status) => set((state) => (state.status === 'stale' ? state : { status })),
}));
