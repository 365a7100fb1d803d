/**
 * Seeded synthetic contests for benchmarks: any number of zones and indicators, with facts (about
 * 5 % missing), jury scores from five judges on about one indicator in ten, and a two-level
 * scorecard (root → dimensions → leaves) mixing the normalisations the engine offers.
 * Same arguments, same data — so benchmark figures compare like with like across runs.
 */
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
const SOURCE = { sourceId: 'synthetic', text: 'synthetic benchmark value' };

export function buildSyntheticInput({
  zones: zoneCount,
  indicators: indicatorCount,
  seed = 1,
  missingShare = 0.05,
}: SyntheticOptions): Omit<ScoringInput, 'weights'> {
  const random = createRandom(seed);
  const zones = Array.from({ length: zoneCount }, (_, index) => buildZone(index));
  const indicators = Array.from({ length: indicatorCount }, (_, index) => buildIndicator(index, random));
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
            isSample: false,
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

function buildZone(index: number): Zone {
  const label = `Z${index + 1}`;
  return {
    id: `z${index + 1}`,
    name: { zh: `功能区${index + 1}`, en: `Zone ${index + 1}` },
    shortName: { zh: label, en: label },
    categoryId: index % 3 === 0 ? 'national' : 'provincial',
    color: `hsl(${(index * 47) % 360} 60% 45%)`,
  };
}

function buildIndicator(index: number, random: Random): Indicator {
  const isJury = index % 10 === 9;
  return {
    id: `i${index + 1}`,
    name: { zh: `指标${index + 1}`, en: `Indicator ${index + 1}` },
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
    name: { zh: `维度${d + 1}`, en: `Dimension ${d + 1}` },
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
    name: { zh: '合成评分方案', en: 'Synthetic scorecard' },
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
