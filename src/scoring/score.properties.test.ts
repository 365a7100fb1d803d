import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction, Fact, GroupNode, Indicator, JuryScore, MissingPolicy, ScorecardNode } from './model';
import { isGroupNode } from './model';
import { scoreZones } from './score';
import {
  buildFact,
  buildGroup,
  buildIndicator,
  buildJuryScore,
  buildLeaf,
  buildScorecard,
  buildZone,
} from './testFixtures';
import type { EntityResult, Ranking, ScoringInput } from './types';

/** DESIGN §3 invariants over random scorecards of two levels (root → dimensions → leaves). */

interface LeafSpec {
  weight: number;
  direction: Direction;
  method: 'minmax' | 'none';
  isJury: boolean;
  /** Constant and all-null columns are where 0/0 hides. */
  column: 'random' | 'constant' | 'null';
}

interface CardSpec {
  dimensions: { weight: number; leaves: LeafSpec[] }[];
  zoneCount: number;
  policy: MissingPolicy;
  minCoverage: number;
}

interface Cell {
  value: number | null;
  jury: number[];
}

const leafSpec: fc.Arbitrary<LeafSpec> = fc.record({
  weight: fc.integer({ min: 0, max: 5 }),
  direction: fc.constantFrom<Direction>('higher', 'lower'),
  method: fc.constantFrom<'minmax' | 'none'>('minmax', 'none'),
  isJury: fc.boolean(),
  column: fc.constantFrom<LeafSpec['column']>('random', 'random', 'constant', 'null'),
});

