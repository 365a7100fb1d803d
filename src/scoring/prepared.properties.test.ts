import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  Aggregation,
  Direction,
  Fact,
  GroupNode,
  Indicator,
  IndicatorNode,
  JuryScore,
  MissingPolicy,
  Normalisation,
  PointEvent,
  Scorecard,
  Target,
  Treatment,
} from './model';
import { isGroupNode } from './model';
import { prepareScoring, rankPrepared, scorePrepared, scoreZones } from './score';
import {
  buildFact,
  buildGroup,
  buildIndicator,
  buildJuryScore,
  buildLeaf,
  buildPointEvent,
  buildScorecard,
  buildTarget,
  buildZone,
  FIXTURE_YEAR,
  text,
} from './testFixtures';
import type { ScoringInput } from './types';

/**
 * DESIGN §3 invariants over random scorecards that use every rule: all normalisations, treatments,
 * target completion, geometric nodes with either floor, coefficients, capped points, vetoes, rank
 * precision and tie-break chains.
 */

type Method = Normalisation['method'];
const METHODS: Method[] = [
  'minmax',
  'goalposts',
  'target',
  'distance-to-leader',
  'zscore',
  'rank',
  'percentile-rank',
  'none',
];

interface LeafSpec {
  weight: number;
  direction: Direction;
  method: Method;
  isJury: boolean;
  isCompletion: boolean;
  treatment: 'none' | 'log' | 'winsorise';
  column: 'random' | 'constant' | 'null';
}

interface DimensionSpec {
  weight: number;
  aggregation: Aggregation;
  floor: 0 | 1 | undefined;
  leaves: LeafSpec[];
}

interface CardSpec {
  dimensions: DimensionSpec[];
  zoneCount: number;
  policy: MissingPolicy;
  minCoverage: number;
  coefficient: number | undefined;
  caps: { bonusCap?: number; deductionCap?: number } | undefined;
  hasVeto: boolean;
  vetoMode: 'rank-last' | 'exclude';
  precision: 0 | 1 | undefined;
  hasTieBreak: boolean;
}

interface Cell {
  value: number | null;
  target: number | null;
  jury: number[];
  points: number;
}

function leafSpec(methods: readonly Method[]): fc.Arbitrary<LeafSpec> {
  return fc.record({
    weight: fc.integer({ min: 0, max: 5 }),
    direction: fc.constantFrom<Direction>('higher', 'lower'),
    method: fc.constantFrom(...methods),
    isJury: fc.boolean(),
    isCompletion: fc.boolean(),
    treatment: fc.constantFrom<LeafSpec['treatment']>('none', 'none', 'log', 'winsorise'),
    column: fc.constantFrom<LeafSpec['column']>('random', 'random', 'constant', 'null'),
  });
}

