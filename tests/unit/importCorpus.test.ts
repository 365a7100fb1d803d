// @vitest-environment node
/**
 * Runs every file in tests/fixtures/import/ through the importer and compares the outcome with the
 * sibling `<file>.expected.json` (format, what was detected, every issue with its place, every
 * conversion, every fact). A fixture without its expectation fails the run.
 * `UPDATE_IMPORT_EXPECTATIONS=1` rewrites the expectations — review the diff before committing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/formats/bundle';
import { planImport } from '../../src/formats/import/importFile';
import type { ImportPlan } from '../../src/formats/import/plan';
import type { TabularOptions } from '../../src/formats/import/tabular';

const DIR = new URL('../fixtures/import/', import.meta.url);
const EXPECTED = '.expected.json';
const bundled = JSON.parse(
  readFileSync(new URL('../../data/qingdao-2023-arena.json', import.meta.url), 'utf8'),
) as Bundle;
const DEFAULT_OPTIONS: TabularOptions = { periodId: '2023Q1' };

const files = readdirSync(DIR).filter((name) => !name.endsWith(EXPECTED));

/** The parts of a plan a person would check, without the derived prose in both languages. */
function summarise(plan: ImportPlan) {
  return {
    format: plan.format,
    detected: plan.detected,
    issues: plan.issues.map(({ severity, row, column, header, key, params, message }) => ({
      severity,
      row,
      column,
      header,
      key,
      params,
      en: message.en,
    })),
    conversions: plan.conversions,
    newIndicators: plan.newIndicators,
    indicators: plan.indicators.map((indicator) => `${indicator.id} (${indicator.unit})`),
    periods: plan.periods.map((period) => `${period.id} ${period.start}..${period.end}`),
    facts: plan.facts.map(
      ({ fact, status, before, row, column }) =>
        `${row}${column} ${fact.zoneId} ${fact.indicatorId} ${fact.periodId} = ${fact.value} (${status}${before === undefined ? '' : ` from ${before}`})`,
    ),
    counts: plan.counts,
    bundleTables: plan.bundle
      ? Object.fromEntries(
          Object.entries(plan.bundle)
            .filter(([, v]) => Array.isArray(v))
            .map(([k, v]) => [k, (v as unknown[]).length]),
        )
      : undefined,
  };
}

describe('import fixture corpus', () => {
  it('has an expectation beside every fixture', () => {
    const missing = files.filter((name) => !readdirSync(DIR).includes(name + EXPECTED));
    if (process.env.UPDATE_IMPORT_EXPECTATIONS) return;
    expect(missing).toEqual([]);
  });

  it.each(files)('%s', async (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, DIR)));
    const expectedUrl = new URL(name + EXPECTED, DIR);
    let stored: { options?: TabularOptions; plan?: unknown } = {};
    try {
      stored = JSON.parse(readFileSync(expectedUrl, 'utf8'));
    } catch {
      if (!process.env.UPDATE_IMPORT_EXPECTATIONS) throw new Error(`${name} has no ${name}${EXPECTED}`);
    }
    const options = stored.options ?? DEFAULT_OPTIONS;
    const plan = summarise(await planImport(name, bytes, bundled, options));
    if (process.env.UPDATE_IMPORT_EXPECTATIONS) {
      writeFileSync(expectedUrl, `${JSON.stringify({ options, plan }, null, 2)}\n`);
      return;
    }
    expect(JSON.parse(JSON.stringify(plan))).toEqual(stored.plan);
  });
});
