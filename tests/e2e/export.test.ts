import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { type AppPage, chromiumForThisFile } from './chromium';
import { readFirstSheet } from './xlsxReader';

const openPage = chromiumForThisFile();
const FILE_NAME = /^[\w.-]+-[\w.-]+-\d{8}-\d{4}\.(png|svg|csv|xlsx)$/;
const HYPERLINK = '=HYPERLINK("http://x","y")';
const AT_SUM = '@SUM(1)';
const MARKUP_SHORT_NAME = '<b>&"崂"</b>';

async function openBoard(): Promise<AppPage> {
  const app = await openPage('#/');
  await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
  return app;
}

/** Renames two zones in the app's IndexedDB with the raw API (the app has no test hook), then reloads. */
async function renameZones(app: AppPage) {
  await app.page.evaluate(
    async ({ hyperlink, atSum, markup }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('leitai-arena');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('zones', 'readwrite');
      const store = tx.objectStore('zones');
      const zones = await new Promise<{ id: string; name: { zh: string }; shortName: { zh: string } }[]>(
        (resolve) => {
          const request = store.getAll();
          request.onsuccess = () => resolve(request.result);
        },
      );
      const [first, second] = zones;
      if (!first || !second) throw new Error('expected zones in the database');
      store.put({
        ...first,
        name: { ...first.name, zh: hyperlink },
        shortName: { ...first.shortName, zh: markup },
      });
      store.put({ ...second, name: { ...second.name, zh: atSum } });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { hyperlink: HYPERLINK, atSum: AT_SUM, markup: MARKUP_SHORT_NAME },
  );
  await app.page.reload();
  await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
  await expect.poll(() => app.page.getByText(AT_SUM).count()).toBeGreaterThan(0);
}

function dialog(page: Page) {
  return page.getByRole('dialog', { name: '导出排行榜' });
}

async function openMenu(page: Page) {
  await page.getByRole('button', { name: '导出…' }).click();
  await expect.poll(() => dialog(page).isVisible()).toBe(true);
}

async function chooseTheme(page: Page, theme: '浅色' | '深色') {
  await dialog(page).getByRole('radio', { name: theme }).check();
}

/** Clicks an export choice and returns the downloaded file's name and bytes. */
async function download(page: Page, name: string | RegExp) {
  const downloadPromise = page.waitForEvent('download', { timeout: 30_000 });
  await dialog(page).getByRole('button', { name }).click();
  const file = await downloadPromise;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

function luminance(png: PNG, x: number, y: number): number {
  const offset = (png.width * y + x) * 4;
  return (
    0.299 * (png.data[offset] ?? 0) +
    0.587 * (png.data[offset + 1] ?? 0) +
    0.114 * (png.data[offset + 2] ?? 0)
  );
}

/**
 * Sharp horizontal transitions (adjacent pixels differing by > 100 in luminance), split by whether
 * they fall between columns 2i and 2i+1. A bitmap stretched ×2 has none there (nearest neighbour)
 * or few sharp ones at all (bilinear); a fresh vector rendering has them everywhere.
 */
function sharpEdges(png: PNG) {
  let inside = 0;
  let total = 0;
  for (let y = 0; y < png.height; y += 3) {
    for (let x = 0; x + 1 < png.width; x++) {
      if (Math.abs(luminance(png, x, y) - luminance(png, x + 1, y)) > 100) {
        total++;
        if (x % 2 === 0) inside++;
      }
    }
  }
  return { inside, total };
}

describe('export menu in Chromium (production build)', () => {
  it('is one keyboard-operable button that opens a dialog and closes with Escape', async () => {
    const app = await openBoard();
    const button = app.page.getByRole('button', { name: '导出…' });
    expect(await button.getAttribute('aria-haspopup')).toBe('dialog');
    await button.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => dialog(app.page).isVisible()).toBe(true);
    // Focus moves into the dialog; Tab stays inside it (modal).
    for (let press = 0; press < 12; press++) await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog(app.page).isVisible()).toBe(false);
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('导出…');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('exports PNGs of exactly 1920×1080 and 3840×2160, light and dark, drawn from vector', async () => {
    const app = await openBoard();
    // Records the most <svg> and <canvas> elements each mounted export stage held: the chart must be SVG.
    await app.page.evaluate(() => {
      const seen: { svg: number; canvas: number }[] = [];
      let current: { svg: number; canvas: number } | null = null;
      Object.assign(window, { __stages: seen });
      new MutationObserver(() => {
        const host = document.querySelector('.export-stage-host');
        if (host) {
          current ??= { svg: 0, canvas: 0 };
          current.svg = Math.max(current.svg, host.querySelectorAll('svg').length);
          current.canvas = Math.max(current.canvas, host.querySelectorAll('canvas').length);
        } else if (current) {
          seen.push(current);
          current = null;
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await openMenu(app.page);
    const hd = await download(app.page, 'PNG · 1920×1080');
    const uhd = await download(app.page, /PNG · 3840×2160/);
    await chooseTheme(app.page, '深色');
    const hdDark = await download(app.page, 'PNG · 1920×1080');
    const uhdDark = await download(app.page, /PNG · 3840×2160/);
    const screen = await download(app.page, /PNG · 屏幕尺寸/);
    for (const file of [hd, uhd, hdDark, uhdDark, screen]) expect(file.name).toMatch(FILE_NAME);
    expect(hd.name).toMatch(/^contest-2023-2023Q1-\d{8}-\d{4}\.png$/);

    const read = (file: { bytes: Buffer }) => PNG.sync.read(file.bytes);
    const [light, big, dark, bigDark, onScreen] = [
      read(hd),
      read(uhd),
      read(hdDark),
      read(uhdDark),
      read(screen),
    ];
    expect([light.width, light.height]).toEqual([1920, 1080]);
    expect([big.width, big.height]).toEqual([3840, 2160]);
    expect([dark.width, dark.height]).toEqual([1920, 1080]);
    expect([bigDark.width, bigDark.height]).toEqual([3840, 2160]);
    // The viewport of openApp is 1600 CSS px wide: the on-screen export is 1600×900.
    expect([onScreen?.width, onScreen?.height]).toEqual([1600, 900]);

    // Background (a margin pixel): white in light, dark navy in dark.
    expect(luminance(light, 20, 540)).toBeGreaterThan(240);
    expect(luminance(dark, 20, 540)).toBeLessThan(50);
    expect(luminance(bigDark, 40, 1080)).toBeLessThan(50);

    // The red sample-data tag in the top-right corner of both themes and sizes.
    for (const [png, scale] of [
      [light, 1],
      [dark, 1],
      [big, 2],
    ] as const) {
      const offset = (png.width * 22 * scale + (1920 - 64 - 6) * scale) * 4;
      expect(png.data[offset]).toBeGreaterThan(150);
      expect(png.data[offset + 1]).toBeLessThan(90);
    }

    // Crisp at 4K: as many sharp transitions per length as at 1080p, and half of them fall inside
    // the 2×2 blocks a stretched 1080p bitmap would have (see sharpEdges).
    const edges1080 = sharpEdges(light);
    const edges4k = sharpEdges(big);
    expect(edges4k.total).toBeGreaterThan(edges1080.total * 1.5);
    expect(edges4k.inside / edges4k.total).toBeGreaterThan(0.3);

    const stages = await app.page.evaluate(() => (window as unknown as { __stages: unknown[] }).__stages);
    expect(stages).toHaveLength(5);
    for (const stage of stages) expect(stage).toEqual({ svg: expect.any(Number), canvas: 0 });
    expect((stages as { svg: number }[]).every((stage) => stage.svg > 0)).toBe(true);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('exports the charts as vector SVG with escaped zone names, metadata text and no foreignObject', async () => {
    const app = await openBoard();
    await renameZones(app);
    await openMenu(app.page);
    const total = await download(app.page, 'SVG · 总分图');
    await chooseTheme(app.page, '深色');
    const contributions = await download(app.page, 'SVG · 维度贡献图');
    expect(total.name).toMatch(/\.svg$/);
    // Parsed in a blank page: a document parsed inside the app inherits its CSP, which (rightly)
    // reports the SVG's style attributes — a property of the test's parsing, not of the export.
    const parser = await app.context.newPage();
    for (const file of [total, contributions]) {
      const text = file.bytes.toString('utf8');
      expect(text).not.toContain('foreignObject');
      expect(text).not.toContain('<b>');
      const parsed = await parser.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          texts: [...doc.querySelectorAll('text')].map((node) => node.textContent ?? ''),
        };
      }, text);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('svg');
      const texts = parsed.texts.join('\n');
      expect(texts).toContain(MARKUP_SHORT_NAME);
      expect(texts).toMatch(/评分方案：.+ r\d+（contest-2023）/);
      expect(texts).toMatch(/期间：.+ · 数据截至：\d{4}-\d{2}-\d{2}/);
      expect(texts).toMatch(/权重：.+\d+%/);
      expect(texts).toContain('示例数据 / sample data');
    }
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('exports the ranking as CSV and XLSX with the header block and formula-shaped names neutralised', async () => {
    const app = await openBoard();
    await renameZones(app);
    await openMenu(app.page);
    const csv = await download(app.page, /^CSV/);
    const xlsx = await download(app.page, /^XLSX/);
    expect(csv.name).toMatch(/^contest-2023-2023Q1-\d{8}-\d{4}\.csv$/);
    expect(xlsx.name).toMatch(/\.xlsx$/);

    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF# scorecard,')).toBe(true);
    for (const label of [
      '# revision,',
      '# period,',
      '# as-of,',
      '# weight,',
      '# sample-data,示例数据 / sample data',
    ])
      expect(text).toContain(`\r\n${label}`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain(`,'@SUM(1),`);
    expect(text).not.toMatch(/(^|,)"?[=@]/m);

    const cells = readFirstSheet(xlsx.bytes);
    const valueAt = (ref: string) => cells.find((cell) => cell.ref === ref);
    expect(cells.some((cell) => cell.hasFormula)).toBe(false);
    expect(valueAt('A1')?.value).toBe('# scorecard');
    const labels = cells.filter((cell) => cell.ref.startsWith('A')).map((cell) => cell.value);
    expect(labels).toEqual(
      expect.arrayContaining(['# revision', '# period', '# as-of', '# weight', '# sample-data', 'rank']),
    );
    const names = cells.filter((cell) => cell.ref.startsWith('B')).map((cell) => cell.value);
    expect(names).toContain(`'${HYPERLINK}`);
    expect(names).toContain(`'${AT_SUM}`);
    for (const cell of cells) if (cell.type !== 'n') expect(cell.value).not.toMatch(/^\s*[=+\-@]/);
    // Ranks and totals are numbers: the row after "rank" holds rank 1 and a numeric total.
    const headRow = Number(cells.find((cell) => cell.value === 'rank')?.ref.slice(1));
    expect(valueAt(`A${headRow + 1}`)).toMatchObject({ type: 'n', value: '1' });
    expect(valueAt(`C${headRow + 1}`)?.type).toBe('n');
    expect(Number(valueAt(`C${headRow + 1}`)?.value)).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('copies a 1920×1080 PNG to the clipboard when permitted', async () => {
    const app = await openBoard();
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.page.url()).origin,
    });
    await openMenu(app.page);
    await dialog(app.page)
      .getByRole('button', { name: /复制图片到剪贴板/ })
      .click();
    await expect
      .poll(() => dialog(app.page).getByRole('status').textContent(), { timeout: 20_000 })
      .toBe('已复制 1920×1080 图片到剪贴板');
    const copied = await app.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const blob = await item.getType('image/png');
      const bitmap = await createImageBitmap(blob);
      return { types: item.types, width: bitmap.width, height: bitmap.height };
    });
    expect(copied).toEqual({ types: ['image/png'], width: 1920, height: 1080 });
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('says plainly when the browser refuses the clipboard', async () => {
    const app = await openBoard();
    // What Chromium does when the user or a policy denied clipboard access.
    await app.page.evaluate(() => {
      navigator.clipboard.write = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await openMenu(app.page);
    await dialog(app.page)
      .getByRole('button', { name: /复制图片到剪贴板/ })
      .click();
    await expect
      .poll(() => dialog(app.page).getByRole('status').textContent(), { timeout: 20_000 })
      .toContain('无法复制：浏览器拒绝了剪贴板权限（Write permission denied.）');
    await app.context.close();
  });
});
