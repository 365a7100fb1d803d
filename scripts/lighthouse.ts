/**
 * `npm run lighthouse`: Lighthouse (performance, accessibility, best practices) against the
 * production build served by vite preview, in the system Chromium (CHROME_PATH or the usual
 * places, as the browser tests find it), headless and with no background networking. Runs the
 * desktop preset (the app's audience: laptops and projected screens) and Lighthouse's default
 * mobile preset (simulated slow 4G and a 4× slower CPU). Prints the scores beside the ≥ 95 target
 * and the audits that cost points; writes bench-results/lighthouse.json. Figures, not pass/fail:
 * not part of `npm test` (about a minute per preset).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { findChromium } from '../tests/e2e/launchChromium';
import { serveDist } from './serveDist';

const TARGET = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const PRESETS = [
  { name: 'desktop', config: desktopConfig },
  { name: 'mobile (default)', config: undefined },
] as const;

interface PresetResult {
  preset: string;
  url: string;
  scores: Record<string, number | null>;
  /** Audits scoring below 0.9 in the measured categories, worst first. */
  findings: { id: string; title: string; score: number | null; displayValue?: string; top?: string[] }[];
  metrics: Record<string, string | undefined>;
}

/** The three heaviest rows of an audit's table (e.g. which script costs the boot time). */
function topItems(details: unknown): { top?: string[] } {
  const items = (details as { type?: string; items?: Record<string, unknown>[] } | undefined)?.items;
  if (!Array.isArray(items) || items.length === 0) return {};
  const top = items.slice(0, 3).map((item) =>
    Object.entries(item)
      .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
      .map(
        ([key, value]) =>
          `${key}=${typeof value === 'number' ? Math.round(value) : String(value).replace(/^https?:\/\/[^/]+/, '')}`,
      )
      .join(' '),
  );
  return { top };
}

async function main() {
  const { root, baseUrl, server } = await serveDist();
  const url = `${baseUrl}#/`;
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      // Without these Chromium calls Google's services, which a closed network refuses noisily.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const results: PresetResult[] = [];
  try {
    for (const preset of PRESETS) {
      process.stderr.write(`lighthouse, ${preset.name} …\n`);
      const runner = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        preset.config,
      );
      if (!runner) throw new Error('lighthouse returned no result');
      const { lhr } = runner;
      if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
      const auditIds = new Set(
        CATEGORIES.flatMap((category) => lhr.categories[category]?.auditRefs.map((ref) => ref.id) ?? []),
      );
      const findings = Object.values(lhr.audits)
        .filter(
          (audit) =>
            auditIds.has(audit.id) &&
            audit.score !== null &&
            audit.score < 0.9 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual',
        )
        .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
        .map((audit) => ({
          id: audit.id,
          title: audit.title,
          score: audit.score,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
          ...topItems(audit.details),
        }));
      const metric = (id: string) => lhr.audits[id]?.displayValue;
      results.push({
        preset: preset.name,
        url,
        scores: Object.fromEntries(
          CATEGORIES.map((category) => [
            category,
            lhr.categories[category]?.score == null
              ? null
              : Math.round((lhr.categories[category]?.score ?? 0) * 100),
          ]),
        ),
        findings,
        metrics: {
          'first-contentful-paint': metric('first-contentful-paint'),
          'largest-contentful-paint': metric('largest-contentful-paint'),
          'total-blocking-time': metric('total-blocking-time'),
          'cumulative-layout-shift': metric('cumulative-layout-shift'),
          'speed-index': metric('speed-index'),
        },
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  // Lighthouse's simulated throttling scales what it observes: a loaded machine lowers performance.
  console.log(
    `load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')} on ${cpus().length} CPUs`,
  );
  for (const result of results) {
    console.log(`\nLighthouse ${result.preset} — ${result.url}`);
    for (const category of CATEGORIES) {
      const score = result.scores[category];
      console.log(
        `  ${category.padEnd(16)} ${String(score ?? 'n/a').padStart(3)}  (target ≥ ${TARGET}${score !== null && score !== undefined && score < TARGET ? ', BELOW' : ''})`,
      );
    }
    console.log(
      `  metrics: ${Object.entries(result.metrics)
        .map(([name, value]) => `${name} ${value ?? 'n/a'}`)
        .join(', ')}`,
    );
    for (const finding of result.findings) {
      console.log(
        `  finding: ${finding.id} (${finding.score}) ${finding.title} ${finding.displayValue ?? ''}`,
      );
      for (const row of finding.top ?? []) console.log(`      ${row}`);
    }
  }
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    path.join(root, 'bench-results/lighthouse.json'),
    `${JSON.stringify({ date: new Date().toISOString(), target: TARGET, loadAverage: loadavg(), cpuCount: cpus().length, results }, null, 2)}\n`,
  );
  console.log('\nwritten to bench-results/lighthouse.json');
}

await main();
