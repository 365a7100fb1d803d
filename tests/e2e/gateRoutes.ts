import type { Page } from 'playwright-core';

/**
 * The routes every gate checks (axe in both languages and colour schemes, the XSS sweep, the
 * cold-start bench uses the first). Adding a screen to the gates is one entry here.
 */
export interface GateRoute {
  /** Hash route opened in a fresh context. */
  path: string;
  /** Resolves once the screen shows its content (data loaded, charts mounted). */
  ready: (page: Page) => Promise<void>;
  /**
   * Colour schemes axe checks the screen in (page.emulateMedia). The screens so far have only a
   * light theme (no prefers-color-scheme rule), so checking `dark` would repeat `light`; the
   * audience view adds `dark`.
   */
  colorSchemes: readonly ('light' | 'dark')[];
  /** The screen shows at least one ECharts chart (its text alternative is then asserted). */
  hasCharts: boolean;
}

/** A zone of the bundled data (data/qingdao-2023-arena.json). */
export const BUNDLED_ZONE_ID = 'shanghe';

const mainHeading = async (page: Page) => {
  await page.locator('main h1, h1').first().waitFor();
};

export const GATE_ROUTES: readonly GateRoute[] = [
  {
    path: '#/',
    ready: async (page) => {
      await page.locator('table.ranking-table tbody tr').nth(8).waitFor();
      await page.locator('[role="img"] canvas, [role="img"] svg').first().waitFor();
    },
    colorSchemes: ['light'],
    hasCharts: true,
  },
  {
    path: `#/zone/${BUNDLED_ZONE_ID}`,
    ready: async (page) => {
      await mainHeading(page);
      await page.locator('[role="img"] canvas, [role="img"] svg').first().waitFor();
    },
    colorSchemes: ['light'],
    hasCharts: true,
  },
  {
    path: '#/scorecard',
    ready: async (page) => {
      await mainHeading(page);
      await page.locator('input, select').first().waitFor();
    },
    colorSchemes: ['light'],
    hasCharts: false,
  },
  {
    path: '#/data',
    ready: async (page) => {
      await mainHeading(page);
      await page.locator('table tbody tr').first().waitFor();
    },
    colorSchemes: ['light'],
    hasCharts: false,
  },
  {
    path: '#/jury',
    ready: async (page) => {
      await mainHeading(page);
      await page.locator('table input').first().waitFor();
    },
    colorSchemes: ['light'],
    hasCharts: false,
  },
  {
    path: '#/present',
    ready: async (page) => {
      await mainHeading(page);
      await page.locator('table input').first().waitFor();
    },
    colorSchemes: ['light'],
    hasCharts: false,
  },
  // The projector's theme is the presenter's choice, not the system's: dark by default…
  {
    path: '#/audience',
    ready: async (page) => {
      await page.locator('.audience-row, [data-rank]').first().waitFor();
    },
    colorSchemes: ['dark'],
    hasCharts: false,
  },
  // …and light when the presenter switches it, which this entry does before coming back.
  {
    path: '#/audience',
    ready: async (page) => {
      await page.evaluate(() => {
        window.location.hash = '#/present';
      });
      await page.getByRole('button', { name: /^(浅色|Light)$/ }).click();
      await page.evaluate(() => {
        window.location.hash = '#/audience';
      });
      await page.locator('.audience-row, [data-rank]').first().waitFor();
    },
    colorSchemes: ['light'],
    hasCharts: false,
  },
];

export const GATE_LANGUAGES = [
  { lang: 'zh-CN', query: '' },
  { lang: 'en', query: '?lang=en' },
] as const;
