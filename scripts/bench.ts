/**
 * `npm run bench`: engine and robustness timings beside their DESIGN §7 budgets. Figures only, no
 * pass/fail: a laptop, a CI runner and a loaded machine differ, and the trend is what matters.
 * Each measurement warms up first, then reports the median and the 95th percentile of its runs.
 * Writes bench-results/engine.json (gitignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { performance } from 'node:perf_hooks';
import { planTextImport } from '../src/formats/import/importFile';
import { createRandom } from '../src/scoring/random';
import { analyseRankRobustness, createWeightSampler, siblingGroups } from '../src/scoring/robustness';
import { prepareScoring, rankPrepared, scorePrepared } from '../src/scoring/score';
import { buildImportBenchInput } from './importBenchData';
import { buildSyntheticInput } from './syntheticData';

interface Measurement {
  name: string;
  size: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  budget: string;
}

const SIZES = [
  { zones: 9, indicators: 30, warmup: 50, runs: 300 },
  { zones: 1_000, indicators: 100, warmup: 10, runs: 60 },
  { zones: 10_000, indicators: 200, warmup: 3, runs: 15 },
] as const;

/** DESIGN §7, by what is measured and the number of zones. */
const BUDGETS: Record<string, Record<number, string>> = {
  full: {
    9: '≤ 16 ms p95 slider → UI (whole update)',
    1000: '≤ 5 ms',
    10000: '≤ 100 ms (in a Worker)',
  },
  weights: {
    9: '≤ 16 ms p95 slider → UI (whole update)',
    1000: '≤ 50 ms slider → UI (whole update)',
    10000: '≤ 100 ms (full re-score budget)',
  },
  robustness: { 9: '≤ 300 ms, off the main thread' },
};

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** Times `work(run)` after `warmup` untimed calls; the run index lets each call use fresh weights. */
function measure(
  name: string,
  size: string,
  budget: string,
  warmup: number,
  runs: number,
  work: (run: number) => unknown,
): Measurement {
  let sink = 0;
  for (let run = 0; run < warmup; run++) sink += work(run) === undefined ? 0 : 1;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    sink += work(warmup + run) === undefined ? 0 : 1;
    times.push(performance.now() - started);
  }
  if (sink < 0) console.log(sink);
  times.sort((a, b) => a - b);
  return { name, size, runs, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), budget };
}

function benchSize({ zones, indicators, warmup, runs }: (typeof SIZES)[number]): Measurement[] {
  const size = `${zones.toLocaleString('en')} × ${indicators}`;
  const input = buildSyntheticInput({ zones, indicators, seed: 1 });
  const sample = createWeightSampler(siblingGroups(input.scorecard.root, {}), {
    kind: 'dirichlet',
    concentration: 50,
  });
  const random = createRandom(2);
  // A fresh weight sample per run, so nothing can be cached across runs.
  const weightSets = Array.from({ length: warmup + runs }, () => sample(random));
  const weightsFor = (run: number) => weightSets[run % weightSets.length] ?? {};
  const prepared = prepareScoring(input);
  const results = [
    measure(
      'full re-score (prepareScoring + scorePrepared)',
      size,
      BUDGETS.full?.[zones] ?? '',
      warmup,
      runs,
      (run) => scorePrepared(prepareScoring(input), weightsFor(run)),
    ),
    measure(
      'weights-only re-score (scorePrepared)',
      size,
      BUDGETS.weights?.[zones] ?? '',
      warmup,
      runs,
      (run) => scorePrepared(prepared, weightsFor(run)),
    ),
    measure('weights-only ranks (rankPrepared)', size, BUDGETS.weights?.[zones] ?? '', warmup, runs, (run) =>
      rankPrepared(prepared, weightsFor(run)),
    ),
  ];
  if (zones === 9) {
    results.push(
      measure(
        'robustness, 10,000 samples (prepare + analyse)',
        size,
        BUDGETS.robustness?.[9] ?? '',
        3,
        15,
        (run) =>
          analyseRankRobustness(
            prepareScoring(input),
            {},
            {
              method: { kind: 'dirichlet', concentration: 100 },
              samples: 10_000,
              seed: run,
            },
          ),
      ),
    );
  }
  return results;
}

/** DESIGN §7: a 10,000-row CSV to a preview (decode, split, plan with every issue) in ≤ 1 s. */
function benchImport(): Measurement {
  const { bytes, catalogue } = buildImportBenchInput(10_000, 10);
  return measure(
    `import: messy wide CSV to a plan (${(bytes.length / 1024).toFixed(0)} KB)`,
    '10,000 rows × 10',
    '≤ 1 s to preview',
    2,
    10,
    () => planTextImport('bench.csv', bytes, catalogue, { periodId: '2023Q1' }),
  );
}

function formatMs(ms: number): string {
  return ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0);
}

function printTable(measurements: readonly Measurement[]): void {
  const rows = [
    ['measurement', 'zones × indicators', 'runs', 'median ms', 'p95 ms', 'DESIGN §7 budget'],
    ...measurements.map((m) => [
      m.name,
      m.size,
      String(m.runs),
      formatMs(m.medianMs),
      formatMs(m.p95Ms),
      m.budget,
    ]),
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column >= 2 && column <= 4 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ');
  console.log(line(rows[0] ?? []));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

function main(): void {
  const measurements: Measurement[] = [];
  for (const size of SIZES) {
    process.stderr.write(`measuring ${size.zones} × ${size.indicators} …\n`);
    measurements.push(...benchSize(size));
  }
  process.stderr.write('measuring the import of a 10,000-row CSV …\n');
  measurements.push(benchImport());
  printTable(measurements);
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${platform()} ${arch()}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpuCount: cpus().length,
    note: 'Median and p95 of the timed runs after warm-up, in milliseconds. Robustness is measured on the main thread of Node; in the app it runs in a Web Worker.',
    measurements,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/engine.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nwritten to bench-results/engine.json');
}

main();
