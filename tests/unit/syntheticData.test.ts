// @vitest-environment node
/**
 * `npm run gen` (scripts/gen.ts → scripts/syntheticData.ts): a synthetic bundle must be
 * reproducible from its seed, the size asked for, valid against the published bundle schema,
 * scoreable by the default scorecard it carries, and labelled as synthetic everywhere a person reads.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { buildSyntheticBundle, serialiseSyntheticBundle } from '../../scripts/syntheticData';
import { assertBundleEnvelope } from '../../src/formats/bundle';
import { prepareScoring, rankPrepared } from '../../src/scoring/score';

const schemaPath = fileURLToPath(new URL('../../public/schema/bundle.v1.schema.json', import.meta.url));

function leafIndicatorIds(node: { indicatorId?: string; children?: unknown[] }): string[] {
  if (node.indicatorId) return [node.indicatorId];
  return (node.children ?? []).flatMap((child) => leafIndicatorIds(child as typeof node));
}

describe('synthetic data bundle (npm run gen)', () => {
  it('is the same bytes for the same seed and differs for another seed', () => {
    const options = { zones: 40, indicators: 12, seed: 5 };
    const first = serialiseSyntheticBundle(options);
    expect(serialiseSyntheticBundle(options)).toBe(first);
    expect(serialiseSyntheticBundle({ ...options, seed: 6 })).not.toBe(first);
  });

  it('has the requested counts and a default scorecard that uses every indicator', () => {
    const bundle = buildSyntheticBundle({ zones: 1000, indicators: 100, seed: 3 });
    expect(bundle.zones).toHaveLength(1000);
    expect(bundle.indicators).toHaveLength(100);
    expect(new Set(bundle.zones.map((zone) => zone.id)).size).toBe(1000);
    expect(bundle.scorecards).toHaveLength(1);
    const [scorecard] = bundle.scorecards;
    if (!scorecard) throw new Error('no scorecard');
    expect(leafIndicatorIds(scorecard.root).sort()).toEqual(bundle.indicators.map((i) => i.id).sort());
    // About 5 % of the quantitative facts are left out, the rest are present.
    const quantitative = bundle.indicators.filter((indicator) => indicator.kind === 'quantitative').length;
    expect(bundle.facts.length).toBeGreaterThan(0.9 * quantitative * 1000);
    expect(bundle.facts.length).toBeLessThan(quantitative * 1000);
    expect(bundle.juryScores.length).toBe(5 * 1000 * (100 - quantitative));
    // The scorecard ranks the zones: every rank is a whole number from 1 to 1000.
    const { ranks } = rankPrepared(
      prepareScoring({
        scorecard,
        zones: bundle.zones,
        indicators: bundle.indicators,
        facts: bundle.facts,
        juryScores: bundle.juryScores,
        periods: bundle.periods,
      }),
    );
    expect(ranks).toHaveLength(1000);
    expect(ranks.every((rank) => rank !== null && Number.isInteger(rank) && rank >= 1 && rank <= 1000)).toBe(
      true,
    );
    expect(ranks).toContain(1);
  });

  it('is valid against public/schema/bundle.v1.schema.json and the app envelope check', () => {
    const text = serialiseSyntheticBundle({ zones: 120, indicators: 25, seed: 9 });
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const data = JSON.parse(text);
    const valid = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(assertBundleEnvelope(data, 'synthetic.json').zones).toHaveLength(120);
  });

  it('says it is synthetic in the title, every zone, indicator and judge name and every source', () => {
    const bundle = buildSyntheticBundle({ zones: 1000, indicators: 10, seed: 1 });
    expect(bundle.meta.title.zh).toMatch(/合成示例数据/);
    expect(bundle.meta.title.en).toMatch(/Synthetic sample data/);
    expect(bundle.zones[0]?.name).toEqual({ zh: '示例功能区 0001', en: 'Sample zone 0001' });
    expect(bundle.zones.at(-1)?.name.zh).toBe('示例功能区 1000');
    for (const item of [...bundle.zones, ...bundle.indicators, ...bundle.judges]) {
      expect(item.name.zh).toMatch(/^示例/);
      expect(item.name.en).toMatch(/^Sample /);
    }
    expect(bundle.judges.every((judge) => judge.isSample)).toBe(true);
    expect(bundle.juryScores.every((score) => score.isSample)).toBe(true);
    const sourceIds = new Set(bundle.meta.sources.map((source) => source.id));
    expect(bundle.facts.every((fact) => sourceIds.has(fact.source.sourceId))).toBe(true);
  });
});
