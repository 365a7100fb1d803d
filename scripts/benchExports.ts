/**
 * Every export of the leaderboard's export menu (DESIGN §4.6; budget: PNG 3840×2160 ≤ 2 s, §7),
 * run `runs` times on the bundled data: PNG at screen size, 1920×1080 and 3840×2160 in the light
 * and the dark theme, both chart SVGs, CSV and XLSX. The app records a performance.measure per
 * export (from the click to the finished file, before it is handed to the browser's download); the
 * first run includes loading the export code on demand, so it is reported apart from the rest.
 */
import type { Browser, Page } from 'playwright-core';

export interface ExportTimings {
  /** e.g. `png-3840x2160-dark`, `csv`. */
  export: string;
  /** The first run loads the export code (snapdom, SVG renderer, XLSX writer) on demand. */
  firstMs: number;
  /** The other runs. */
  warmMs: number[];
  /** PNG only: median ms of mounting the stage (until its chart has drawn), rasterising, PNG encoding. */
  phasesMs?: { stage: number; rasterise: number; encode: number };
}

const EXPORTS: readonly { name: string; theme: 'light' | 'dark'; button: RegExp }[] = [
  // First, so its first run is the cold one (export code loaded on demand) that the budget must cover.
  { name: 'png-3840x2160', theme: 'light', button: /^PNG · 3840×2160/ },
  { name: 'png-screen', theme: 'light', button: /^PNG · (屏幕尺寸|screen size)/ },
  { name: 'png-1920x1080', theme: 'light', button: /^PNG · 1920×1080$/ },
  { name: 'png-1920x1080', theme: 'dark', button: /^PNG · 1920×1080$/ },
  { name: 'png-3840x2160', theme: 'dark', button: /^PNG · 3840×2160/ },
  { name: 'svg-total', theme: 'light', button: /^SVG · (总分图|totals chart)$/ },
  { name: 'svg-contributions', theme: 'light', button: /^SVG · (维度贡献图|contributions chart)$/ },
  { name: 'csv', theme: 'light', button: /^CSV/ },
  { name: 'xlsx', theme: 'light', button: /^XLSX/ },
];

const median = (values: readonly number[]) =>
  Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN);

async function measureExports(page: Page, runs: number): Promise<ExportTimings[]> {
  await page.getByRole('button', { name: /^(导出…|Export…)$/ }).click();
  const dialog = page.getByRole('dialog');
  const results: ExportTimings[] = [];
  for (const choice of EXPORTS) {
    await dialog
      .getByRole('radio')
      .nth(choice.theme === 'light' ? 0 : 1)
      .check();
    const timings: number[] = [];
    const phases: Record<string, number[]> = { stage: [], rasterise: [], encode: [] };
    for (let run = 0; run < runs; run++) {
      await page.evaluate(() => performance.clearMeasures());
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await dialog.getByRole('button', { name: choice.button }).click();
      await (await download).path();
      const measures = await page.evaluate(() =>
        performance.getEntriesByType('measure').map((entry) => [entry.name, entry.duration] as const),
      );
      const measured = measures.find(([name]) => name.startsWith('export:'))?.[1];
      if (measured === undefined) throw new Error(`no performance measure for ${choice.name}`);
      timings.push(measured);
      // Phases of the warm runs only, like the median.
      if (run > 0)
        for (const [name, duration] of measures)
          if (name.startsWith('export-phase:')) phases[name.slice('export-phase:'.length)]?.push(duration);
    }
    const [first = Number.NaN, ...rest] = timings;
    results.push({
      export: choice.name.startsWith('png') ? `${choice.name}-${choice.theme}` : choice.name,
      firstMs: Math.round(first),
      warmMs: rest,
      ...(choice.name.startsWith('png')
        ? {
            phasesMs: {
              stage: median(phases.stage ?? []),
              rasterise: median(phases.rasterise ?? []),
              encode: median(phases.encode ?? []),
            },
          }
        : {}),
    });
  }
  return results;
}

export async function benchExports(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<ExportTimings[]> {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
  });
  // tsx compiles with keepNames, wrapping functions in __name(); functions sent to the page need it defined.
  await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${baseUrl}#/`);
    await page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    const results = await measureExports(page, runs);
    if (errors.length > 0) console.warn('page errors:', errors);
    return results;
  } finally {
    await context.close();
  }
}
