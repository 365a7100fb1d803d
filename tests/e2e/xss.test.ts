/**
 * Security gate (issue #7, DESIGN §8): imported text is never rendered as HTML. XSS-shaped zone,
 * indicator and scorecard-node names and a source quote are written into the app's IndexedDB
 * (raw IndexedDB API, after the app seeded it), the page is reloaded, and every screen must show
 * them as literal text: no script runs (window.__xss stays unset), no <img> or <script> appears,
 * the chart draws the name as text, and the PNG export does not inject anything either.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AppPage, chromiumForThisFile } from './chromium';
import { BUNDLED_ZONE_ID, GATE_ROUTES } from './gateRoutes';

const ZONE_NAME = '<img src=x onerror="window.__xss=1">区<script>window.__xss=2</script>';
const INDICATOR_NAME = '<img src=x onerror="window.__xss=3">指标';
const QUOTE = '<script>window.__xss=4</script><svg onload="window.__xss=5"></svg>原文';

const openPage = chromiumForThisFile();

/** Writes the XSS-shaped texts into the seeded database; returns the poisoned indicator id. */
async function poisonDatabase(page: Page): Promise<string> {
  return page.evaluate(
    async ({ zoneId, zoneName, indicatorName, quote }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('leitai-arena');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['zones', 'indicators', 'facts', 'scorecards'], 'readwrite');
      const all = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const zones = tx.objectStore('zones');
      const zone = await all(zones.get(zoneId));
      zones.put({ ...zone, name: { zh: zoneName, en: zoneName }, shortName: { zh: zoneName, en: zoneName } });
      // The first indicator leaf of every scorecard: its node name and its indicator's name.
      type Node = { name: unknown; indicatorId?: string; children?: Node[] };
      const firstLeaf = (node: Node): Node | undefined =>
        node.indicatorId ? node : node.children?.map(firstLeaf).find(Boolean);
      const scorecards = tx.objectStore('scorecards');
      let indicatorId = '';
      for (const scorecard of await all(scorecards.getAll())) {
        const leaf = firstLeaf(scorecard.root);
        if (!leaf?.indicatorId) continue;
        leaf.name = { zh: indicatorName, en: indicatorName };
        indicatorId ||= leaf.indicatorId;
        scorecards.put(scorecard);
      }
      const indicators = tx.objectStore('indicators');
      for (const indicator of await all(indicators.getAll()))
        indicators.put({ ...indicator, name: { zh: indicatorName, en: indicatorName } });
      const facts = tx.objectStore('facts');
      for (const fact of await all(facts.index('zoneId').getAll(zoneId)))
        facts.put({ ...fact, source: { ...fact.source, text: quote } });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return indicatorId;
    },
    { zoneId: BUNDLED_ZONE_ID, zoneName: ZONE_NAME, indicatorName: INDICATOR_NAME, quote: QUOTE },
  );
}

/** Nothing ran and nothing was injected: the whole document, open shadow roots included. */
async function expectNoInjection(app: AppPage, where: string) {
  const found = await app.page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*'))
      if (element.shadowRoot) roots.push(element.shadowRoot);
    const injected = roots.flatMap((root) =>
      [...root.querySelectorAll('img, script, svg[onload], [onerror], [onload]')]
        .filter((element) => element.outerHTML.includes('__xss'))
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    return { flag: (window as unknown as { __xss?: number }).__xss ?? null, injected };
  });
  expect(found, where).toEqual({ flag: null, injected: [] });
}

const textOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.textContent ?? '').join('\n'));

describe('imported text is never HTML (Chromium, production build)', () => {
  it('shows XSS-shaped names and quotes as literal text on every screen, in the chart and in the PNG export', async () => {
    const app = await openPage('#/');
    const { page } = app;
    await page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    const indicatorId = await poisonDatabase(page);
    expect(indicatorId).not.toBe('');
    // Record the text the canvas charts draw, from the next load on.
    await app.context.addInitScript(() => {
      const drawn: string[] = [];
      Object.assign(window, { __drawnText: drawn });
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text, ...rest) {
        drawn.push(String(text));
        return fillText.call(this, text, ...rest);
      };
    });
    await page.reload();

    // Leaderboard: the table shows the name literally.
    await GATE_ROUTES[0]?.ready(page);
    await expect.poll(() => textOf(page, 'table.ranking-table')).toContain(ZONE_NAME);
    await expectNoInjection(app, 'leaderboard');

    // Bar chart: the axis label is drawn as text, and hovering every bar opens no HTML tooltip.
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __drawnText: string[] }).__drawnText.join('\n')),
      )
      .toContain('<img src=x');
    const chart = page.locator('[_echarts_instance_]').first();
    const box = await chart.boundingBox();
    if (!box) throw new Error('the ranking chart is not visible');
    for (let step = 1; step < 20; step++) {
      await page.mouse.move(box.x + box.width / 2, box.y + (box.height * step) / 20);
      await page.mouse.move(box.x + box.width * 0.8, box.y + (box.height * step) / 20);
    }
    await expectNoInjection(app, 'leaderboard chart after hovering');
    expect(await chart.getAttribute('aria-label')).not.toBeNull();

    // PNG export: the slide is built from the DOM and rasterised; nothing may run on the way.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出…' }).click();
    await page
      .getByRole('dialog', { name: '导出排行榜' })
      .getByRole('button', { name: 'PNG · 1920×1080' })
      .click();
    await download;
    await expectNoInjection(app, 'after the PNG export');

    // Zone card: heading, radar and the source quotes of its facts.
    await page.goto(page.url().replace(/#.*$/, `#/zone/${BUNDLED_ZONE_ID}`));
    await expect.poll(() => textOf(page, 'h1')).toContain(ZONE_NAME);
    await expect.poll(() => textOf(page, 'main')).toContain(QUOTE);
    await expect.poll(() => textOf(page, 'main')).toContain(INDICATOR_NAME);
    await GATE_ROUTES[1]?.ready(page);
    await expectNoInjection(app, 'zone card');

    // Scorecard editor: node names live in form fields and the tree.
    await page.goto(page.url().replace(/#.*$/, '#/scorecard'));
    await GATE_ROUTES[2]?.ready(page);
    await expect
      .poll(() =>
        page.evaluate(
          (name) =>
            document.querySelector('main')?.textContent?.includes(name) ||
            [...document.querySelectorAll('input, textarea')].some(
              (field) => (field as HTMLInputElement).value === name,
            ),
          INDICATOR_NAME,
        ),
      )
      .toBe(true);
    await expectNoInjection(app, 'scorecard editor');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
