import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUNDLE_TABLES } from '../../src/formats/bundle';
import { type BoardRowView, readBoard } from './boardReader';
import { type AppPage, chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();

/** A fact the default scorecard scores (distance-to-leader against the other zone's 42). */
const FACT_ID = 'f-hitech-projects-introduced';
const FACT_VALUE = 33;
// Everything a bundle carries, plus the user's weights: what a restore must bring back.
const DATA_STORES = [...BUNDLE_TABLES, 'weightSets'];

type Dump = Record<string, unknown[]>;

/** Every data store of the app's database read with raw IndexedDB, sorted by key. */
async function dumpDatabase(page: Page, stores = DATA_STORES): Promise<Dump> {
  return page.evaluate(
    (names) =>
      new Promise<Dump>((resolve, reject) => {
        const request = indexedDB.open('leitai-arena');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(names, 'readonly');
          const dump: Dump = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              dump[name] = all.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(dump);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}

async function openData(): Promise<AppPage> {
  const app = await openPage('#/data');
  await app.page.getByRole('tab', { name: /实绩/ }).waitFor();
  await app.page.locator(`tr[data-row-id="${FACT_ID}"]`).waitFor();
  return app;
}

async function boardOf(page: Page): Promise<BoardRowView[]> {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.locator('table.ranking-table tbody tr').nth(8).waitFor();
  return readBoard(page);
}

async function backToData(page: Page) {
  await page.evaluate(() => {
    window.location.hash = '#/data';
  });
  await page.locator(`tr[data-row-id="${FACT_ID}"]`).waitFor();
}

function factValueCell(page: Page) {
  return page.getByRole('button', { name: `修改 ${FACT_ID} 的数值：${FACT_VALUE}`, exact: false });
}

async function typeInto(page: Page, cellName: string, text: string) {
  await page.getByRole('button', { name: cellName }).click();
  const input = page.getByRole('textbox', { name: `${FACT_ID} 的数值` });
  await input.fill(text);
  return input;
}

describe('Data screen in Chromium (production build)', () => {
  it('edits a fact inline, the leaderboard follows, and undo restores the database exactly', async () => {
    const app = await openData();
    const { page } = app;
    const board = await boardOf(page);
    await backToData(page);
    const before = await dumpDatabase(page);

    const input = await typeInto(page, `修改 ${FACT_ID} 的数值：${FACT_VALUE}`, '84');
    await input.press('Enter');
    await page.getByRole('button', { name: `修改 ${FACT_ID} 的数值：84` }).waitFor();
    const row = page.locator(`tr[data-row-id="${FACT_ID}"]`);
    // The quote stays visible, marked as no longer backing the value.
    expect(await row.textContent()).toContain('已手动修改');
    expect(await row.textContent()).toContain('原文对应数值：33');
    const edited = (await dumpDatabase(page, ['facts'])).facts as { id: string; value: number }[];
    expect(edited.find((fact) => fact.id === FACT_ID)?.value).toBe(84);

    const boardAfter = await boardOf(page);
    const hitech = (rows: BoardRowView[]) => rows.find((r) => r.zoneId === 'hitech')?.total ?? null;
    expect(hitech(boardAfter)).not.toBeNull();
    expect(hitech(boardAfter)).toBeGreaterThan(hitech(board) ?? Number.POSITIVE_INFINITY);

    await backToData(page);
    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: `修改 ${FACT_ID} 的数值：${FACT_VALUE}` }).waitFor();
    expect(await dumpDatabase(page)).toEqual(before);
    expect(await boardOf(page)).toEqual(board);

    // Redo brings the edit back, with the undo button as well as the keyboard.
    await backToData(page);
    await page.getByRole('button', { name: '重做' }).click();
    await page.getByRole('button', { name: `修改 ${FACT_ID} 的数值：84` }).waitFor();
    await page.getByRole('button', { name: '撤销', exact: true }).click();
    await page.getByRole('button', { name: `修改 ${FACT_ID} 的数值：${FACT_VALUE}` }).waitFor();
    expect(await dumpDatabase(page)).toEqual(before);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });

  it('refuses an invalid value with a message next to the cell and writes nothing', async () => {
    const app = await openData();
    const { page } = app;
    const before = await dumpDatabase(page);
    const input = await typeInto(page, `修改 ${FACT_ID} 的数值：${FACT_VALUE}`, '12亿元');
    await input.press('Enter');
    const alert = page.locator(`tr[data-row-id="${FACT_ID}"] [role="alert"]`);
    await alert.waitFor();
    expect(await alert.textContent()).toContain('“12亿元”不是数字');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await page.waitForTimeout(200);
    expect(await dumpDatabase(page)).toEqual(before);
    // Esc leaves the cell as it was.
    await input.press('Escape');
    await factValueCell(page).waitFor();
    expect(await dumpDatabase(page)).toEqual(before);
    await app.context.close();
  });

  it('downloads everything as one bundle and restores a backup to the original data', async () => {
    const app = await openData();
    const { page } = app;
    const original = await dumpDatabase(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载全部数据（JSON）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^leitai-arena-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readFile((await download.path()) as string, 'utf8')) as Dump & {
      format: string;
    };
    expect(file.format).toBe('leitai-arena-bundle');
    for (const store of DATA_STORES) {
      const byId = (rows: unknown[]) =>
        [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      expect(byId(file[store] ?? []), store).toEqual(byId(original[store] ?? []));
    }

    // Reset takes an automatic backup of the current data.
    await page.getByRole('button', { name: '恢复内置数据' }).click();
    const restoreButtons = page.getByRole('button', { name: /^恢复 .* 的备份$/ });
    await restoreButtons.first().waitFor();
    const input = await typeInto(page, `修改 ${FACT_ID} 的数值：${FACT_VALUE}`, '1');
    await input.press('Enter');
    await page.getByRole('button', { name: `修改 ${FACT_ID} 的数值：1` }).waitFor();
    expect(await dumpDatabase(page)).not.toEqual(original);

    // The list says why and when; restoring the reset's backup brings the original data back.
    const backupRow = page.locator('tr[data-backup-id]').first();
    expect(await backupRow.textContent()).toContain('恢复内置数据前');
    expect(await backupRow.textContent()).toContain('9 个功能区');
    await restoreButtons.first().click();
    await page.getByRole('button', { name: `修改 ${FACT_ID} 的数值：${FACT_VALUE}` }).waitFor();
    expect(await dumpDatabase(page)).toEqual(original);
    // Restoring took a backup first, so the restore itself is undoable from the toast.
    await page.locator('.toast').getByRole('button', { name: '撤销' }).click();
    await page.getByRole('button', { name: `修改 ${FACT_ID} 的数值：1` }).waitFor();
    expect(await page.locator('tr[data-backup-id]').count()).toBeGreaterThanOrEqual(3);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('a tab holding the old schema shows a blocking banner and never writes after an upgrade elsewhere', async () => {
    const app = await openData();
    const { page, context } = app;
    // The user is in the middle of an edit when another tab upgrades the database.
    const input = await typeInto(page, `修改 ${FACT_ID} 的数值：${FACT_VALUE}`, '77');

    const other = await context.newPage();
    await other.goto(new URL('schema/bundle.v1.schema.json', page.url()).href);
    const upgradedTo = await other.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('leitai-arena', 1000);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => resolve(request.result.version);
        }),
    );
    expect(upgradedTo).toBe(1000);

    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('数据库已在其他标签页升级，请刷新本页');

    await input.focus();
    await input.press('Enter');
    const alert = page.locator(`tr[data-row-id="${FACT_ID}"] [role="alert"]`);
    await alert.waitFor();
    expect(await alert.textContent()).toContain('数据库已在其他标签页升级');

    const stored = await other.evaluate(
      (id) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('leitai-arena');
          request.onsuccess = () => {
            const get = request.result.transaction('facts').objectStore('facts').get(id);
            get.onsuccess = () => resolve(get.result.value);
            get.onerror = () => reject(get.error);
          };
        }),
      FACT_ID,
    );
    expect(stored).toBe(FACT_VALUE);
    await context.close();
  });

  it('says plainly when the browser gives no IndexedDB (private mode, site data blocked)', async () => {
    const app = await openPage('#/data');
    await app.context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    await app.page.reload();
    const alert = app.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('浏览器不允许本站使用本地数据库');
    await app.context.close();
  });

  it('tells the user to close an old tab that blocks the upgrade, then opens', async () => {
    const app = await openData();
    const { context } = app;
    const schemaUrl = new URL('schema/bundle.v1.schema.json', app.page.url()).href;
    const appUrl = app.page.url();
    await app.page.close();
    // An "old tab": the database recreated at an older version by a connection that ignores versionchange.
    const old = await context.newPage();
    await old.goto(schemaUrl);
    await old.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const removal = indexedDB.deleteDatabase('leitai-arena');
          removal.onerror = () => reject(removal.error);
          removal.onsuccess = () => {
            const request = indexedDB.open('leitai-arena', 1);
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              (window as unknown as { oldConnection: IDBDatabase }).oldConnection = request.result;
              resolve();
            };
          };
        }),
    );
    const fresh = await context.newPage();
    await fresh.goto(appUrl);
    const banner = fresh.getByText('数据库升级正在等待', { exact: false });
    await banner.waitFor();
    await old.evaluate(() => (window as unknown as { oldConnection: IDBDatabase }).oldConnection.close());
    await fresh.locator(`tr[data-row-id="${FACT_ID}"]`).waitFor();
    expect(await banner.count()).toBe(0);
    await context.close();
  });

  it('pages a table of 2,000 facts quickly (figures printed for the report)', async () => {
    const app = await openData();
    const { page } = app;
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('leitai-arena');
          request.onsuccess = () => {
            const tx = request.result.transaction('facts', 'readwrite');
            for (let index = 0; index < 2000; index++) {
              tx.objectStore('facts').put({
                id: `bulk-${index}`,
                zoneId: 'hitech',
                indicatorId: 'projects-introduced',
                periodId: '2022',
                value: index,
                source: { sourceId: 'qd-daily-2023-04-arena', text: `bulk ${index}` },
              });
            }
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    const started = Date.now();
    await page.reload();
    await page
      .getByText(/共 2045 行/)
      .first()
      .waitFor();
    const openMs = Date.now() - started;
    const rows = page.locator('table.data-table[data-table="facts"] tbody tr');
    expect(await rows.count()).toBe(50);
    const pageStarted = Date.now();
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByText(/第 2 \/ 41 页/).waitFor();
    const pageMs = Date.now() - pageStarted;
    const rowId = (await rows.first().getAttribute('data-row-id')) ?? '';
    const value = rowId.replace('bulk-', '');
    const editStarted = Date.now();
    await page.getByRole('button', { name: `修改 ${rowId} 的数值：${value}` }).click();
    const input = page.getByRole('textbox', { name: `${rowId} 的数值` });
    await input.fill('4900');
    await input.press('Enter');
    await page.getByRole('button', { name: `修改 ${rowId} 的数值：4900` }).waitFor();
    const editMs = Date.now() - editStarted;
    console.info(`data screen, 2,045 facts: open ${openMs} ms, next page ${pageMs} ms, edit ${editMs} ms`);
    expect(pageMs).toBeLessThan(2000);
    await app.context.close();
  });
});
