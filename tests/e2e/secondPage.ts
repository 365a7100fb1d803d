import { inject } from 'vitest';
import { type AppPage, watchPage } from './chromium';

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
  const page = await app.context.newPage();
  await page.setViewportSize(viewport);
  const watched = watchPage(page, baseUrl);
  await page.goto(`${baseUrl}${route}`);
  return { context: app.context, page, ...watched };
}