function cardSpec(methods: readonly Method[] = METHODS): fc.Arbitrary<CardSpec> {
  return fc.record({
    dimensions: fc.array(
      fc.record({
        weight: fc.integer({ min: 0, max: 5 }),
        aggregation: fc.constantFrom<Aggregation>('arithmetic', 'geometric'),
        floor: fc.constantFrom<0 | 1 | undefined>(0, 1, undefined),
        leaves: fc.array(leafSpec(methods), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    zoneCount: fc.integer({ min: 1, max: 6 }),
    policy: fc.constantFrom<MissingPolicy>('skip', 'zero', 'mean'),
    minCoverage: fc.double({ min: 0, max: 1, noNaN: true }),
    coefficient: fc.option(fc.constantFrom(0.8, 1, 1.25), { nil: undefined }),
    caps: fc.option(fc.record({ bonusCap: fc.constantFrom(0, 2, 5), deductionCap: fc.constantFrom(1, 5) }), {
      nil: undefined,
    }),
    hasVeto: fc.boolean(),
    vetoMode: fc.constantFrom<'rank-last' | 'exclude'>('rank-last', 'exclude'),
    precision: fc.constantFrom<0 | 1 | undefined>(0, 1, undefined),
    hasTieBreak: fc.boolean(),
  });
}

const rawValue = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
);

const cell: fc.Arbitrary<Cell> = fc.record({
  value: fc.option(rawValue, { nil: null, freq: 4 }),
  target: fc.option(fc.oneof(fc.constant(0), fc.double({ min: -10, max: 1000, noNaN: true })), {
    nil: null,
    freq: 4,
  }),
  jury: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 5 }),
  points: fc.integer({ min: -4, max: 4 }),
});

function inputFrom(specs: fc.Arbitrary<CardSpec>): fc.Arbitrary<ScoringInput> {
  return specs.chain((spec) => {
    const leafCount = spec.dimensions.reduce((count, dimension) => count + dimension.leaves.length, 0);
    const column = fc.array(cell, { minLength: spec.zoneCount, maxLength: spec.zoneCount });
    return fc
      .array(column, { minLength: leafCount, maxLength: leafCount })
      .map((cells) => buildRandomInput(spec, cells));
  });
}

function normalisationFor(leaf: LeafSpec): Normalisation {
  switch (leaf.method) {
    case 'goalposts':
      return leaf.treatment === 'log'
        ? { method: 'goalposts', lo: 1, hi: 1000 }
        : { method: 'goalposts', lo: -100, hi: 500 };
    case 'target':
      return { method: 'target', cap: 1.5 };
    default:
      return { method: leaf.method } as Normalisation;
  }
}

function treatmentFor(leaf: LeafSpec): Treatment | undefined {
  // A logged value has no completion ratio, so the engine refuses log before target normalisation.
  if (leaf.treatment === 'log' && leaf.method !== 'target') return { log: true };
  if (leaf.treatment === 'winsorise') return { winsorise: { lower: 0.1, upper: 0.9 } };
  return undefined;
}

function buildRandomInput(spec: CardSpec, cells: Cell[][]): ScoringInput {
  const zones = Array.from({ length: spec.zoneCount }, (_, index) =>
    buildZone(`z${index}`, { categoryId: index % 2 === 0 ? 'even' : 'odd' }),
  );
  const indicators: Indicator[] = [];
  const facts: Fact[] = [];
  const targets: Target[] = [];
  const juryScores: JuryScore[] = [];
  const pointEvents: PointEvent[] = [];
  const dimensions = spec.dimensions.map((dimension, d) => {
    const leaves = dimension.leaves.map((leaf, l): IndicatorNode => {
      const id = `d${d}l${l}`;
      indicators.push(
        buildIndicator(id, { direction: leaf.direction, kind: leaf.isJury ? 'jury' : 'quantitative' }),
      );
      const column = shapeColumn(cells[indicators.length - 1] ?? [], leaf.column);
      column.forEach(({ value, target, jury, points }, z) => {
        if (!leaf.isJury && value !== null) facts.push(buildFact(`z${z}`, id, value));
        if (leaf.isJury && value !== null) {
          jury.forEach((score, j) => {
            juryScores.push(buildJuryScore(`j${j}`, `z${z}`, id, score));
          });
        }
        if (target !== null) targets.push(buildTarget(`z${z}`, id, target));
        if (points !== 0 && l === 0) {
          pointEvents.push(
            buildPointEvent(`z${z}`, points, d % 2 === 0 ? '2023-05-01' : '2022-05-01', { id: `${id}/${z}` }),
          );
        }
      });
      const isCompletion = leaf.isCompletion && !leaf.isJury;
      const treatment = treatmentFor(leaf);
      return buildLeaf(id, {
        weight: leaf.weight,
        normalisation: normalisationFor(leaf),
        ...(isCompletion ? { value: { kind: 'target-completion' } } : {}),
        ...(treatment ? { treatment } : {}),
      });
    });
    return buildGroup(`d${d}`, leaves, {
      weight: dimension.weight,
      aggregation: dimension.aggregation,
      ...(dimension.floor === undefined ? {} : { geometricFloor: dimension.floor }),
    });
  });
  const scorecard: Scorecard = buildScorecard(dimensions, {
    missing: { policy: spec.policy, minCoverage: spec.minCoverage },
    ...(spec.coefficient === undefined ? {} : { coefficients: { byCategory: { odd: spec.coefficient } } }),
    ...(spec.caps === undefined ? {} : { points: spec.caps }),
    vetoes: spec.hasVeto
      ? [
          {
            id: 'veto',
            indicatorId: indicators[0]?.id ?? '',
            when: { op: '>', value: 500 },
            reason: text('veto'),
          },
        ]
      : [],
    vetoMode: spec.vetoMode,
    ranking: {
      ...(spec.precision === undefined ? {} : { precision: spec.precision }),
      ...(spec.hasTieBreak ? { tieBreak: dimensions.map((dimension) => dimension.id).reverse() } : {}),
    },
  });
  return {
    scorecard,
    zones,
    indicators,
    facts,
    juryScores,
    targets,
    periods: [FIXTURE_YEAR],
    pointEvents,
    asOf: '2023-04-14',
  };
}

function shapeColumn(column: Cell[], shape: LeafSpec['column']): Cell[] {
  if (shape === 'null') return column.map((entry) => ({ ...entry, value: null, jury: [] }));
  if (shape === 'random') return column;
  const constant = column.find((entry) => entry.value !== null) ?? {
    value: 42,
    target: 40,
    jury: [42],
    points: 0,
  };
  return column.map((entry) => (entry.value === null ? entry : { ...constant, points: entry.points }));
}

function groupsOf(node: GroupNode): GroupNode[] {
  return [node, ...node.children.filter(isGroupNode).flatMap(groupsOf)];
}

function nodeIdsOf(node: GroupNode): string[] {
  return node.children.flatMap((child) => [child.id, ...(isGroupNode(child) ? nodeIdsOf(child) : [])]);
}

/** Random draft weights over some of the scorecard's nodes (including unusable ones the engine ignores). */
function withWeights(inputs: fc.Arbitrary<ScoringInput>) {
  return inputs.chain((input) =>
    fc
      .array(
        fc.tuple(
          fc.constantFrom(...nodeIdsOf(input.scorecard.root)),
          fc.oneof(
            fc.integer({ min: 0, max: 9 }),
            fc.double({ min: 0, max: 10, noNaN: true }),
            fc.constant(-1),
          ),
        ),
        { maxLength: 4 },
      )
      .map((pairs) => [input, Object.fromEntries(pairs) as Record<string, number>] as const),
  );
}

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbersIn);
}

