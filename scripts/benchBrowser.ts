/**
 * `npm run bench:browser`: DESIGN §7 budgets measured in Chromium against the production build
 * (dist/, served by vite preview). Figures, not pass/fail. The measurements are the list
 * MEASUREMENTS at the bottom; each prints one row per figure beside its budget.
 *
 * Cold start: see scripts/benchColdStart.ts.
 *
 * Slider → table and chart: for 9 zones (the bundled data) and 1,000 zones (a seeded synthetic bundle written into the page's
 * IndexedDB with the raw IndexedDB API, in the app's own schema, then reloaded — the app has no
 * test hook), a weight slider is moved with the keyboard N times. Per press the page records, with
 * performance.now(), the time from the slider's `input` event (its timeStamp) to the end of the
 * first frame in which the table's rendered rows show the new figures and the chart has redrawn
 * (a canvas clear after the input). "End of frame" = a message posted from requestAnimationFrame,
 * which runs after that frame's style, layout and paint. Between presses the chart's 600 ms update
 * animation is allowed to finish, so each press starts from an idle page.
 * Writes bench-results/browser.json.
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { Bundle } from '../src/formats/bundle';
import { launchChromium } from '../tests/e2e/launchChromium';
import { measureColdStarts } from './benchColdStart';
import { benchExports } from './benchExports';
import { serveDist } from './serveDist';
import { buildSyntheticBundle } from './syntheticData';

const PRESSES = 60;
const DATABASE = 'leitai-arena';
const BUDGETS: Record<number, string> = { 9: '≤ 16 ms p95', 1000: '≤ 50 ms p95' };

const COLD_START_RUNS = 10;
/** Facts measured on the way that are not timings (printed under the table, saved in the JSON). */
const notes: string[] = [];

interface Result {
  measurement: string;
  /** What was measured on: "9 zones (bundled)", "1,000 × 100". */
  size: string;
  runs: number;
  measured: number;
  /** Runs that did not finish (e.g. the table or chart did not change within 120 frames), left out of the figures. */
  missed: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  budget: string;
}

function summarise(
  measurement: string,
  size: string,
  budget: string,
  runs: number,
  values: readonly (number | null)[],
): Result {
  const timings = values.filter((value): value is number => value !== null);
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    measurement,
    size,
    runs,
    measured: timings.length,
    missed: values.length - timings.length,
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
    budget,
  };
}

/** Replaces the dataset in the app's IndexedDB (schema of src/db/database.ts) and selects the scorecard. */
async function loadBundle(page: Page, bundle: Bundle): Promise<void> {
  await page.evaluate(
    async ({ name, bundle: data }) => {
      const request = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const { format: _format, version: _version, meta, ...tables } = data;
      const names = [...Object.keys(tables), 'datasets', 'weightSets', 'settings'];
      const tx = db.transaction(names, 'readwrite');
      for (const table of names) tx.objectStore(table).clear();
      for (const [table, rows] of Object.entries(tables)) {
        const store = tx.objectStore(table);
        for (const row of rows as unknown[]) store.put(row);
      }
      tx.objectStore('datasets').put({
        id: 'dataset',
        meta,
        origin: 'imported',
        loadedAt: new Date().toISOString(),
      });
      tx.objectStore('settings').put({ key: 'activeScorecardId', value: data.scorecards[0]?.id ?? '' });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: DATABASE, bundle },
  );
}

/** Installed before the app loads: records the last canvas clear (ECharts/zrender redraw). */
const INSTRUMENT = () => {
  const state = { lastDraw: 0 };
  Object.assign(window, { __bench: state });
  const clear = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...args) {
    state.lastDraw = performance.now();
    return clear.apply(this, args);
  };
};

