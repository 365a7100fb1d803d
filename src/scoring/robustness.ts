/**
 * Rank robustness (DESIGN §3, last paragraph): sample weights around the chosen ones, re-rank for
 * every sample, and report per zone how its rank is distributed. Seeded, so the same options give
 * the same result on every run and in every browser.
 *
 * The analysis only needs a `rank(weights)` function, so it is independent of how the engine
 * computes a ranking; `analyseRankRobustness` binds it to the engine's fast path.
 */
import { type GroupNode, isGroupNode } from './model';
import { createRandom, dirichlet, type Random } from './random';
import { type PreparedScoring, rankPrepared } from './score';

/**
 * How weights are perturbed, separately within every sibling group of the scorecard tree:
 * - `dirichlet`: the group's shares are drawn from Dirichlet(concentration × chosen shares), whose
 *   mean is the chosen shares; the higher the concentration the closer the samples stay
 *   (share s varies with standard deviation √(s(1 − s)/(concentration + 1))). `Infinity` = no change.
 * - `uniform`: every weight is multiplied by an independent U(1 − spread, 1 + spread), spread in [0, 1].
 */
export type PerturbationMethod =
  | { kind: 'dirichlet'; concentration: number }
  | { kind: 'uniform'; spread: number };

export interface RobustnessOptions {
  method: PerturbationMethod;
  /** Number of weight samples (1 … MAX_ROBUSTNESS_SAMPLES). */
  samples: number;
  /** Seed of the pseudo-random stream; the same seed reproduces the result exactly. */
  seed: number;
}

export const DEFAULT_ROBUSTNESS_OPTIONS: RobustnessOptions = {
  method: { kind: 'dirichlet', concentration: 100 },
  samples: 10_000,
  seed: 1,
};

export const MAX_ROBUSTNESS_SAMPLES = 1_000_000;
/** The rank table holds zones² counters; beyond this it would need hundreds of megabytes. */
export const MAX_ROBUSTNESS_ZONES = 5_000;

/** Ranks in input zone order for the given weights (node id → raw weight); null = not ranked (vetoed and excluded). */
export type RankFunction = (weights: Readonly<Record<string, number>>) => readonly (number | null)[];

/** The children of one group node with the weights in force (the chosen override, else the scorecard's). */
export interface SiblingGroup {
  parentId: string;
  nodeIds: string[];
  /** Raw weights as the engine reads them: a negative or non-finite weight counts as 0. */
  weights: number[];
}

export interface RobustnessArgs {
  /** The scorecard tree whose weights are perturbed. */
  root: GroupNode;
  /** The weights in force (node id → raw weight), as passed to the engine; missing ids use the scorecard's. */
  chosenWeights: Readonly<Record<string, number>>;
  /** The scored zones in input order: `rank` must return one rank per zone, in this order. */
  zoneIds: readonly string[];
  rank: RankFunction;
  options: RobustnessOptions;
}

/** The 5th–95th percentile ranks: the zone's place in 90 % of the samples. */
export interface RankInterval {
  lower: number;
  upper: number;
}

export interface ZoneRobustness {
  zoneId: string;
  /** The rank with the chosen weights. */
  chosenRank: number | null;
  /** P(rank = k) at index k − 1, for k = 1 … number of zones. */
  rankProbabilities: number[];
  /** P(not ranked); with it the probabilities sum to 1. Veto does not depend on weights, so it is 0 or 1. */
  excludedProbability: number;
  /** Median rank over the samples that ranked the zone; null if none did. */
  medianRank: number | null;
  interval: RankInterval | null;
  /** P(rank = 1); a tie for first counts as first. */
  firstProbability: number;
}

export interface RobustnessResult {
  options: RobustnessOptions;
  /** Samples actually drawn (equal to options.samples). */
  samples: number;
  /** In input zone order. */
  zones: ZoneRobustness[];
}

const LOWER_QUANTILE = 0.05;
const UPPER_QUANTILE = 0.95;

