import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();
const fixture = (name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)),
});

/**
 * Every table of the app's IndexedDB, read with the raw API, without the backups (an import adds
 * one by design) and the dataset's load time (stamped by every write).
 */
async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('leitai-arena');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames].filter((name) => name !== 'backups').sort();
    const transaction = db.transaction(names, 'readonly');
    const tables = await Promise.all(
      names.map(
        (name) =>
          new Promise<[string, unknown[]]>((resolve, reject) => {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => resolve([name, request.result]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    for (const [name, rows] of tables) {
      if (name === 'datasets') for (const row of rows as { loadedAt?: string }[]) delete row.loadedAt;
    }
    return JSON.stringify(tables);
  });
}

async function openImport() {
  const app = await openPage('#/data');
  await app.page.getByRole('heading', { name: '导入数据' }).waitFor();
  return app;
}

describe('data import in Chromium (production build)', () => {
  it('imports a messy GBK wide CSV after showing its conversions and problems; values persist', async () => {
    const { page, errors, foreignRequests } = await openImport();
    await page.getByLabel('选择文件').setInputFiles(fixture('wide-gbk-clean.csv'));
    await page.getByText('gb18030').waitFor();
    // The conversion, the title row, the unknown column and the missing cell are all shown.
    await page.getByText(/“1\.5万家”→ 15000 家/).waitFor();
    const problems = page.getByRole('region').filter({ has: page.getByRole('heading', { name: /^问题/ }) });
    await problems.getByText('第 1 行视为标题，已跳过：“2023年一季度功能区数据”。').waitFor();
    await problems.getByText(/“园区面积”不是已有指标/).waitFor();
    await problems.getByText('“—”视为缺失值，不导入。').waitFor();
    expect(await problems.getByRole('cell', { name: 'D（园区面积）' }).count()).toBe(1);
    const commit = page.getByRole('button', { name: '导入', exact: true });
    expect(await commit.isEnabled()).toBe(true);
    await commit.click();
    await page.getByText('已导入 wide-gbk-clean.csv').first().waitFor();

    await page.reload();
    await page.goto(page.url().replace('#/data', '#/zone/shanghe'));
    const facts = page.getByRole('region', { name: '展实绩 · 数据' });
    await facts.getByText(/上合经贸综服平台上线企业：\s*15,000 家/).waitFor();
    await facts.getByText(/wide-gbk-clean\.csv, row 3, column C: 1\.5万家/).waitFor();
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('reads an XLSX with a merged title row through the lazily loaded spreadsheet reader', async () => {
    const { page, errors } = await openImport();
    await page.getByLabel('选择文件').setInputFiles({
      ...fixture('wide-merged-title.xlsx'),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    await page
      .getByText('合并单元格 A1:D1（“2023年一季度 功能区指标”）已展开到其覆盖的每个单元格。')
      .waitFor();
    // The percent-formatted cell (0.1019 shown as 10.19%) is kept in percentage points.
    const preview = page.getByRole('table', { name: '数据预览' });
    await preview
      .getByRole('row', { name: /3C 高新区 规上工业企业研发机构覆盖率 2023Q1 85 10\.19/ })
      .waitFor();
    expect(await page.getByRole('button', { name: '导入', exact: true }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('cannot commit a file with errors, and a write that fails leaves IndexedDB as it was', async () => {
    const { page } = await openImport();
    const before = await dumpDatabase(page);
    await page.getByLabel('选择文件').setInputFiles(fixture('wide-gbk-messy.csv'));
    await page.getByText('还有 2 个错误：修正文件后重新选择。').waitFor();
    await page.getByText('“约30”是约数或界限（含“约”），无法作为确切数值导入。请填写确切数字。').waitFor();
    await page.getByText('“3-5”是一个区间，不是单个数值。').waitFor();
    expect(await page.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);

    // A valid file, but the browser refuses the second fact written: the transaction must roll back.
    await page.getByLabel('选择文件').setInputFiles(fixture('wide-gbk-clean.csv'));
    await page.getByText(/“1\.5万家”→ 15000 家/).waitFor();
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      let facts = 0;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'facts' && ++facts === 2) throw new DOMException('simulated failure', 'DataError');
        return put.apply(this, args);
      };
    });
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByText(/导入失败，数据未作任何改动/).waitFor();
    expect(await dumpDatabase(page)).toBe(before);
  });

  it('replace mode takes a backup first, and undo restores the data exactly', async () => {
    const { page } = await openImport();
    const before = await dumpDatabase(page);
    await page.getByLabel('选择文件').setInputFiles(fixture('wide-gbk-clean.csv'));
    await page.getByText(/“1\.5万家”→ 15000 家/).waitFor();
    await page.getByRole('radio', { name: /替换/ }).check();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.locator('.toast').getByRole('button', { name: '撤销' }).waitFor();
    const afterImport = await dumpDatabase(page);
    expect(afterImport).not.toBe(before);
    const backups = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const request = indexedDB.open('leitai-arena');
          request.onsuccess = () => {
            const get = request.result.transaction('backups').objectStore('backups').getAll();
            get.onsuccess = () => resolve(get.result.map((backup: { reason: string }) => backup.reason));
          };
        }),
    );
    expect(backups).toEqual(['import']);
    await page.locator('.toast').getByRole('button', { name: '撤销' }).click();
    await page.getByText('已撤销。').waitFor();
    await expect.poll(() => dumpDatabase(page)).toBe(before);
  });
});