/** Arms a one-shot measurement: resolves with ms from the next `input` event to the end of the frame showing it. */
function armMeasurement(page: Page) {
  return page.evaluate(() => {
    const state = (window as unknown as { __bench: { lastDraw: number; pending?: Promise<number | null> } })
      .__bench;
    // The rendered body rows (all 9, or the window of a long table): a weight step can leave the
    // first row's figures as they were (a zone without data in that dimension), never all of them.
    const firstRow = () => document.querySelector('table.ranking-table tbody')?.textContent ?? '';
    const before = firstRow();
    state.pending = new Promise<number | null>((resolve) => {
      const onInput = (event: Event) => {
        document.removeEventListener('input', onInput, true);
        const start = event.timeStamp;
        let frames = 0;
        const afterFrame = () => {
          frames++;
          const tableDone = firstRow() !== before;
          const chartDone = state.lastDraw > start;
          if (tableDone && chartDone) resolve(performance.now() - start);
          else if (frames > 120) resolve(null);
          else requestAnimationFrame(onFrame);
        };
        const channel = new MessageChannel();
        channel.port1.onmessage = afterFrame;
        const onFrame = () => channel.port2.postMessage(null);
        requestAnimationFrame(onFrame);
      };
      document.addEventListener('input', onInput, true);
    });
  });
}

async function waitForIdleChart(page: Page) {
  await page.evaluate(async () => {
    const state = (window as unknown as { __bench: { lastDraw: number } }).__bench;
    const started = performance.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (performance.now() - state.lastDraw > 200 || performance.now() - started > 3000) return;
    }
  });
}

async function measureSlider(page: Page, size: string, budget: string): Promise<Result> {
  const slider = page.getByRole('slider').first();
  await slider.focus();
  const max = Number(await slider.getAttribute('max'));
  const timings: number[] = [];
  let unchanged = 0;
  let direction: 'ArrowRight' | 'ArrowLeft' = 'ArrowRight';
  for (let press = 0; press < PRESSES; press++) {
    const value = Number(await slider.inputValue());
    if (value >= max) direction = 'ArrowLeft';
    if (value <= 0) direction = 'ArrowRight';
    await waitForIdleChart(page);
    await armMeasurement(page);
    await page.keyboard.press(direction);
    const elapsed = await page.evaluate(
      () => (window as unknown as { __bench: { pending?: Promise<number | null> } }).__bench.pending ?? null,
    );
    if (elapsed === null) unchanged++;
    else timings.push(elapsed);
  }
  return summarise('slider input → table and chart updated', size, budget, PRESSES, [
    ...timings,
    ...Array.from({ length: unchanged }, () => null),
  ]);
}

interface BenchContext {
  browser: Browser;
  baseUrl: string;
}

const EXPORT_RUNS = 4;

/**
 * What `npm run bench:browser` measures, in order (`--only=<part of a name>` runs the matching
 * ones). Each entry adds rows to the table and to bench-results/browser.json.
 */
