/**
 * Seeded synthetic contests for benchmarks, scale tests and demos (`npm run gen`): any number of
 * zones and indicators, with facts (about 5 % missing), jury scores from five judges on about one
 * indicator in ten, and a two-level scorecard (root → dimensions → leaves) mixing the
 * normalisations the engine offers. Same arguments, same data — so benchmark figures compare like
 * with like across runs. Every name says "示例 / sample" and every value cites the synthetic
 * source: nobody can mistake these figures for real ones (data honesty).
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from '../src/formats/bundle';
import type {
  Fact,
  GroupNode,
  Indicator,
  IndicatorNode,
  JuryScore,
  Normalisation,
  Scorecard,
  Zone,
} from '../src/scoring/model';
import { createRandom, type Random, standardNormal } from '../src/scoring/random';
import type { ScoringInput } from '../src/scoring/types';

export interface SyntheticOptions {
  zones: number;
  indicators: number;
  seed?: number;
  /** Share of (zone, indicator) facts left out; default 0.05. */
  missingShare?: number;
}

export const SYNTHETIC_PERIOD = '2023';
const JUDGES = 5;
const QUANTITATIVE_NORMALISATIONS: Normalisation[] = [
  { method: 'minmax' },
  { method: 'distance-to-leader' },
  { method: 'zscore' },
  { method: 'minmax' },
];
const SOURCE_ID = 'synthetic';
const SOURCE = {
  sourceId: SOURCE_ID,
  text: 'synthetic sample value (not real)',
};
/** Zero-padded so names sort as numbers and stay the same width at any count. */
const padded = (index: number, count: number) =>
  String(index + 1).padStart(Math.max(3, String(count).length), '0');

export function buildSyntheticInput({
  zones: zoneCount,
  indicators: indicatorCount,
  seed = 1,
  missingShare = 0.05,
}: SyntheticOptions): Omit<ScoringInput, 'weights'> {
  const random = createRandom(seed);
  const zones = Array.from({ length: zoneCount }, (_, index) => buildZone(index, zoneCount));
  const indicators = Array.from({ length: indicatorCount }, (_, index) =>
    buildIndicator(index, indicatorCount, random),
  );
  // Each zone has an overall strength, so indicators correlate as real ones do.
  const strength = zones.map(() => standardNormal(random));
  const facts: Fact[] = [];
  const juryScores: JuryScore[] = [];
  indicators.forEach((indicator, i) => {
    const scale = Math.exp(2 + 3 * random());
    zones.forEach((zone, z) => {
      const signal = 0.6 * (strength[z] ?? 0) + 0.8 * standardNormal(random);
      if (indicator.kind === 'jury') {
        for (let judge = 0; judge < JUDGES; judge++) {
          juryScores.push({
            id: `j${judge}/${zone.id}/${indicator.id}`,
            judgeId: `j${judge}`,
            zoneId: zone.id,
            indicatorId: indicator.id,
            score:
              Math.round(Math.min(100, Math.max(0, 80 + 6 * signal + 3 * standardNormal(random))) * 10) / 10,
            isSample: true,
          });
        }
      } else if (random() >= missingShare) {
        facts.push({
          id: `f${i}/${z}`,
          zoneId: zone.id,
          indicatorId: indicator.id,
          periodId: SYNTHETIC_PERIOD,
          value: Math.round(scale * Math.exp(0.5 * signal) * 100) / 100,
          source: SOURCE,
        });
      }
    });
  });
  return { scorecard: buildScorecard(indicators, random), zones, indicators, facts, juryScores };
}

function buildZone(index: number, count: number): Zone {
  const number = padded(index, count);
  const label = `S${number}`;
  return {
    id: `z${index + 1}`,
    name: { zh: `示例功能区 ${number}`, en: `Sample zone ${number}` },
    shortName: { zh: label, en: label },
    categoryId: index % 3 === 0 ? 'national' : 'provincial',
    color: `hsl(${(index * 47) % 360} 60% 45%)`,
  };
}

function buildIndicator(index: number, count: number, random: Random): Indicator {
  const isJury = index % 10 === 9;
  const number = padded(index, count);
  return {
    id: `i${index + 1}`,
    name: { zh: `示例指标 ${number}`, en: `Sample indicator ${number}` },
    unit: isJury ? '分' : '亿元',
    direction: !isJury && random() < 0.2 ? 'lower' : 'higher',
    kind: isJury ? 'jury' : 'quantitative',
    ...(isJury ? { scale: { min: 0, max: 100 } } : {}),
  };
}

