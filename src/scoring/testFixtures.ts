/**
 * Small builders for scoring tests: sensible defaults, overrides for what a test is about.
 * Imported by tests only (tests/unit/architecture.test.ts enforces it).
 */
import type {
  Fact,
  GroupNode,
  Indicator,
  IndicatorNode,
  JuryScore,
  LocalizedText,
  Period,
  PointEvent,
  Scorecard,
  ScorecardNode,
  Target,
  Zone,
} from './model';
import type { ScoringInput } from './types';

export const FIXTURE_PERIOD = '2023';

export function text(label: string): LocalizedText {
  return { zh: label, en: label };
}

export function buildZone(id: string, overrides: Partial<Zone> = {}): Zone {
  return { id, name: text(id), shortName: text(id), categoryId: 'hi-tech', color: '#336699', ...overrides };
}

export function buildIndicator(id: string, overrides: Partial<Indicator> = {}): Indicator {
  return { id, name: text(id), unit: '个', direction: 'higher', kind: 'quantitative', ...overrides };
}

export function buildJuryIndicator(id: string, overrides: Partial<Indicator> = {}): Indicator {
  return buildIndicator(id, { unit: '分', kind: 'jury', scale: { min: 0, max: 100 }, ...overrides });
}

export function buildFact(
  zoneId: string,
  indicatorId: string,
  value: number,
  overrides: Partial<Fact> = {},
): Fact {
  const periodId = overrides.periodId ?? FIXTURE_PERIOD;
  return {
    id: `${zoneId}/${indicatorId}/${periodId}`,
    zoneId,
    indicatorId,
    periodId,
    value,
    source: { sourceId: 'fixture', text: `${zoneId} ${indicatorId} ${value}` },
    ...overrides,
  };
}

export function buildJuryScore(
  judgeId: string,
  zoneId: string,
  indicatorId: string,
  score: number,
  overrides: Partial<JuryScore> = {},
): JuryScore {
  return {
    id: `${judgeId}/${zoneId}/${indicatorId}`,
    judgeId,
    zoneId,
    indicatorId,
    score,
    isSample: false,
    ...overrides,
  };
}

/** A leaf scoring the indicator with the same id, weight 1, min-max. */
export function buildLeaf(id: string, overrides: Partial<IndicatorNode> = {}): IndicatorNode {
  return {
    id,
    name: text(id),
    weight: 1,
    indicatorId: id,
    normalisation: { method: 'minmax' },
    ...overrides,
  };
}

export function buildGroup(
  id: string,
  children: ScorecardNode[],
  overrides: Partial<GroupNode> = {},
): GroupNode {
  return { id, name: text(id), weight: 1, aggregation: 'arithmetic', children, ...overrides };
}

/** A scorecard whose root holds `children`; skip-and-reweight with a 50 % coverage threshold. */
export function buildScorecard(children: ScorecardNode[], overrides: Partial<Scorecard> = {}): Scorecard {
  return {
    id: 'fixture-card',
    name: text('fixture card'),
    revision: 1,
    periodId: FIXTURE_PERIOD,
    root: buildGroup('root', children),
    missing: { policy: 'skip', minCoverage: 0.5 },
    ...overrides,
  };
}

/** One leaf `output` for zones a, b, c with no data; override what the test needs. */
export function buildScoringInput(overrides: Partial<ScoringInput> = {}): ScoringInput {
  return {
    scorecard: buildScorecard([buildLeaf('output')]),
    zones: ['a', 'b', 'c'].map((id) => buildZone(id)),
    indicators: [buildIndicator('output')],
    facts: [],
    juryScores: [],
    ...overrides,
  };
}

/** Facts for one indicator from a zone → value table; null values are left out (no fact). */
export function buildFacts(indicatorId: string, values: Readonly<Record<string, number | null>>): Fact[] {
  return Object.entries(values).flatMap(([zoneId, value]) =>
    value === null ? [] : [buildFact(zoneId, indicatorId, value)],
  );
}

/** One jury score per judge j1, j2, … for a zone and indicator. */
export function buildJuryScores(zoneId: string, indicatorId: string, scores: readonly number[]): JuryScore[] {
  return scores.map((score, index) => buildJuryScore(`j${index + 1}`, zoneId, indicatorId, score));
}

export function buildTarget(
  zoneId: string,
  indicatorId: string,
  value: number,
  overrides: Partial<Target> = {},
): Target {
  const periodId = overrides.periodId ?? FIXTURE_PERIOD;
  return {
    id: `${zoneId}/${indicatorId}/${periodId}`,
    zoneId,
    indicatorId,
    periodId,
    value,
    comparator: 'atLeast',
    source: { sourceId: 'fixture', text: `${zoneId} ${indicatorId} target ${value}` },
    ...overrides,
  };
}

/** A period with ISO start and end dates (inclusive). */
export function buildPeriod(id: string, start: string, end: string): Period {
  return { id, label: text(id), start, end };
}

/** The fixture's scored period, 2023, with its dates. */
export const FIXTURE_YEAR = buildPeriod(FIXTURE_PERIOD, '2023-01-01', '2023-12-31');

export function buildPointEvent(
  zoneId: string,
  points: number,
  date: string,
  overrides: Partial<PointEvent> = {},
): PointEvent {
  return {
    id: `${zoneId}/${date}/${points}`,
    zoneId,
    points,
    reason: text(points > 0 ? 'bonus' : 'deduction'),
    date,
    isSample: false,
    ...overrides,
  };
}
