import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/contentSecurityPolicy';
import { type AppPage, chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();
const DIST_INDEX = path.resolve(import.meta.dirname, '../../dist/index.html');

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Runs before the app's scripts on every page of the context: records each CSP violation. */
function collectViolations() {
  window.cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      window.cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    },
    true,
  );
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cspViolations ?? ['the violation collector is not installed']);
}

/** The app at `#/`, reloaded with the collector in place (console errors cover the first load). */
async function openWatched(): Promise<AppPage> {
  const app = await openPage('#/');
  await app.context.addInitScript(collectViolations);
  await app.page.reload();
  await app.page.locator('table.ranking-table tbody tr').nth(8).waitFor();
  return app;
}

async function goTo(page: Page, route: string) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
}

/** Waits until a lazily loaded screen has replaced its "opening…" placeholder, then a little more. */
async function settle(page: Page) {
  await expect.poll(() => page.getByText('正在打开本地数据库…').count()).toBe(0);
  await page.waitForTimeout(1_000);
}

describe('Content-Security-Policy of the production build', () => {
  it('is in dist/index.html as a meta tag, with no eval and no inline script', async () => {
    const html = await readFile(DIST_INDEX, 'utf8');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
    expect(metas).toHaveLength(1);
    const policy = metas[0]?.[1] ?? '';
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    expect(policy).not.toMatch(/unsafe-(eval|inline|hashes)|wasm-unsafe-eval|\*|https?:/);
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )default-src 'none'(;|$)/);
    // The policy must come before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link/));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\/assets\/[\w.-]+\.js"/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\son[a-z]+\s*=|javascript:/i);
  });

  it('lets every screen, the PNG export and the robustness worker run without a violation', async () => {
    const app = await openWatched();
    const { page } = app;
    // The robustness Web Worker finishes its 10,000 samples.
    await expect
      .poll(() => page.locator('.robustness-status').textContent(), { timeout: 20_000 })
      .toMatch(/^已完成/);

    // Export the 1920×1080 PNG (snapdom, ECharts' SVG renderer, a blob: download).
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出…' }).click();
    await page
      .getByRole('dialog', { name: '导出排行榜' })
      .getByRole('button', { name: 'PNG · 1920×1080' })
      .click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);

    const zoneId = await page.locator('table.ranking-table tbody tr').first().getAttribute('data-zone-id');
    await goTo(page, `#/zone/${zoneId}`);
    await page
      .getByRole('region', { name: '雷达图：本功能区、第一名与平均' })
      .locator('canvas')
      .first()
      .waitFor();

    // The scorecard editor validates with zod (jitless, no `new Function`).
    await goTo(page, '#/scorecard');
    await page.getByText('方案有效。').waitFor();

    // These screens come from other branches; whatever they render must load under the policy.
    for (const route of ['#/data', '#/present', '#/audience']) {
      await goTo(page, route);
      await settle(page);
    }

    // English, and back to the board with its charts.
    await goTo(page, '#/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    await page.locator('canvas').first().waitFor();

    expect(await violations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });

  it('really enforces the policy: an injected inline script is blocked and reported', async () => {
    const app = await openWatched();
    const ran = await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true;';
      document.head.append(script);
      return 'inlineScriptRan' in window;
    });
    expect(ran).toBe(false);
    await expect
      .poll(() => violations(app.page))
      .toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    await app.context.close();
  });
});
