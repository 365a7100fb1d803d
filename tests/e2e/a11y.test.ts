/**
 * Accessibility gate (issue #7): axe-core on every screen of GATE_ROUTES, in zh-CN and English and
 * in each colour scheme the screen supports, with no serious or critical violation; every chart
 * has a text alternative; and one full keyboard-only path through the app with a visible focus
 * indicator at every step. axe is injected from its own source (no network).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readBoard } from './boardReader';
import { chromiumForThisFile } from './chromium';
import { GATE_LANGUAGES, GATE_ROUTES } from './gateRoutes';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const openPage = chromiumForThisFile();

async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: a <script> tag would be (rightly) refused by the
  // build's Content-Security-Policy, which allows no inline script.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document);
    return JSON.parse(JSON.stringify(result.violations));
  });
}

function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `[${violation.impact}] ${violation.id}: ${violation.help}\n${violation.nodes
          .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
}

describe('accessibility (axe-core, production build)', () => {
  for (const route of GATE_ROUTES) {
    for (const { lang, query } of GATE_LANGUAGES) {
      for (const colorScheme of route.colorSchemes) {
        it(`${route.path} in ${lang}, ${colorScheme}: no serious or critical axe violation; charts have a text alternative`, async () => {
          const app = await openPage(route.path, query);
          await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
          await route.ready(app.page);
          // Let lazy chunks and the chart's first animation settle before measuring contrast.
          await app.page.waitForLoadState('networkidle');
          await app.page.waitForTimeout(300);
          expect(await app.page.evaluate(() => document.documentElement.lang)).toBe(lang);

          const violations = await runAxe(app.page);
          if (violations.length > 0)
            console.log(`axe on ${route.path} (${lang}, ${colorScheme}):\n${describeViolations(violations)}`);
          const blocking = violations.filter(
            (violation) => violation.impact === 'serious' || violation.impact === 'critical',
          );
          expect(blocking, describeViolations(blocking)).toEqual([]);

          // ECharts draws on a canvas/SVG: its host must say what the chart shows.
          const charts = await app.page.locator('canvas, svg').evaluateAll((nodes) =>
            nodes
              .filter((node) => node.closest('[_echarts_instance_]'))
              .map((node) => {
                const host = node.closest('[role="img"]');
                return {
                  role: host?.getAttribute('role') ?? null,
                  label: host?.getAttribute('aria-label') ?? '',
                };
              }),
          );
          if (route.hasCharts) expect(charts.length, 'no chart found on this screen').toBeGreaterThan(0);
          for (const chart of charts) {
            expect(chart.role).toBe('img');
            expect(chart.label.trim().length).toBeGreaterThan(3);
          }
          expect(app.errors).toEqual([]);
          await app.context.close();
        });
      }
    }
  }
});

/** What the focused element looks like: a focus ring is an outline or a box-shadow. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'body', description: 'body', visible: true };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}" outline=${style.outlineStyle} ${style.outlineWidth} shadow=${style.boxShadow}`,
      visible: (outline || shadow) && rect.width > 0 && rect.height > 0,
    };
  });
}

/** Presses `key` until `matches` holds for the focused element, checking the focus ring at each step. */
async function pressUntil(
  page: Page,
  key: 'Tab' | 'Shift+Tab',
  matches: () => boolean,
  what: string,
  maxPresses = 120,
): Promise<void> {
  const path: string[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press(key);
    const state = await focusState(page);
    path.push(state.description);
    expect(state.visible, `no visible focus indicator on ${state.description}`).toBe(true);
    if (await page.evaluate(matches)) return;
  }
  throw new Error(`${what} not reached with ${key} after ${maxPresses} presses:\n${path.join('\n')}`);
}

describe('keyboard only (no mouse)', () => {
  it('reaches and moves a weight slider, opens a zone card and comes back, opens the scorecard editor — focus always visible', async () => {
    const app = await openPage('#/');
    const { page } = app;
    await page.locator('table.ranking-table tbody tr').nth(8).waitFor();
    const before = (await readBoard(page)).map((row) => row.zoneId).join();

    await pressUntil(
      page,
      'Tab',
      () =>
        document.activeElement?.getAttribute('role') === 'slider' ||
        (document.activeElement as HTMLInputElement | null)?.type === 'range',
      'a weight slider',
    );
    // Move every dimension slider to an extreme with the keyboard until the order changes.
    let after = before;
    for (let step = 0; step < 8 && after === before; step++) {
      await page.keyboard.press(step % 2 === 0 ? 'End' : 'Home');
      await page.waitForTimeout(100);
      after = (await readBoard(page)).map((row) => row.zoneId).join();
      if (after === before) {
        await pressUntil(
          page,
          'Tab',
          () => (document.activeElement as HTMLInputElement | null)?.type === 'range',
          'the next weight slider',
        );
      }
    }
    expect(after, 'the ranking did not change when weights moved').not.toBe(before);

    // The zone links sit in the table after the weights; Shift+Tab comes back if the table came first.
    const onZoneLink = () => !!document.activeElement?.closest('table.ranking-table tbody a');
    try {
      await pressUntil(page, 'Tab', onZoneLink, 'a zone link', 80);
    } catch {
      await pressUntil(page, 'Shift+Tab', onZoneLink, 'a zone link', 160);
    }
    const zoneName = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/zone\//);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain(zoneName);

    // Back through the card's own link (headless Chromium ignores the browser's Alt+← shortcut).
    await pressUntil(
      page,
      'Tab',
      () => document.activeElement?.matches('main a[href="#/"]') ?? false,
      'the back link',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/?$/);
    await page.locator('table.ranking-table tbody tr').nth(8).waitFor();

    // The scorecard editor through the main navigation.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await pressUntil(
      page,
      'Tab',
      () => document.activeElement?.getAttribute('href') === '#/scorecard',
      'the scorecard link',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/scorecard');
    await page.locator('h1').first().waitFor();
    await pressUntil(
      page,
      'Tab',
      () =>
        !!document.activeElement?.closest('main') &&
        ['INPUT', 'SELECT', 'BUTTON', 'TEXTAREA'].includes(document.activeElement?.tagName ?? ''),
      'a control of the scorecard editor',
    );
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
