import { describe, expect, it } from 'vitest';
import type { GroupNode } from './model';
import { createRandom } from './random';
import {
  analyseRankRobustness,
  analyseRobustness,
  createWeightSampler,
  type RankFunction,
  type RobustnessOptions,
  rankQuantile,
  rankTiers,
  siblingGroups,
  type ZoneRobustness,
} from './robustness';
import { buildTree, treeRanker } from './robustness.testFixtures';
import { prepareScoring, scoreZones } from './score';
import {
  buildFacts,
  buildGroup,
  buildIndicator,
  buildLeaf,
  buildScorecard,
  buildScoringInput,
  buildZone,
} from './testFixtures';

/** Three dimensions; zone a leads on x, b on y, c on z; d is behind everywhere. */
const tree = buildTree({ x: 50, y: 30, z: 20 });
const scores = {
  a: { x: 90, y: 40, z: 40 },
  b: { x: 50, y: 95, z: 50 },
  c: { x: 60, y: 60, z: 90 },
  d: { x: 20, y: 20, z: 20 },
};
const zoneIds = Object.keys(scores);
const rank = treeRanker(tree, zoneIds, scores);

function analyse(
  options: Partial<RobustnessOptions> = {},
  overrides: Partial<Parameters<typeof analyseRobustness>[0]> = {},
) {
  return analyseRobustness({
    root: tree,
    chosenWeights: {},
    zoneIds,
    rank,
    options: { method: { kind: 'dirichlet', concentration: 20 }, samples: 2_000, seed: 1, ...options },
    ...overrides,
  });
}

function byZone(zones: readonly ZoneRobustness[]): Record<string, ZoneRobustness> {
  return Object.fromEntries(zones.map((zone) => [zone.zoneId, zone]));
}

