import { inject } from 'vitest';
import type { AppPage } from './chromium';

/**
 * Another window of the same browser profile as `app` (same context: same IndexedDB, Web Locks
 * and BroadcastChannel), opened at `route` — the audience window beside the presenter console.
 */
export async function openSecondPage(
  app: AppPage,
  route: string,
  viewport = { width: 1600, height: 1000 },
): Promise<AppPage> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const page = await app.context.newPage();
  await page.setViewportSize(viewport);
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
  await page.goto(`${baseUrl}${route}`);
  return { context: app.context, page, foreignRequests, errors };
}
