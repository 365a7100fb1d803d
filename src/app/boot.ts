import { loadBundledData } from '../db/bundledData';
import { ArenaDatabase } from '../db/database';
import { ensureSeeded } from '../db/dataset';
import { useDatabaseStatusStore } from '../store/databaseStatusStore';

/**
 * Opens the database and seeds it on the first run.
 *
 * A newer version of the app opened in another tab upgrades the schema. Dexie's default handler
 * closes the connection but lets the next query reopen it with this tab's old schema; instead the
 * connection is closed for good (every later read or write fails with DatabaseClosedError) and a
 * blocking banner asks for a reload. No automatic reload: the user may be typing.
 */
export async function openArenaDatabase(): Promise<ArenaDatabase> {
  const db = new ArenaDatabase();
  const { setStatus } = useDatabaseStatusStore.getState();
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    setStatus('stale');
    return false;
  });
  // This tab's upgrade waits for an older tab to let go of the database.
  db.on('blocked', () => {
    setStatus('blocked');
    return false;
  });
  await db.open();
  setStatus('open');
  await ensureSeeded(db, loadBundledData);
  // Ask the browser not to evict the data; the Data screen shows the answer and can ask again.
  void navigator.storage?.persist?.().catch(() => false);
  return db;
}
