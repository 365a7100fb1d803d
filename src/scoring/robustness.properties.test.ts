import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupNode } from './model';
import { analyseRobustness, type PerturbationMethod, type RobustnessResult, rankTiers } from './robustness';
import { buildTree, treeRanker } from './robustness.testFixtures';

/** Robustness invariants over random two-level scorecards, zones and perturbation options. */

interface Case {
  root: GroupNode;
  zoneIds: string[];
  scores: Record<string, Record<string, number>>;
  excluded: Set<string>;
  method: PerturbationMethod;
  samples: number;
  seed: number;
}

const method: fc.Arbitrary<PerturbationMethod> = fc.oneof(
  fc.record({
    kind: fc.constant('dirichlet' as const),
    concentration: fc.double({ min: 0.1, max: 1e4, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('uniform' as const), spread: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

const arbitraryCase: fc.Arbitrary<Case> = fc
  .record({
    // dimension weight, then the weights of its leaves
    dimensions: fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    zoneCount: fc.integer({ min: 1, max: 7 }),
    method,
    samples: fc.integer({ min: 1, max: 150 }),
    seed: fc.integer(),
  })
  .chain(({ dimensions, zoneCount, ...rest }) => {
    const spec = Object.fromEntries(
      dimensions.map(([weight, leaves], d) => [
        `d${d}`,
        [weight, Object.fromEntries(leaves.map((leafWeight, l) => [`d${d}l${l}`, leafWeight]))] as const,
      ]),
    );
    const root = buildTree(spec);
    const leafIds = dimensions.flatMap(([, leaves], d) => leaves.map((_, l) => `d${d}l${l}`));
    const zoneIds = Array.from({ length: zoneCount }, (_, index) => `z${index}`);
    // Few distinct scores, so ties are common.
    const row = fc.array(fc.integer({ min: 0, max: 4 }), {
      minLength: leafIds.length,
      maxLength: leafIds.length,
    });
    return fc
      .record({
        rows: fc.array(row, { minLength: zoneCount, maxLength: zoneCount }),
        excluded: fc.subarray(zoneIds),
      })
      .map(({ rows, excluded }) => ({
        root,
        zoneIds,
        scores: Object.fromEntries(
          zoneIds.map((zoneId, z) => [
            zoneId,
            Object.fromEntries(leafIds.map((leafId, l) => [leafId, 25 * (rows[z]?.[l] ?? 0)])),
          ]),
        ),
        excluded: new Set(excluded),
        ...rest,
      }));
  });

function run(testCase: Case, zoneIds = testCase.zoneIds): RobustnessResult {
  return analyseRobustness({
    root: testCase.root,
    chosenWeights: {},
    zoneIds,
    rank: treeRanker(testCase.root, zoneIds, testCase.scores, testCase.excluded),
    options: { method: testCase.method, samples: testCase.samples, seed: testCase.seed },
  });
}

describe('robustness invariants', () => {
  it('gives every zone probabilities (ranks and exclusion) that sum to 1', () => {
    fc.assert(
      fc.property(arbitraryCase, (testCase) => {
        for (const zone of run(testCase).zones) {
          const sum = zone.rankProbabilities.reduce((total, p) => total + p, zone.excludedProbability);
          expect(sum).toBeCloseTo(1, 12);
          expect(zone.rankProbabilities).toHaveLength(testCase.zoneIds.length);
          expect(zone.firstProbability).toBe(zone.rankProbabilities[0]);
        }
      }),
    );
  });

  it('keeps the median inside the 90 % interval, both ranks that occurred', () => {
    fc.assert(
      fc.property(arbitraryCase, (testCase) => {
        for (const zone of run(testCase).zones) {
          if (zone.interval === null || zone.medianRank === null) {
            expect(zone.excludedProbability).toBe(1);
            continue;
          }
          const { lower, upper } = zone.interval;
          expect(lower).toBeLessThanOrEqual(zone.medianRank);
          expect(zone.medianRank).toBeLessThanOrEqual(upper);
          expect(zone.rankProbabilities[lower - 1]).toBeGreaterThan(0);
          expect(zone.rankProbabilities[upper - 1]).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('reproduces the chosen ranking in every sample with infinite concentration or zero spread', () => {
    const exact = fc.constantFrom<PerturbationMethod>(
      { kind: 'dirichlet', concentration: Number.POSITIVE_INFINITY },
      { kind: 'uniform', spread: 0 },
    );
    fc.assert(
      fc.property(arbitraryCase, exact, (testCase, exactMethod) => {
        for (const zone of run({ ...testCase, method: exactMethod }).zones) {
          if (zone.chosenRank === null) {
            expect(zone.excludedProbability).toBe(1);
            continue;
          }
          expect(zone.rankProbabilities[zone.chosenRank - 1]).toBe(1);
          expect(zone.medianRank).toBe(zone.chosenRank);
          expect(zone.interval).toEqual({ lower: zone.chosenRank, upper: zone.chosenRank });
        }
      }),
    );
  });

  it('permutes the result when the zones are permuted', () => {
    fc.assert(
      fc.property(
        arbitraryCase.chain((testCase) =>
          fc.tuple(
            fc.constant(testCase),
            fc.shuffledSubarray(testCase.zoneIds, {
              minLength: testCase.zoneIds.length,
              maxLength: testCase.zoneIds.length,
            }),
          ),
        ),
        ([testCase, permuted]) => {
          const original = new Map(run(testCase).zones.map((zone) => [zone.zoneId, zone]));
          const shuffled = run(testCase, permuted).zones;
          expect(shuffled.map((zone) => zone.zoneId)).toEqual(permuted);
          for (const zone of shuffled) expect(zone).toEqual(original.get(zone.zoneId));
        },
      ),
    );
  });

  it('is reproducible: the same seed gives the same result', () => {
    fc.assert(
      fc.property(arbitraryCase, (testCase) => {
        expect(run(testCase)).toEqual(run(testCase));
      }),
      { numRuns: 30 },
    );
  });

  it('puts zones with overlapping intervals in one tier and separates the others', () => {
    fc.assert(
      fc.property(arbitraryCase, (testCase) => {
        const zones = run(testCase).zones;
        const tiers = rankTiers(zones);
        zones.forEach((a, i) => {
          zones.forEach((b, j) => {
            if (a.interval === null || b.interval === null) return;
            const overlaps = a.interval.lower <= b.interval.upper && b.interval.lower <= a.interval.upper;
            if (overlaps) expect(tiers[i]).toBe(tiers[j]);
            // A better tier lies wholly above a worse one.
            if ((tiers[i] ?? 0) < (tiers[j] ?? 0)) expect(a.interval.upper).toBeLessThan(b.interval.lower);
          });
        });
      }),
    );
  });
});
