import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

import { launchChromium } from './launchChromium';

export { findChromium, launchChromium } from './launchChromium';

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Requests the page made to anything but the app's own origin (must stay empty). */
  foreignRequests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** A fresh browser context (empty IndexedDB) with the app opened at `route`. */
export async function openApp(browser: Browser, route = '#/', query = ''): Promise<AppPage> {
  const baseUrl = inject('baseUrl');
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const watched = watchPage(page, baseUrl);
  await page.goto(`${baseUrl}${query}${route}`);
  return { context, page, ...watched };
}

/** Records what a page requests off the app's origin and every page or console error. */
export function watchPage(page: Page, baseUrl: string): Pick<AppPage, 'foreignRequests' | 'errors'> {
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { foreignRequests, errors };
}

/**
 * One Chromium for the calling test file, launched before its tests and closed after them.
 * Returns `openApp` bound to it: each call gets a fresh context (empty IndexedDB).
 */
export function chromiumForThisFile(): (route?: string, query?: string) => Promise<AppPage> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (route, query) => {
    if (!browser) throw new Error('Chromium is not running: open pages inside tests or hooks');
    return openApp(browser, route, query);
  };
}