/** Runs the Monte Carlo analysis. Throws a RangeError for invalid options. */
export function analyseRobustness({
  root,
  chosenWeights,
  zoneIds,
  rank,
  options,
}: RobustnessArgs): RobustnessResult {
  validateOptions(options);
  const zoneCount = zoneIds.length;
  if (zoneCount > MAX_ROBUSTNESS_ZONES) {
    throw new RangeError(`Robustness is limited to ${MAX_ROBUSTNESS_ZONES} zones, got ${zoneCount}`);
  }
  const chosenRanks = checkedRanks(rank(chosenWeights), zoneCount);
  const drawWeights = createWeightSampler(siblingGroups(root, chosenWeights), options.method);
  const random = createRandom(options.seed);
  // counts[zone * zoneCount + (rank − 1)]; excluded samples are counted apart.
  const counts = new Uint32Array(zoneCount * zoneCount);
  const excluded = new Uint32Array(zoneCount);
  for (let sample = 0; sample < options.samples; sample++) {
    const ranks = checkedRanks(rank(drawWeights(random)), zoneCount);
    for (let zone = 0; zone < zoneCount; zone++) {
      const zoneRank = ranks[zone];
      if (zoneRank === null || zoneRank === undefined) excluded[zone] = (excluded[zone] ?? 0) + 1;
      else counts[zone * zoneCount + zoneRank - 1] = (counts[zone * zoneCount + zoneRank - 1] ?? 0) + 1;
    }
  }
  const zones = zoneIds.map((zoneId, zone) =>
    summariseZone(
      zoneId,
      chosenRanks[zone] ?? null,
      counts.subarray(zone * zoneCount, (zone + 1) * zoneCount),
      excluded[zone] ?? 0,
      options.samples,
    ),
  );
  return { options, samples: options.samples, zones };
}

/**
 * The analysis on the engine: every sample is ranked by `rankPrepared` on the prepared input, so
 * selection and normalisation happen once, not once per sample. The tree and the zones are the
 * prepared scorecard's.
 */
export function analyseRankRobustness(
  prepared: PreparedScoring,
  chosenWeights: Readonly<Record<string, number>>,
  options: RobustnessOptions,
): RobustnessResult {
  return analyseRobustness({
    root: prepared.scorecard.root,
    chosenWeights,
    zoneIds: prepared.zones.map((zone) => zone.id),
    rank: (weights) => rankPrepared(prepared, weights).ranks,
    options,
  });
}

/**
 * Every group's children with the weights in force, mirroring the engine's reading of weights
 * (override when it is a finite number ≥ 0, else the scorecard's; negative or non-finite → 0).
 */
export function siblingGroups(
  root: GroupNode,
  chosenWeights: Readonly<Record<string, number>>,
): SiblingGroup[] {
  const groups: SiblingGroup[] = [];
  const visit = (group: GroupNode) => {
    groups.push({
      parentId: group.id,
      nodeIds: group.children.map((child) => child.id),
      weights: group.children.map((child) => weightInForce(child.weight, chosenWeights[child.id])),
    });
    for (const child of group.children) if (isGroupNode(child)) visit(child);
  };
  visit(root);
  return groups;
}

function weightInForce(scorecardWeight: number, override: number | undefined): number {
  const weight =
    override !== undefined && Number.isFinite(override) && override >= 0 ? override : scorecardWeight;
  return Number.isFinite(weight) && weight > 0 ? weight : 0;
}

/** Draws one weight sample (node id → raw weight, for every child of every group) per call. */
export type WeightSampler = (random: Random) => Record<string, number>;

/**
 * A sampler for `method` around the groups' weights. What does not change between samples (the
 * chosen shares, the Dirichlet alphas, the shape of the result) is worked out once here: the
 * sampler runs 10,000 times per analysis.
 */
export function createWeightSampler(
  groups: readonly SiblingGroup[],
  method: PerturbationMethod,
): WeightSampler {
  const drawers = groups.map((group) => groupDrawer(group.weights, method));
  return (random) => {
    const weights: Record<string, number> = {};
    for (let g = 0; g < groups.length; g++) {
      const nodeIds = groups[g]?.nodeIds ?? [];
      const sampled = drawers[g]?.(random) ?? [];
      for (let index = 0; index < nodeIds.length; index++)
        weights[nodeIds[index] ?? ''] = sampled[index] ?? 0;
    }
    return weights;
  };
}

