import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoard } from './boardReader';
import { launchChromium } from './chromium';

/**
 * The shared preview server of the other browser tests cannot be switched off, so each test here
 * serves its own copy of dist/: stopping that server is a real network outage (on top of
 * Playwright's offline emulation), and editing the copy is a new deploy.
 */
const DIST = path.resolve(import.meta.dirname, '../../dist');
/** Files of dist/ that are not the app's: the README screenshots and the service worker itself. */
const NOT_PRECACHED = [/^screenshots\//, /^sw\.js$/, /^workbox-[\w-]+\.js$/];

interface Site {
  url: string;
  root: string;
  server: PreviewServer;
}

async function serveCopyOfDist(): Promise<Site> {
  const root = await mkdtemp(path.join(tmpdir(), 'arena-offline-'));
  await cp(DIST, path.join(root, 'dist'), { recursive: true });
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return { url, root, server };
}

async function stopServing(site: Site) {
  await site.server.close();
  await rm(site.root, { recursive: true, force: true });
}

async function filesOf(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? filesOf(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    ),
  );
  return nested.flat();
}

/** Every URL in the page's Cache Storage, without Workbox's revision parameter. */
async function cachedUrls(page: Page): Promise<string[]> {
  const urls = await page.evaluate(async () => {
    const all: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) all.push(request.url);
    }
    return all;
  });
  return urls.map((url) => url.replace(/\?__WB_REVISION__=\w+$/, ''));
}

interface Traffic {
  requests: string[];
  responses: { url: string; fromServiceWorker: boolean }[];
  failed: string[];
  errors: string[];
}