/** About √n dimensions of about √n leaves each; integer weights 1–5 for dimensions, 1–3 for leaves. */
function buildScorecard(indicators: readonly Indicator[], random: Random): Scorecard {
  const dimensionCount = Math.max(2, Math.round(Math.sqrt(indicators.length)));
  const dimensions: GroupNode[] = Array.from({ length: dimensionCount }, (_, d) => ({
    id: `dim${d + 1}`,
    name: { zh: `示例维度 ${d + 1}`, en: `Sample dimension ${d + 1}` },
    weight: 1 + Math.floor(5 * random()),
    aggregation: 'arithmetic',
    children: [],
  }));
  indicators.forEach((indicator, index) => {
    const leaf: IndicatorNode = {
      id: `leaf-${indicator.id}`,
      name: indicator.name,
      weight: 1 + Math.floor(3 * random()),
      indicatorId: indicator.id,
      normalisation:
        indicator.kind === 'jury'
          ? { method: 'none' }
          : (QUANTITATIVE_NORMALISATIONS[index % QUANTITATIVE_NORMALISATIONS.length] ?? { method: 'minmax' }),
    };
    dimensions[index % dimensionCount]?.children.push(leaf);
  });
  return {
    id: 'synthetic',
    name: { zh: '示例评分方案（合成数据）', en: 'Sample scorecard (synthetic data)' },
    revision: 1,
    periodId: SYNTHETIC_PERIOD,
    root: {
      id: 'root',
      name: { zh: '总分', en: 'Total' },
      weight: 1,
      aggregation: 'arithmetic',
      children: dimensions,
    },
    missing: { policy: 'skip', minCoverage: 0.5 },
  };
}

/**
 * A whole data bundle (DESIGN §5, valid against public/schema/bundle.v1.schema.json) around
 * `buildSyntheticInput`: what `npm run gen` writes and what the browser bench loads.
 */
export function buildSyntheticBundle(options: SyntheticOptions): Bundle {
  const input = buildSyntheticInput(options);
  const seed = options.seed ?? 1;
  const size = `${input.zones.length} × ${input.indicators.length}`;
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    meta: {
      title: {
        zh: `合成示例数据（非真实数据，${size}，种子 ${seed}）`,
        en: `Synthetic sample data (not real, ${size}, seed ${seed})`,
      },
      description: {
        zh: '由 npm run gen 按随机种子生成，用于规模测试和演示；所有功能区、指标和数值均为虚构。',
        en: 'Generated by npm run gen from a random seed for scale tests and demos; every zone, indicator and value is made up.',
      },
      asOf: '2023-12-31',
      sources: [
        {
          id: SOURCE_ID,
          title: { zh: '合成示例数据（npm run gen）', en: 'Synthetic sample data (npm run gen)' },
          publisher: 'npm run gen',
          date: '2023-12-31',
        },
      ],
    },
    categories: [
      { id: 'national', name: { zh: '国家级（示例）', en: 'National (sample)' } },
      { id: 'provincial', name: { zh: '省级（示例）', en: 'Provincial (sample)' } },
    ],
    zones: input.zones,
    periods: [
      { id: SYNTHETIC_PERIOD, label: { zh: '2023年', en: '2023' }, start: '2023-01-01', end: '2023-12-31' },
    ],
    indicators: input.indicators,
    facts: input.facts,
    targets: [],
    texts: [],
    shortfalls: [],
    judges: Array.from({ length: JUDGES }, (_, judge) => ({
      id: `j${judge}`,
      name: { zh: `示例评委 ${judge + 1}`, en: `Sample judge ${judge + 1}` },
      isSample: true,
    })),
    juryScores: input.juryScores,
    pointEvents: [],
    scorecards: [input.scorecard],
  };
}

/** The bundle as `npm run gen` writes it: compact JSON (1,000 × 100 is ~100k rows) with a final newline, identical for identical options. */
export function serialiseSyntheticBundle(options: SyntheticOptions): string {
  return `${JSON.stringify(buildSyntheticBundle(options))}\n`;
}
