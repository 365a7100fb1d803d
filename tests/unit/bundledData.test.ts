import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/formats/bundle';
import { isGroupNode, type Quote, type ScorecardNode } from '../../src/scoring/model';

/**
 * The bundled dataset's honesty checks: every figure, target, text and shortfall is quoted verbatim
 * from a seed article, every number appears in its quote, and all references resolve.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
// The cited articles ship in data/sources so a fresh clone can verify every quote on its own.
const seedsDir = process.env.SEEDS_DIR
  ? path.resolve(process.env.SEEDS_DIR)
  : path.resolve(here, '../../data/sources');

const bundle = JSON.parse(
  readFileSync(path.join(repoRoot, 'data/qingdao-2023-arena.json'), 'utf8'),
) as Bundle;
const schema = JSON.parse(
  readFileSync(path.join(repoRoot, 'public/schema/bundle.v1.schema.json'), 'utf8'),
) as object;

const seedCache = new Map<string, string>();

/** The text of the seed article a quote's source names; throws (never skips) when it cannot be read. */
function seedTextFor(quote: Quote): string {
  const source = bundle.meta.sources.find((candidate) => candidate.id === quote.sourceId);
  if (!source) throw new Error(`unknown source "${quote.sourceId}"`);
  if (!source.seedFile) {
    throw new Error(`source "${source.id}" has no seedFile: its quotes cannot be verified offline`);
  }
  const cached = seedCache.get(source.seedFile);
  if (cached !== undefined) return cached;
  if (!existsSync(seedsDir)) {
    throw new Error(
      `seed directory not found at ${seedsDir}: the quotes in data/ cannot be verified. ` +
        'Every cited source must be saved in data/sources (or point SEEDS_DIR at them).',
    );
  }
  const file = path.join(seedsDir, source.seedFile);
  if (!existsSync(file)) throw new Error(`seed file ${file} (source "${source.id}") not found`);
  const text = readFileSync(file, 'utf8');
  seedCache.set(source.seedFile, text);
  return text;
}

/** Full-width digits and point (０-９, ．) become ASCII so "５４５２" matches 5452. */
function normaliseDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)).replace(/．/g, '.');
}

/** A number without exponent or trailing zeros: 4.5, 10.19, 5452. */
function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Chinese numerals accepted for small integers written in words (两大园区, 三大板块). */
const CHINESE_NUMERALS: Record<number, readonly string[]> = {
  1: ['一'],
  2: ['二', '两'],
  3: ['三'],
  4: ['四'],
  5: ['五'],
  6: ['六'],
  7: ['七'],
  8: ['八'],
  9: ['九'],
  10: ['十'],
};

/** Whether the quote states the value: its digits, not as part of a longer number, or a small Chinese numeral. */
function quoteStatesValue(quote: string, value: number): boolean {
  const digits = formatNumber(value).replace('.', '\\.');
  if (new RegExp(`(?<![0-9.])${digits}(?![0-9]|\\.[0-9])`).test(normaliseDigits(quote))) return true;
  return (CHINESE_NUMERALS[value] ?? []).some((numeral) => quote.includes(numeral));
}

function walk(node: ScorecardNode, visit: (node: ScorecardNode) => void): void {
  visit(node);
  if (isGroupNode(node)) for (const child of node.children) walk(child, visit);
}

function scorecardNodes(root: ScorecardNode): ScorecardNode[] {
  const nodes: ScorecardNode[] = [];
  walk(root, (node) => nodes.push(node));
  return nodes;
}