function groupDrawer(
  weights: readonly number[],
  method: PerturbationMethod,
): (random: Random) => readonly number[] {
  if (method.kind === 'uniform') {
    const { spread } = method;
    return (random) => weights.map((weight) => weight * (1 - spread + 2 * spread * random()));
  }
  const sum = weights.reduce((total, weight) => total + weight, 0);
  // All siblings 0 count equally in the engine, so the chosen shares are equal.
  const shares = sum > 0 ? weights.map((weight) => weight / sum) : weights.map(() => 1 / weights.length);
  if (method.concentration === Number.POSITIVE_INFINITY || shares.length < 2) return () => shares;
  const alphas = shares.map((share) => method.concentration * share);
  return (random) => dirichlet(random, alphas);
}

function validateOptions({ method, samples, seed }: RobustnessOptions): void {
  // Options may arrive from a worker message, so the method is checked at run time too.
  const kind: string = method.kind;
  if (kind !== 'dirichlet' && kind !== 'uniform') throw new RangeError(`unknown perturbation method ${kind}`);
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_ROBUSTNESS_SAMPLES) {
    throw new RangeError(`samples must be an integer from 1 to ${MAX_ROBUSTNESS_SAMPLES}, got ${samples}`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (method.kind === 'dirichlet' && !(method.concentration > 0)) {
    throw new RangeError(`Dirichlet concentration must be > 0, got ${method.concentration}`);
  }
  if (method.kind === 'uniform' && !(method.spread >= 0 && method.spread <= 1)) {
    throw new RangeError(`uniform spread must be between 0 and 1, got ${method.spread}`);
  }
}

function checkedRanks(ranks: readonly (number | null)[], zoneCount: number): readonly (number | null)[] {
  if (ranks.length !== zoneCount) {
    throw new Error(`rank() returned ${ranks.length} ranks for ${zoneCount} zones`);
  }
  for (const rank of ranks) {
    if (rank !== null && !(Number.isInteger(rank) && rank >= 1 && rank <= zoneCount)) {
      throw new Error(`rank() returned the rank ${rank}; ranks run from 1 to ${zoneCount} or are null`);
    }
  }
  return ranks;
}

function summariseZone(
  zoneId: string,
  chosenRank: number | null,
  counts: Uint32Array,
  excluded: number,
  samples: number,
): ZoneRobustness {
  const ranked = samples - excluded;
  const rankProbabilities = Array.from(counts, (count) => count / samples);
  return {
    zoneId,
    chosenRank,
    rankProbabilities,
    excludedProbability: excluded / samples,
    medianRank: ranked > 0 ? rankQuantile(counts, ranked, 0.5) : null,
    interval:
      ranked > 0
        ? {
            lower: rankQuantile(counts, ranked, LOWER_QUANTILE),
            upper: rankQuantile(counts, ranked, UPPER_QUANTILE),
          }
        : null,
    firstProbability: rankProbabilities[0] ?? 0,
  };
}

/**
 * The q-quantile of ranks given their counts (index k − 1 holds the count of rank k): the
 * smallest rank whose cumulative count reaches ⌈q · total⌉ (the nearest-rank definition), so it
 * is always a rank that occurred, and quantiles never cross.
 */
export function rankQuantile(counts: ArrayLike<number>, total: number, q: number): number {
  // The tolerance keeps 0.95 × 10,000 = 9,500.000000000002 from asking for one sample more.
  const needed = Math.max(1, Math.ceil(q * total - 1e-9));
  let cumulative = 0;
  for (let index = 0; index < counts.length; index++) {
    cumulative += counts[index] ?? 0;
    if (cumulative >= needed) return index + 1;
  }
  return counts.length;
}

/**
 * Groups zones into tiers whose places are not clearly separated: two zones whose 90 % intervals
 * overlap share a tier, and so, transitively, does every zone overlapping either (the connected
 * parts of the union of the intervals). Tiers are numbered 0, 1, … from the top; a zone without an
 * interval (never ranked) gets null.
 */
export function rankTiers(zones: readonly ZoneRobustness[]): (number | null)[] {
  const order = zones
    .map((zone, index) => ({ interval: zone.interval, index }))
    .filter((entry): entry is { interval: RankInterval; index: number } => entry.interval !== null)
    .sort((a, b) => a.interval.lower - b.interval.lower || a.index - b.index);
  const tiers: (number | null)[] = zones.map(() => null);
  let tier = -1;
  let reach = Number.NEGATIVE_INFINITY;
  for (const { interval, index } of order) {
    if (interval.lower > reach) tier += 1;
    reach = Math.max(reach, interval.upper);
    tiers[index] = tier;
  }
  return tiers;
}