const MEASUREMENTS: readonly { name: string; run: (bench: BenchContext) => Promise<Result[]> }[] = [
  {
    name: 'cold start to an interactive leaderboard',
    run: async ({ browser, baseUrl }) => {
      const { firstRun, warm } = await measureColdStarts(browser, `${baseUrl}#/`, COLD_START_RUNS);
      const budget = '≤ 1 s (DESIGN: on a laptop)';
      const root = path.resolve(import.meta.dirname, '..');
      const scripts = firstRun[0]?.scripts ?? [];
      const gzip = scripts.reduce(
        (sum, file) => sum + gzipSync(readFileSync(path.join(root, 'dist', file)), { level: 9 }).length,
        0,
      );
      notes.push(
        `JavaScript loaded by a first visit to #/ until interactive: ${(gzip / 1000).toFixed(1)} kB gzip in ${scripts.length} files (${scripts.join(', ')})`,
      );
      return [
        summarise(
          'cold start → 9 rows visible, first run (seeds IndexedDB)',
          '9 zones (bundled)',
          budget,
          COLD_START_RUNS,
          firstRun.map((t) => t.rowsMs),
        ),
        summarise(
          'cold start → slider responds, first run (seeds IndexedDB)',
          '9 zones (bundled)',
          budget,
          COLD_START_RUNS,
          firstRun.map((t) => t.interactiveMs),
        ),
        summarise(
          'cold start → 9 rows visible, warm (existing IndexedDB)',
          '9 zones (bundled)',
          budget,
          COLD_START_RUNS,
          warm.map((t) => t.rowsMs),
        ),
        summarise(
          'cold start → slider responds, warm (existing IndexedDB)',
          '9 zones (bundled)',
          budget,
          COLD_START_RUNS,
          warm.map((t) => t.interactiveMs),
        ),
      ];
    },
  },
  {
    name: 'slider → table and chart',
    run: async ({ browser, baseUrl }) => {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      // tsx compiles with keepNames, wrapping functions in __name(); functions sent to the page need it defined.
      await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
      await context.addInitScript(INSTRUMENT);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const results: Result[] = [];
      try {
        await page.goto(`${baseUrl}#/`);
        await page.locator('table.ranking-table tbody tr').nth(8).waitFor();
        results.push(await measureSlider(page, '9 zones (bundled)', BUDGETS[9] ?? ''));

        const zones = 1_000;
        const indicators = 100;
        await loadBundle(page, buildSyntheticBundle({ zones, indicators, seed: 7 }));
        await page.reload();
        await page.locator('table.ranking-table tbody tr[data-zone-id]').first().waitFor({ timeout: 60_000 });
        const rowCount = await page.locator('table.ranking-table').getAttribute('aria-rowcount');
        if (rowCount !== String(zones + 1))
          throw new Error(`expected ${zones} zones in the table, saw aria-rowcount ${rowCount}`);
        results.push(
          await measureSlider(page, `${zones.toLocaleString('en')} × ${indicators}`, BUDGETS[zones] ?? ''),
        );
        if (errors.length > 0) console.warn('page errors:', errors);
      } finally {
        await context.close();
      }
      return results;
    },
  },
  {
    name: 'exports of the leaderboard',
    run: async ({ browser, baseUrl }) => {
      const timings = await benchExports(browser, baseUrl, EXPORT_RUNS);
      return timings.map((timing) => {
        notes.push(
          `export ${timing.export}: first run ${timing.firstMs} ms (loads the export code)${
            timing.phasesMs
              ? `; warm phases stage ${timing.phasesMs.stage} + rasterise ${timing.phasesMs.rasterise} + encode ${timing.phasesMs.encode} ms`
              : ''
          }`,
        );
        return summarise(
          `export ${timing.export} (warm runs)`,
          '9 zones (bundled)',
          timing.export.startsWith('png-3840x2160') ? '≤ 2 s' : '',
          EXPORT_RUNS - 1,
          timing.warmMs,
        );
      });
    },
  },
];

function printTable(results: readonly Result[]): void {
  const rows = [
    ['measurement', 'size', 'runs', 'measured', 'p50 ms', 'p95 ms', 'max ms', 'DESIGN §7 budget'],
    ...results.map((r) => [
      r.measurement,
      r.size,
      String(r.runs),
      String(r.measured),
      String(r.medianMs),
      String(r.p95Ms),
      String(r.maxMs),
      r.budget,
    ]),
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column >= 2 && column <= 6 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ');
  console.log(line(rows[0] ?? []));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

async function main() {
  const { root, baseUrl, server } = await serveDist();
  const browser = await launchChromium();
  const results: Result[] = [];
  try {
    const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
    for (const measurement of MEASUREMENTS) {
      if (only && !measurement.name.includes(only)) continue;
      process.stderr.write(`measuring ${measurement.name} …\n`);
      results.push(...(await measurement.run({ browser, baseUrl })));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // A loaded machine (other jobs, CI neighbours) inflates every figure: say how loaded it was.
  const load = loadavg().map((value) => value.toFixed(1));
  console.log(
    `Chromium (headless), production build; milliseconds; load average ${load.join(' ')} on ${cpus().length} CPUs`,
  );
  printTable(results);
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    path.join(root, 'bench-results/browser.json'),
    `${JSON.stringify({ date: new Date().toISOString(), platform: platform(), arch: arch(), cpu: cpus()[0]?.model ?? 'unknown', cpuCount: cpus().length, loadAverage: loadavg(), browser: 'chromium (headless, --disable-gpu)', results, notes }, null, 2)}\n`,
  );
  for (const note of notes) console.log(`note: ${note}`);
  console.log('\nwritten to bench-results/browser.json');
}

await main();