describe('bundled data: qingdao-2023-arena.json', () => {
  it('validates against public/schema/bundle.v1.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    const valid = validate(bundle);
    if (!valid) console.error(ajv.errorsText(validate.errors, { separator: '\n' }));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('finds the seed directory', () => {
    expect(existsSync(seedsDir), `seed directory not found at ${seedsDir}; set SEEDS_DIR`).toBe(true);
  });

  describe('facts', () => {
    it.each(bundle.facts.map((fact) => [fact.id, fact] as const))(
      '%s is quoted verbatim and states its value',
      (_id, fact) => {
        expect(seedTextFor(fact.source), 'quote not found verbatim in the seed file').toContain(
          fact.source.text,
        );
        expect(
          quoteStatesValue(fact.source.text, fact.value),
          `value ${fact.value} not in "${fact.source.text}"`,
        ).toBe(true);
      },
    );
  });

  describe('targets', () => {
    it.each(bundle.targets.map((target) => [target.id, target] as const))(
      '%s is quoted verbatim and states its value',
      (_id, target) => {
        expect(seedTextFor(target.source), 'quote not found verbatim in the seed file').toContain(
          target.source.text,
        );
        expect(
          quoteStatesValue(target.source.text, target.value),
          `value ${target.value} not in "${target.source.text}"`,
        ).toBe(true);
      },
    );
  });

  describe('texts', () => {
    it.each(bundle.texts.map((text) => [text.id, text] as const))('%s is quoted verbatim', (_id, text) => {
      expect(seedTextFor(text.source)).toContain(text.source.text);
      // The displayed text is the quote with page-break whitespace removed, nothing else.
      expect(text.text).toBe(text.source.text.replace(/\s+/g, ''));
    });
  });

  describe('shortfalls', () => {
    it.each(bundle.shortfalls.map((shortfall) => [shortfall.id, shortfall] as const))(
      '%s is quoted verbatim and not attributed to a zone',
      (_id, shortfall) => {
        expect(seedTextFor(shortfall.source)).toContain(shortfall.source.text);
        expect(shortfall.text).toBe(shortfall.source.text);
        expect(shortfall.zoneId).toBeNull();
      },
    );
  });

  describe('referential integrity', () => {
    const ids = (rows: readonly { id: string }[]) => new Set(rows.map((row) => row.id));
    const zoneIds = ids(bundle.zones);
    const indicatorIds = ids(bundle.indicators);
    const periodIds = ids(bundle.periods);
    const categoryIds = ids(bundle.categories);
    const sourceIds = ids(bundle.meta.sources);
    const judgeIds = ids(bundle.judges);
    const indicatorsById = new Map(bundle.indicators.map((indicator) => [indicator.id, indicator]));

    const tables = {
      categories: bundle.categories,
      zones: bundle.zones,
      periods: bundle.periods,
      indicators: bundle.indicators,
      facts: bundle.facts,
      targets: bundle.targets,
      texts: bundle.texts,
      shortfalls: bundle.shortfalls,
      judges: bundle.judges,
      juryScores: bundle.juryScores,
      pointEvents: bundle.pointEvents,
      scorecards: bundle.scorecards,
      sources: bundle.meta.sources,
    };
    it.each(Object.entries(tables))('ids are unique in %s', (_table, rows) => {
      const seen = new Set<string>();
      const duplicates = rows.map((row) => row.id).filter((id) => seen.has(id) || !seen.add(id));
      expect(duplicates).toEqual([]);
    });

    it('zones reference existing categories', () => {
      for (const zone of bundle.zones) expect(categoryIds, zone.id).toContain(zone.categoryId);
    });

    it.each([...bundle.facts, ...bundle.targets].map((row) => [row.id, row] as const))(
      '%s references an existing zone, quantitative indicator, period and source',
      (_id, row) => {
        expect(zoneIds).toContain(row.zoneId);
        expect(indicatorIds).toContain(row.indicatorId);
        expect(indicatorsById.get(row.indicatorId)?.kind).toBe('quantitative');
        expect(periodIds).toContain(row.periodId);
        expect(sourceIds).toContain(row.source.sourceId);
      },
    );

    it('texts and shortfalls reference existing zones and sources', () => {
      for (const text of bundle.texts) {
        expect(zoneIds, text.id).toContain(text.zoneId);
        expect(sourceIds, text.id).toContain(text.source.sourceId);
      }
      for (const shortfall of bundle.shortfalls)
        expect(sourceIds, shortfall.id).toContain(shortfall.source.sourceId);
    });

    it('jury scores reference existing judges, zones and jury indicators, within the scale', () => {
      for (const score of bundle.juryScores) {
        expect(judgeIds, score.id).toContain(score.judgeId);
        expect(zoneIds, score.id).toContain(score.zoneId);
        const indicator = indicatorsById.get(score.indicatorId);
        expect(indicator?.kind, score.id).toBe('jury');
        expect(score.score, score.id).toBeGreaterThanOrEqual(indicator?.scale?.min ?? 0);
        expect(score.score, score.id).toBeLessThanOrEqual(indicator?.scale?.max ?? 100);
      }
    });

    it('point events reference existing zones', () => {
      for (const event of bundle.pointEvents) expect(zoneIds, event.id).toContain(event.zoneId);
    });

    it.each(bundle.scorecards.map((scorecard) => [scorecard.id, scorecard] as const))(
      'scorecard %s references an existing period and existing indicators, with unique node ids',
      (_id, scorecard) => {
        expect(periodIds).toContain(scorecard.periodId);
        const nodes = scorecardNodes(scorecard.root);
        expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
        for (const node of nodes) {
          if (!isGroupNode(node)) expect(indicatorIds, node.id).toContain(node.indicatorId);
        }
      },
    );
  });

  describe('content rules', () => {
    it('holds exactly nine zones', () => {
      expect(bundle.zones).toHaveLength(9);
    });

    it('marks every judge and every jury score as sample data', () => {
      expect(bundle.judges.filter((judge) => !judge.isSample)).toEqual([]);
      expect(bundle.juryScores.filter((score) => !score.isSample)).toEqual([]);
      expect(bundle.pointEvents.filter((event) => !event.isSample)).toEqual([]);
    });

    it('has one sample score for every judge × zone × jury indicator', () => {
      const juryIndicators = bundle.indicators.filter((indicator) => indicator.kind === 'jury');
      const keys = new Set(
        bundle.juryScores.map((score) => `${score.judgeId}|${score.zoneId}|${score.indicatorId}`),
      );
      expect(keys.size).toBe(bundle.juryScores.length);
      expect(bundle.juryScores).toHaveLength(
        bundle.judges.length * bundle.zones.length * juryIndicators.length,
      );
    });

    it.each(bundle.scorecards.map((scorecard) => [scorecard.id, scorecard] as const))(
      'scorecard %s has positive weights everywhere',
      (_id, scorecard) => {
        const nonPositive = scorecardNodes(scorecard.root)
          .filter((node) => !(node.weight > 0))
          .map((node) => node.id);
        expect(nonPositive).toEqual([]);
      },
    );
  });
});