const cardSpec: fc.Arbitrary<CardSpec> = fc.record({
  dimensions: fc.array(
    fc.record({
      weight: fc.integer({ min: 0, max: 5 }),
      leaves: fc.array(leafSpec, { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  zoneCount: fc.integer({ min: 1, max: 6 }),
  policy: fc.constantFrom<MissingPolicy>('skip', 'zero', 'mean'),
  minCoverage: fc.double({ min: 0, max: 1, noNaN: true }),
});

const rawValue = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
);

const cell: fc.Arbitrary<Cell> = fc.record({
  value: fc.option(rawValue, { nil: null, freq: 4 }),
  jury: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 5 }),
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

const scoringInput = inputFrom(cardSpec);

const minmaxInput = inputFrom(
  cardSpec.map((spec) => ({
    ...spec,
    dimensions: spec.dimensions.map((dimension) => ({
      ...dimension,
      leaves: dimension.leaves.map((leaf) => ({ ...leaf, method: 'minmax' as const })),
    })),
  })),
);

function buildRandomInput(spec: CardSpec, cells: Cell[][]): ScoringInput {
  const zones = Array.from({ length: spec.zoneCount }, (_, index) => buildZone(`z${index}`));
  const indicators: Indicator[] = [];
  const facts: Fact[] = [];
  const juryScores: JuryScore[] = [];
  const dimensions = spec.dimensions.map((dimension, d) => {
    const leaves = dimension.leaves.map((leaf, l) => {
      const id = `d${d}l${l}`;
      const kind = leaf.isJury ? 'jury' : 'quantitative';
      indicators.push(buildIndicator(id, { direction: leaf.direction, kind }));
      const column = shapeColumn(cells[indicators.length - 1] ?? [], leaf.column);
      column.forEach(({ value, jury }, z) => {
        if (!leaf.isJury && value !== null) facts.push(buildFact(`z${z}`, id, value));
        if (leaf.isJury && value !== null) {
          jury.forEach((score, j) => {
            juryScores.push(buildJuryScore(`j${j}`, `z${z}`, id, score));
          });
        }
      });
      return buildLeaf(id, { weight: leaf.weight, normalisation: { method: leaf.method } });
    });
    return buildGroup(`d${d}`, leaves, { weight: dimension.weight });
  });
  const scorecard = buildScorecard(dimensions, {
    missing: { policy: spec.policy, minCoverage: spec.minCoverage },
  });
  return { scorecard, zones, indicators, facts, juryScores };
}

function shapeColumn(column: Cell[], shape: LeafSpec['column']): Cell[] {
  if (shape === 'null') return column.map(() => ({ value: null, jury: [] }));
  if (shape === 'random') return column;
  const constant = column.find((entry) => entry.value !== null) ?? { value: 42, jury: [42] };
  return column.map((entry) => (entry.value === null ? entry : constant));
}

function byZone(ranking: Ranking): Map<string, EntityResult> {
  return new Map(ranking.entities.map((entity) => [entity.zoneId, entity]));
}

function groups(node: GroupNode): GroupNode[] {
  return [node, ...node.children.filter(isGroupNode).flatMap(groups)];
}

function scaleChildWeights(input: ScoringInput, groupIndex: number, factor: number): ScoringInput {
  const target = groups(input.scorecard.root)[groupIndex % groups(input.scorecard.root).length];
  const scale = (node: ScorecardNode): ScorecardNode => {
    if (!isGroupNode(node)) return node;
    const children = node.children
      .map(scale)
      .map((child) => (node.id === target?.id ? { ...child, weight: child.weight * factor } : child));
    return { ...node, children };
  };
  const root = scale(input.scorecard.root);
  return isGroupNode(root) ? { ...input, scorecard: { ...input.scorecard, root } } : input;
}

function expectClose(actual: number | null | undefined, expected: number | null | undefined): void {
  if (expected === null || expected === undefined) {
    expect(actual).toBe(expected);
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  );
}

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbersIn);
}

describe('scoreZones invariants', () => {
  it('leaves totals unchanged when a node’s child weights are scaled by a positive constant', () => {
    fc.assert(
      fc.property(
        scoringInput,
        fc.nat(),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (input, node, factor) => {
          const before = byZone(scoreZones(input));
          const after = byZone(scoreZones(scaleChildWeights(input, node, factor)));
          for (const [zoneId, entity] of before) expectClose(after.get(zoneId)?.total, entity.total);
        },
      ),
    );
  });

  it('leaves ranks unchanged when weights are scaled by a power of two (exact in floating point)', () => {
    fc.assert(
      fc.property(scoringInput, fc.nat(), fc.constantFrom(0.25, 0.5, 2, 8, 1024), (input, node, factor) => {
        const before = scoreZones(input);
        const after = scoreZones(scaleChildWeights(input, node, factor));
        expect(after.entities.map((entity) => [entity.zoneId, entity.rank])).toEqual(
          before.entities.map((entity) => [entity.zoneId, entity.rank]),
        );
      }),
    );
  });

  it('permutes the results when the zones are permuted', () => {
    const permuted = scoringInput.chain((input) =>
      fc
        .shuffledSubarray(input.zones, { minLength: input.zones.length, maxLength: input.zones.length })
        .map((zones) => [input, { ...input, zones }] as const),
    );
    fc.assert(
      fc.property(permuted, ([input, shuffled]) => {
        const original = byZone(scoreZones(input));
        const reordered = byZone(scoreZones(shuffled));
        for (const [zoneId, entity] of original) expect(reordered.get(zoneId)).toEqual(entity);
      }),
    );
  });

  it('adds up the contributions of every group’s children to the group’s contribution', () => {
    fc.assert(
      fc.property(scoringInput, (input) => {
        for (const entity of scoreZones(input).entities) {
          expectClose(
            input.scorecard.root.children.reduce(
              (sum, child) => sum + (entity.nodes[child.id]?.contribution ?? 0),
              0,
            ),
            entity.total ?? 0,
          );
          for (const group of groups(input.scorecard.root)) {
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

  it('re-weights the children a scored group uses so their weights sum to 1', () => {
    fc.assert(
      fc.property(scoringInput, (input) => {
        for (const entity of scoreZones(input).entities) {
          for (const group of groups(input.scorecard.root)) {
            if (entity.nodes[group.id]?.score === null || group.children.length === 0) continue;
            expectClose(
              group.children.reduce((sum, child) => sum + (entity.nodes[child.id]?.weight ?? 0), 0),
              1,
            );
          }
        }
      }),
    );
  });

  it('produces no NaN or infinity anywhere, constant and all-null columns included', () => {
    fc.assert(
      fc.property(scoringInput, (input) => {
        expect(numbersIn(scoreZones(input)).filter((value) => !Number.isFinite(value))).toEqual([]);
      }),
    );
  });

  it('keeps every total within 0–100 when all leaves are min-max', () => {
    fc.assert(
      fc.property(minmaxInput, (input) => {
        for (const { total } of scoreZones(input).entities) {
          if (total === null) continue;
          expect(total).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
    );
  });

  it('gives the same output for the same input and does not change the input', () => {
    fc.assert(
      fc.property(scoringInput, (input) => {
        const copy = structuredClone(input);
        expect(scoreZones(input)).toEqual(scoreZones(copy));
        expect(input).toEqual(copy);
      }),
    );
  });

  it('never lowers a zone’s total when its value on a higher-is-better leaf improves', () => {
    fc.assert(
      fc.property(
        scoringInput,
        fc.nat(),
        fc.double({ min: 1e-6, max: 1000, noNaN: true }),
        (input, pick, delta) => {
          const facts = input.facts;
          fc.pre(facts.length > 0);
          const improved = facts[pick % facts.length];
          if (!improved) return;
          const higher = {
            ...input,
            indicators: input.indicators.map((indicator) =>
              indicator.id === improved.indicatorId
                ? { ...indicator, direction: 'higher' as const }
                : indicator,
            ),
          };
          const better = {
            ...higher,
            facts: facts.map((fact) => (fact === improved ? { ...fact, value: fact.value + delta } : fact)),
          };
          const before = byZone(scoreZones(higher)).get(improved.zoneId)?.total ?? null;
          const after = byZone(scoreZones(better)).get(improved.zoneId)?.total ?? null;
          fc.pre(before !== null);
          expect(after).not.toBeNull();
          expect(after ?? Number.NaN).toBeGreaterThanOrEqual((before ?? 0) - 1e-9);
        },
      ),
    );
  });
});
