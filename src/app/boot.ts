import { loadBundledData } from '../db/bundledData';
import { ArenaDatabase } from '../db/database';
import { ensureSeeded } from '../db/dataset';

/**
 * Opens the database and seeds it on the first run. A newer version of the app opened in another
 * tab upgrades the schema; this tab then reloads instead of reopening the old schema (Dexie's
 * default) and writing with stale code.
 */
export async function openArenaDatabase(): Promise<ArenaDatabase> {
  const db = new ArenaDatabase();
  db.on('versionchange', () => {
    db.close();
    window.location.reload();
    return false;
  });
  await db.open();
  await ensureSeeded(db, loadBundledData);
  // Best effort: ask the browser not to evict the data; the answer is not needed to go on.
  void navigator.storage?.persist?.().catch(() => false);
  return db;
}
