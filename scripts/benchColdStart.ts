/**
 * Cold start of the built app to an interactive leaderboard (DESIGN §7: ≤ 1 s on a laptop), for
 * `npm run bench:browser`. Each run opens a fresh browser context (empty cache and IndexedDB):
 * - first run: the app opens an empty database and seeds it from the bundled data;
 * - warm: a second page in the same context, so the database (and the HTTP cache) exist.
 * The page measures itself from navigation start (performance.now() counts from it): "rows" is
 * the first frame showing nine ranked rows; "interactive" is the end of the first frame in which
 * the table shows the effect of moving the first weight slider, moved by a script as soon as the
 * rows are there — so the figure includes one full weight update, the proof that it responds.
 */
import type { Browser } from 'playwright-core';

export interface ColdStartTiming {
  rowsMs: number;
  interactiveMs: number | null;
  /** Scripts the page had requested by then (asset paths, e.g. assets/echarts-….js). */
  scripts: string[];
}

/** Installed before the app loads; resolves window.__coldStart with the two times. */
const PROBE = () => {
  const rows = () => document.querySelectorAll('table.ranking-table tbody tr[data-zone-id]');
  const done = new Promise((resolve) => {
    const waitForRows = () => {
      const slider = document.querySelector<HTMLInputElement>('input[type="range"]');
      const body = document.querySelector('table.ranking-table tbody');
      const shown = [...rows()].filter((row) => row.getBoundingClientRect().height > 0);
      if (shown.length < 9 || !slider || slider.disabled || !body) {
        requestAnimationFrame(waitForRows);
        return;
      }
      const rowsMs = performance.now();
      const before = body.textContent;
      // A native value change + input event, as a drag does; React's onChange listens to `input`.
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const next = Number(slider.value) > Number(slider.min || 0) ? slider.min || '0' : slider.max;
      setValue?.call(slider, next);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      let frames = 0;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        frames++;
        const current = document.querySelector('table.ranking-table tbody')?.textContent;
        if (current !== before) resolve({ rowsMs, interactiveMs: performance.now() });
        else if (frames > 120) resolve({ rowsMs, interactiveMs: null });
        else requestAnimationFrame(() => channel.port2.postMessage(null));
      };
      requestAnimationFrame(() => channel.port2.postMessage(null));
    };
    requestAnimationFrame(waitForRows);
  });
  Object.assign(window, { __coldStart: done });
};

async function timePage(context: Awaited<ReturnType<Browser['newContext']>>, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  const timing = await page.evaluate(async () => {
    const { rowsMs, interactiveMs } = await (
      window as unknown as { __coldStart: Promise<Omit<ColdStartTiming, 'scripts'>> }
    ).__coldStart;
    const until = interactiveMs ?? rowsMs;
    const scripts = performance
      .getEntriesByType('resource')
      .filter(
        (entry) => entry.startTime <= until && /\/assets\/[^/]+\.js$/.test(new URL(entry.name).pathname),
      )
      .map((entry) => new URL(entry.name).pathname.replace(/^.*\/(assets\/)/, '$1'));
    return { rowsMs, interactiveMs, scripts };
  });
  await page.close();
  return timing;
}

/** `runs` fresh contexts; each gives one first-run and one warm timing. */
export async function measureColdStarts(
  browser: Browser,
  url: string,
  runs: number,
): Promise<{ firstRun: ColdStartTiming[]; warm: ColdStartTiming[] }> {
  const firstRun: ColdStartTiming[] = [];
  const warm: ColdStartTiming[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    // tsx compiles with keepNames, wrapping functions in __name(); functions sent to the page need it.
    await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await context.addInitScript(PROBE);
    firstRun.push(await timePage(context, url));
    warm.push(await timePage(context, url));
    await context.close();
  }
  return { firstRun, warm };
}