function watch(context: BrowserContext, page: Page): Traffic {
  const traffic: Traffic = { requests: [], responses: [], failed: [], errors: [] };
  context.on('request', (request) => traffic.requests.push(request.url()));
  page.on('response', (response) =>
    traffic.responses.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() }),
  );
  page.on('requestfailed', (request) =>
    traffic.failed.push(`${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('pageerror', (error) => traffic.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') traffic.errors.push(message.text());
  });
  return traffic;
}

async function waitForRankedBoard(page: Page) {
  await page.locator('table.ranking-table tbody tr').nth(8).waitFor();
}

/** The page is controlled by an activated service worker and says so. */
async function waitForOfflineReady(page: Page) {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 20_000 })
    .toBe('activated');
  await page.getByRole('status').filter({ hasText: '可离线使用' }).waitFor();
}

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function newContext(): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser) throw new Error('Chromium is not running');
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
  });
  return { context, page: await context.newPage() };
}

describe('offline use in Chromium (production build, service worker)', () => {
  it('precaches every file the app loads, then ranks, opens lazy screens and exports with no network', async () => {
    const site = await serveCopyOfDist();
    const { context, page } = await newContext();
    const traffic = watch(context, page);
    try {
      await page.goto(`${site.url}#/`);
      await waitForRankedBoard(page);
      await waitForOfflineReady(page);

      // Every file of the build (lazy chunks, the worker, the dataset, icons, manifest) is cached.
      const expected = (await filesOf(DIST))
        .filter((file) => !NOT_PRECACHED.some((pattern) => pattern.test(file)))
        .map((file) => new URL(file, site.url).href);
      expect(expected.length).toBeGreaterThan(20);
      const cached = await cachedUrls(page);
      expect(expected.filter((url) => !cached.includes(url))).toEqual([]);

      // The network goes away completely: emulated offline, and the server itself stopped.
      await context.setOffline(true);
      await site.server.close();
      const before = traffic.responses.length;
      await page.reload();
      await waitForRankedBoard(page);
      const rows = await readBoard(page);
      expect(new Set(rows.map((row) => row.zoneId)).size).toBe(9);
      for (const row of rows) {
        const higher = rows.filter((other) => (other.total ?? -1) > (row.total ?? -1)).length;
        expect(row.rank, row.text).toBe(higher + 1);
      }
      // The robustness worker starts from the cache too.
      await expect
        .poll(() => page.locator('.robustness-status').textContent(), { timeout: 20_000 })
        .toMatch(/^已完成/);

      // Lazy screens: the zone card (radar chart chunk) and the scorecard editor (zod chunk).
      await page.locator('table.ranking-table tbody th a').first().click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page
        .getByRole('region', { name: '雷达图：本功能区、第一名与平均' })
        .locator('canvas')
        .first()
        .waitFor();
      await page.getByRole('navigation').getByRole('link', { name: '评分方案' }).click();
      await page.getByText('方案有效。').waitFor();

      // The PNG export (snapdom and the SVG renderer chunks).
      await page.getByRole('navigation').getByRole('link', { name: '排行榜' }).click();
      await waitForRankedBoard(page);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出…' }).click();
      await page
        .getByRole('dialog', { name: '导出排行榜' })
        .getByRole('button', { name: 'PNG · 1920×1080' })
        .click();
      expect((await download).suggestedFilename()).toMatch(/\.png$/);

      const offlineResponses = traffic.responses.slice(before);
      expect(offlineResponses.length).toBeGreaterThan(5);
      expect(offlineResponses.filter((response) => !response.fromServiceWorker)).toEqual([]);
      expect(traffic.failed).toEqual([]);
      expect(traffic.requests.filter((url) => !url.startsWith(new URL(site.url).origin))).toEqual([]);
      expect(traffic.errors).toEqual([]);
      console.log(
        `offline: ${cached.length} precached URLs, ${offlineResponses.length} responses served by the service worker after the network went away`,
      );
    } finally {
      await context.close();
      await stopServing(site);
    }
  });

  it('keeps the audience view free of the offline badge', async () => {
    const site = await serveCopyOfDist();
    const { context, page } = await newContext();
    try {
      await page.goto(`${site.url}#/`);
      await waitForRankedBoard(page);
      await waitForOfflineReady(page);
      expect(await page.getByText('可离线使用').count()).toBe(1);
      await page.evaluate(() => {
        window.location.hash = '#/audience';
      });
      await expect.poll(() => page.getByText('可离线使用').count()).toBe(0);
      // And it comes back on the presenter's screens.
      await page.evaluate(() => {
        window.location.hash = '#/';
      });
      await expect.poll(() => page.getByText('可离线使用').count()).toBe(1);
    } finally {
      await context.close();
      await stopServing(site);
    }
  });

  it('offers a new build without reloading, and applies it only when the operator asks', async () => {
    const site = await serveCopyOfDist();
    const { context, page } = await newContext();
    const traffic = watch(context, page);
    try {
      await page.goto(`${site.url}#/`);
      await waitForRankedBoard(page);
      await waitForOfflineReady(page);
      await page.evaluate(() => {
        (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
      });

      // A new deploy: a different service worker file.
      const swPath = path.join(site.root, 'dist/sw.js');
      await writeFile(swPath, `${await readFile(swPath, 'utf8')}\n// next build\n`);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const prompt = page.getByRole('region', { name: '应用更新' });
      await prompt.getByText('新版本可用，会后刷新。').waitFor({ timeout: 20_000 });
      // Nothing reloads by itself: the projector keeps the meeting on screen.
      await page.waitForTimeout(1_000);
      expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(true);

      // "Later" hides the prompt; the new build keeps waiting.
      await prompt.getByRole('button', { name: '稍后' }).click();
      await expect.poll(() => prompt.count()).toBe(0);
      expect(
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null),
      ).toBe(true);
      expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(true);

      // After the meeting: the next load offers it again, and "reload now" switches to it.
      await page.reload();
      await waitForRankedBoard(page);
      await prompt.getByRole('button', { name: '立即刷新' }).click({ timeout: 20_000 });
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return registration?.waiting === null && navigator.serviceWorker.controller !== null;
          }),
        )
        .toBe(true);
      await waitForRankedBoard(page);
      expect(await prompt.count()).toBe(0);
      expect(traffic.errors).toEqual([]);
    } finally {
      await context.close();
      await stopServing(site);
    }
  });
});