function expectClose(actual: number | null | undefined, expected: number | null | undefined): void {
  expect(Math.abs((actual ?? 0) - (expected ?? 0))).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected ?? 0)),
  );
}

const richInput = inputFrom(cardSpec());

describe('prepareScoring / scorePrepared / rankPrepared invariants', () => {
  it('scorePrepared(prepareScoring(x), w) equals scoreZones({ ...x, weights: w })', () => {
    fc.assert(
      fc.property(withWeights(richInput), ([input, weights]) => {
        const prepared = prepareScoring(input);
        // A first pass with other weights must not leak into the next one.
        scorePrepared(prepared, {});
        expect(scorePrepared(prepared, weights)).toEqual(scoreZones({ ...input, weights }));
      }),
    );
  });

  it('rankPrepared gives scorePrepared’s totals and ranks, in input zone order', () => {
    fc.assert(
      fc.property(withWeights(richInput), ([input, weights]) => {
        const prepared = prepareScoring(input);
        const fast = rankPrepared(prepared, weights);
        const full = new Map(
          scorePrepared(prepared, weights).entities.map((entity) => [entity.zoneId, entity]),
        );
        expect(fast.totals).toEqual(input.zones.map((zone) => full.get(zone.id)?.total));
        expect(fast.ranks).toEqual(input.zones.map((zone) => full.get(zone.id)?.rank));
      }),
    );
  });

  it('adds up the children’s contributions to every group’s, geometric groups included', () => {
    fc.assert(
      fc.property(richInput, (input) => {
        for (const entity of scoreZones(input).entities) {
          expectClose(entity.nodes.root?.contribution, entity.aggregate ?? 0);
          for (const group of groupsOf(input.scorecard.root)) {
            const sum = group.children.reduce(
              (total, child) => total + (entity.nodes[child.id]?.contribution ?? 0),
              0,
            );
            expectClose(sum, entity.nodes[group.id]?.contribution);
          }
        }
      }),
    );
  });

  it('composes the total as coefficient × aggregate + bonus − deduction', () => {
    fc.assert(
      fc.property(richInput, (input) => {
        for (const entity of scoreZones(input).entities) {
          if (entity.aggregate === null) {
            expect(entity.total).toBeNull();
            continue;
          }
          expectClose(entity.total, entity.coefficient * entity.aggregate + entity.bonus - entity.deduction);
          expect(entity.bonus).toBeLessThanOrEqual(
            input.scorecard.points?.bonusCap ?? Number.POSITIVE_INFINITY,
          );
          expect(entity.deduction).toBeLessThanOrEqual(
            input.scorecard.points?.deductionCap ?? Number.POSITIVE_INFINITY,
          );
        }
      }),
    );
  });

  it('produces no NaN or infinity with any normalisation, constant and empty columns included', () => {
    fc.assert(
      fc.property(richInput, (input) => {
        const ranking = scoreZones(input);
        expect(numbersIn(ranking).filter((value) => !Number.isFinite(value))).toEqual([]);
      }),
    );
  });

  it('ranks vetoed zones after every other zone, or not at all under exclude', () => {
    fc.assert(
      fc.property(richInput, (input) => {
        const entities = scoreZones(input).entities;
        const worstClean = Math.max(
          0,
          ...entities.filter((entity) => !entity.isVetoed).map((entity) => entity.rank ?? 0),
        );
        for (const entity of entities.filter((candidate) => candidate.isVetoed)) {
          if (input.scorecard.vetoMode === 'exclude') expect(entity.rank).toBeNull();
          else expect(entity.rank ?? 0).toBeGreaterThan(worstClean);
        }
      }),
    );
  });

  it('permutes the results when the zones are permuted', () => {
    const noTieBreak = richInput.map((input) => ({
      ...input,
      scorecard: { ...input.scorecard, ranking: { ...input.scorecard.ranking, tieBreak: [] } },
    }));
    const permuted = noTieBreak.chain((input) =>
      fc
        .shuffledSubarray(input.zones, { minLength: input.zones.length, maxLength: input.zones.length })
        .map((zones) => [input, { ...input, zones }] as const),
    );
    fc.assert(
      fc.property(permuted, ([input, shuffled]) => {
        const original = new Map(scoreZones(input).entities.map((entity) => [entity.zoneId, entity]));
        for (const entity of scoreZones(shuffled).entities)
          expect(entity).toEqual(original.get(entity.zoneId));
      }),
    );
  });

  it('scores a geometric node at most its arithmetic mean (AM–GM) for the same non-negative children', () => {
    const nonNegative = inputFrom(
      cardSpec(['minmax', 'goalposts', 'target', 'distance-to-leader', 'rank', 'percentile-rank']),
    );
    fc.assert(
      fc.property(nonNegative, (input) => {
        const withAggregation = (aggregation: Aggregation, geometricFloor: number) => ({
          ...input,
          scorecard: {
            ...input.scorecard,
            root: {
              ...input.scorecard.root,
              children: input.scorecard.root.children.map((child) =>
                isGroupNode(child) ? { ...child, aggregation, geometricFloor } : child,
              ),
            },
          },
        });
        const geometric = scoreZones(withAggregation('geometric', 0)).entities;
        const arithmetic = new Map(
          scoreZones(withAggregation('arithmetic', 0)).entities.map((entity) => [entity.zoneId, entity]),
        );
        for (const entity of geometric) {
          for (const dimension of input.scorecard.root.children) {
            const gm = entity.nodes[dimension.id]?.score ?? null;
            const am = arithmetic.get(entity.zoneId)?.nodes[dimension.id]?.score ?? null;
            expect(gm === null).toBe(am === null);
            if (gm !== null && am !== null) expect(gm).toBeLessThanOrEqual(am + 1e-9 * Math.max(1, am));
          }
        }
      }),
    );
  });
});
