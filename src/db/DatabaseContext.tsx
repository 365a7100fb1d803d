import { createContext, type ReactNode, useContext } from 'react';
import type { ArenaDatabase } from './database';

const DatabaseContext = createContext<ArenaDatabase | null>(null);

/** Tests hand in a fresh database; the app hands in the one it opened at boot. */
export function DatabaseProvider({ db, children }: { db: ArenaDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): ArenaDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase must be used inside <DatabaseProvider>');
  return db;
}