describe('analyseRobustness', () => {
  it('reports the chosen ranking and the distribution of ranks per zone', () => {
    const result = byZone(analyse().zones);
    // Chosen totals: c 66, a 65, b 63.5, d 20.
    expect([result.a, result.b, result.c, result.d].map((zone) => zone?.chosenRank)).toEqual([2, 3, 1, 4]);
    expect(result.d?.rankProbabilities).toEqual([0, 0, 0, 1]);
    expect(result.d).toMatchObject({ medianRank: 4, interval: { lower: 4, upper: 4 }, firstProbability: 0 });
    // a, b and c trade the first three places when the weights move; c leads by one point only,
    // and a, strong on the heaviest dimension, comes first more often.
    for (const zone of [result.a, result.b, result.c]) expect(zone?.interval).toEqual({ lower: 1, upper: 3 });
    expect(result.c?.medianRank).toBe(2);
    expect(result.a?.firstProbability).toBeGreaterThan(result.c?.firstProbability ?? 1);
    // Without ties every place goes to exactly one zone per sample.
    for (let place = 0; place < 4; place++) {
      const total = zoneIds.reduce((sum, id) => sum + (result[id]?.rankProbabilities[place] ?? 0), 0);
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it('gives the same result for the same seed, and another for another seed', () => {
    expect(analyse({ seed: 7 })).toEqual(analyse({ seed: 7 }));
    expect(analyse({ seed: 7 }).zones).not.toEqual(analyse({ seed: 8 }).zones);
  });

  it('returns the options and the number of samples it used', () => {
    const options: RobustnessOptions = { method: { kind: 'uniform', spread: 0.3 }, samples: 123, seed: 5 };
    const result = analyseRobustness({ root: tree, chosenWeights: {}, zoneIds, rank, options });
    expect(result.options).toEqual(options);
    expect(result.samples).toBe(123);
  });

  it('narrows the intervals as the concentration grows', () => {
    const width = (concentration: number) =>
      analyse({ method: { kind: 'dirichlet', concentration } }).zones.reduce(
        (sum, zone) => sum + ((zone.interval?.upper ?? 0) - (zone.interval?.lower ?? 0)),
        0,
      );
    expect(width(5)).toBeGreaterThanOrEqual(width(50));
    expect(width(50)).toBeGreaterThanOrEqual(width(5_000));
    expect(width(1e9)).toBe(0);
  });

  it('reproduces the chosen ranking in every sample with a huge concentration or no spread', () => {
    for (const method of [
      { kind: 'dirichlet', concentration: 1e9 },
      { kind: 'uniform', spread: 0 },
    ] as const) {
      for (const zone of analyse({ method }).zones) {
        expect(zone.rankProbabilities[(zone.chosenRank ?? 0) - 1]).toBe(1);
      }
    }
  });

  it('perturbs around the chosen weights, not the scorecard weights', () => {
    // With x alone, a leads in every sample.
    const result = byZone(analyse({}, { chosenWeights: { x: 1, y: 0, z: 0 } }).zones);
    expect(result.a?.firstProbability).toBe(1);
  });

  it('counts a zone that is never ranked as excluded', () => {
    const vetoing: RankFunction = (weights) => [...rank(weights).slice(0, 3), null];
    const result = byZone(analyse({}, { rank: vetoing }).zones);
    expect(result.d).toMatchObject({
      excludedProbability: 1,
      medianRank: null,
      interval: null,
      chosenRank: null,
    });
    expect(result.d?.rankProbabilities).toEqual([0, 0, 0, 0]);
  });

  it.each([
    [{ samples: 0 }, /samples/],
    [{ samples: 1.5 }, /samples/],
    [{ seed: Number.NaN }, /seed/],
    [{ method: { kind: 'dirichlet', concentration: 0 } }, /concentration/],
    [{ method: { kind: 'uniform', spread: 1.5 } }, /spread/],
    [{ method: { kind: 'gaussian' } as unknown as RobustnessOptions['method'] }, /unknown perturbation/],
  ] as const)('rejects the options %j', (options, message) => {
    expect(() => analyse(options)).toThrow(message);
  });

  it('fails loudly when rank() returns the wrong number of ranks or an impossible rank', () => {
    expect(() => analyse({}, { rank: () => [1, 2] })).toThrow(/2 ranks for 4 zones/);
    expect(() => analyse({}, { rank: () => [1, 2, 3, 5] })).toThrow(/rank 5/);
  });

  it('runs on the engine: jury and quantitative dimensions of a real scorecard', () => {
    const input = buildScoringInput({
      scorecard: buildScorecard([
        buildGroup('output', [buildLeaf('gdp', { weight: 2 }), buildLeaf('projects')], { weight: 3 }),
        buildGroup('innovation', [buildLeaf('patents')], { weight: 2 }),
      ]),
      zones: ['a', 'b', 'c'].map((id) => buildZone(id)),
      indicators: ['gdp', 'projects', 'patents'].map((id) => buildIndicator(id)),
      facts: [
        ...buildFacts('gdp', { a: 100, b: 80, c: 10 }),
        ...buildFacts('projects', { a: 5, b: 30, c: 10 }),
        ...buildFacts('patents', { a: 10, b: 20, c: 90 }),
      ],
    });
    const engineRank: RankFunction = (weights) => {
      const ranking = scoreZones({ ...input, weights });
      const byId = new Map(ranking.entities.map((entity) => [entity.zoneId, entity.rank]));
      return input.zones.map((zone) => byId.get(zone.id) ?? null);
    };
    const options: RobustnessOptions = {
      method: { kind: 'dirichlet', concentration: 10 },
      samples: 300,
      seed: 3,
    };
    const chosenWeights = { output: 1, innovation: 1 };
    const result = analyseRobustness({
      root: input.scorecard.root,
      chosenWeights,
      zoneIds: input.zones.map((zone) => zone.id),
      rank: engineRank,
      options,
    });
    expect(result.zones.map((zone) => zone.chosenRank)).toEqual(engineRank(chosenWeights));
    for (const zone of result.zones) {
      expect(zone.rankProbabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
    }
    // The fast path ranks exactly as the full engine does, sample for sample.
    expect(analyseRankRobustness(prepareScoring(input), chosenWeights, options)).toEqual(result);
  });
});

describe('siblingGroups', () => {
  it('lists the children of every group with the weights in force', () => {
    const root: GroupNode = buildGroup('root', [
      buildGroup('dim-a', [buildLeaf('x', { weight: 2 }), buildLeaf('y', { weight: -1 })], { weight: 3 }),
      buildLeaf('z', { weight: 1 }),
    ]);
    expect(siblingGroups(root, { 'dim-a': 5, z: -4, x: Number.NaN })).toEqual([
      { parentId: 'root', nodeIds: ['dim-a', 'z'], weights: [5, 1] },
      { parentId: 'dim-a', nodeIds: ['x', 'y'], weights: [2, 0] },
    ]);
  });
});

describe('createWeightSampler', () => {
  const groups = [
    { parentId: 'root', nodeIds: ['p', 'q', 'r'], weights: [60, 40, 0] },
    { parentId: 'p', nodeIds: ['p1'], weights: [7] },
  ];

  it('draws Dirichlet shares around the chosen shares, keeping zero weights at zero', () => {
    const random = createRandom(1);
    const sample = createWeightSampler(groups, { kind: 'dirichlet', concentration: 50 });
    const samples = Array.from({ length: 5_000 }, () => sample(random));
    const mean = (id: string) => samples.reduce((sum, sample) => sum + (sample[id] ?? 0), 0) / samples.length;
    expect(mean('p')).toBeCloseTo(0.6, 2);
    expect(mean('q')).toBeCloseTo(0.4, 2);
    expect(samples.every((sample) => sample.r === 0 && sample.p1 === 1)).toBe(true);
  });

  it('treats a group whose weights are all zero as equal shares, as the engine does', () => {
    const sample = createWeightSampler([{ parentId: 'g', nodeIds: ['a', 'b'], weights: [0, 0] }], {
      kind: 'dirichlet',
      concentration: Number.POSITIVE_INFINITY,
    });
    expect(sample(createRandom(1))).toEqual({ a: 0.5, b: 0.5 });
  });

  it('multiplies each weight by a factor within ±spread', () => {
    const random = createRandom(2);
    const draw = createWeightSampler(groups, { kind: 'uniform', spread: 0.25 });
    for (let index = 0; index < 1_000; index++) {
      const sample = draw(random);
      expect(sample.p).toBeGreaterThanOrEqual(45);
      expect(sample.p).toBeLessThanOrEqual(75);
      expect(sample.r).toBe(0);
    }
  });
});

describe('rankQuantile', () => {
  it.each([
    [[5, 5], 0.5, 1],
    [[5, 5], 0.51, 2],
    [[0, 0, 10], 0.05, 3],
    [[9_500, 500], 0.95, 1],
    [[9_499, 501], 0.95, 2],
  ])('counts %j, q = %d → rank %d', (counts, q, expected) => {
    expect(
      rankQuantile(
        counts,
        counts.reduce((sum, count) => sum + count, 0),
        q,
      ),
    ).toBe(expected);
  });
});

describe('rankTiers', () => {
  const zone = (lower: number, upper: number): ZoneRobustness => ({
    zoneId: `${lower}-${upper}`,
    chosenRank: lower,
    rankProbabilities: [],
    excludedProbability: 0,
    medianRank: lower,
    interval: { lower, upper },
    firstProbability: 0,
  });

  it('puts zones whose intervals overlap, directly or through another zone, in one tier', () => {
    expect(rankTiers([zone(1, 2), zone(2, 3), zone(3, 3), zone(4, 5), zone(5, 5), zone(6, 6)])).toEqual([
      0, 0, 0, 1, 1, 2,
    ]);
  });

  it('numbers tiers from the top whatever the input order, and leaves unranked zones out', () => {
    const unranked = { ...zone(1, 1), interval: null, medianRank: null };
    expect(rankTiers([zone(4, 4), unranked, zone(1, 2), zone(2, 3)])).toEqual([1, null, 0, 0]);
  });
});
