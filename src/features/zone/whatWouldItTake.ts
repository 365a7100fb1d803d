/**
 * "What would it take" to lift a zone one place (issue #4): (a) the smallest rise of one dimension
 * score, everything else held fixed, worked out from the engine's explanation; (b) the smallest
 * change of one dimension weight, searched with the engine itself (`rankPrepared`).
 */
import { DEFAULT_GEOMETRIC_FLOOR } from '../../scoring/aggregate';
import type { GroupNode } from '../../scoring/model';
import { type PreparedScoring, rankPrepared } from '../../scoring/score';
import type { EntityResult, Ranking } from '../../scoring/types';

/** Where the zone stands, before asking what would lift it. */
export type LiftStatus =
  | { kind: 'leader' }
  /** Excluded (vetoed under `exclude`) or without a total: there is no place to gain. */
  | { kind: 'unranked' }
  /** The zone ahead is in a better tier (the zone is vetoed or lacks data): no score closes that gap. */
  | { kind: 'other-tier'; reason: 'vetoed' | 'insufficient-data'; ahead: EntityResult }
  | { kind: 'behind'; ahead: EntityResult };

export type ScoreLift =
  /** Any score above `newScore` (= current + `increase`) lifts the zone; at exactly it the tie-break decides. */
  | { kind: 'possible'; increase: number; newScore: number }
  /** Even 100 does not lift it. */
  | { kind: 'impossible' }
  /** The zone has no score in this dimension (its weight went to the others). */
  | { kind: 'no-score' }
  /** The dimension weighs 0: its score does not count. */
  | { kind: 'no-weight' };

export interface DimensionScoreLift {
  nodeId: string;
  score: number | null;
  lift: ScoreLift;
}

const SCORE_MAX = 100;

function tierOf(entity: EntityResult): number {
  if (entity.isVetoed) return 2;
  return entity.hasSufficientData ? 0 : 1;
}

/**
 * The nearest zone ranked strictly ahead (the group just above, in a competition ranking; zones
 * level on rank have the same total, so any of them will do) and whether a score could pass it.
 */
export function liftStatus(ranking: Ranking, zoneId: string): LiftStatus {
  const entity = ranking.entities.find((candidate) => candidate.zoneId === zoneId);
  if (!entity || entity.rank === null || entity.total === null) return { kind: 'unranked' };
  const rank = entity.rank;
  let ahead: EntityResult | undefined;
  for (const candidate of ranking.entities) {
    if (
      candidate.rank !== null &&
      candidate.rank < rank &&
      (ahead === undefined || candidate.rank > (ahead.rank ?? 0))
    ) {
      ahead = candidate;
    }
  }
  if (ahead === undefined) return { kind: 'leader' };
  if (tierOf(ahead) < tierOf(entity)) {
    return { kind: 'other-tier', reason: entity.isVetoed ? 'vetoed' : 'insufficient-data', ahead };
  }
  return { kind: 'behind', ahead };
}

/**
 * The total the zone must exceed to pass the zone ahead. With ranks on rounded totals (scorecard
 * `ranking.precision`), the smallest total that rounds above the one ahead.
 */
function totalToBeat(ahead: EntityResult, precision: number | undefined): number {
  const total = ahead.total ?? Number.NaN;
  if (precision === undefined) return total;
  const step = 10 ** -precision;
  return Number(total.toFixed(precision)) + step / 2;
}

/**
 * (a) For each dimension (root child), the smallest increase of the zone's score in it, capped at
 * 100, after which its total exceeds the zone ahead, holding the other dimension scores, the
 * weights, the coefficient and the points fixed. Root arithmetic: total = c·Σ uᵢsᵢ + points, so
 * Δ = (T_ahead − T) / (c·u_d). Root geometric: c·exp(Σ uᵢ ln max(sᵢ, floor)) solved for s_d.
 * uᵢ are the used (re-weighted) shares from the engine's explanation.
 */
export function dimensionScoreLifts(
  ranking: Ranking,
  zoneId: string,
  root: GroupNode,
  precision?: number,
): DimensionScoreLift[] {
  const status = liftStatus(ranking, zoneId);
  const entity = ranking.entities.find((candidate) => candidate.zoneId === zoneId);
  if (status.kind !== 'behind' || !entity || entity.total === null) return [];
  const target = totalToBeat(status.ahead, precision);
  const nodes = entity.nodes;
  const used = root.children.map((child) => {
    const node = nodes[child.id];
    // An imputed score (missing policy `zero` / `mean`) still counts in the aggregate.
    return {
      nodeId: child.id,
      score: node?.score ?? null,
      isMissing: node?.isMissing ?? true,
      share: node?.weight ?? 0,
    };
  });
  const points = entity.total - entity.coefficient * (entity.aggregate ?? 0);
  const neededAggregate = entity.coefficient > 0 ? (target - points) / entity.coefficient : Number.NaN;
  const floor = root.geometricFloor ?? DEFAULT_GEOMETRIC_FLOOR;
  return used.map(({ nodeId, score, isMissing, share }) => {
    if (score === null || isMissing)
      return { nodeId, score: isMissing ? null : score, lift: { kind: 'no-score' } };
    if (!(share > 0)) return { nodeId, score, lift: { kind: 'no-weight' } };
    const newScore =
      root.aggregation === 'geometric'
        ? geometricScoreNeeded(used, nodeId, share, neededAggregate, floor)
        : arithmeticScoreNeeded(used, nodeId, share, neededAggregate);
    // Needing 100 itself (to float noise) only draws level: not a place gained.
    if (!(newScore < SCORE_MAX - 1e-9)) return { nodeId, score, lift: { kind: 'impossible' } };
    const reached = Math.max(newScore, score);
    return { nodeId, score, lift: { kind: 'possible', increase: reached - score, newScore: reached } };
  });
}

interface UsedDimension {
  nodeId: string;
  score: number | null;
  isMissing: boolean;
  share: number;
}

function arithmeticScoreNeeded(
  used: readonly UsedDimension[],
  nodeId: string,
  share: number,
  neededAggregate: number,
): number {
  let others = 0;
  for (const dimension of used) {
    if (dimension.nodeId !== nodeId && dimension.score !== null) others += dimension.share * dimension.score;
  }
  return (neededAggregate - others) / share;
}

function geometricScoreNeeded(
  used: readonly UsedDimension[],
  nodeId: string,
  share: number,
  neededAggregate: number,
  floor: number,
): number {
  if (!(neededAggregate > 0)) return Number.NEGATIVE_INFINITY;
  let others = 0;
  for (const dimension of used) {
    if (dimension.nodeId === nodeId || dimension.score === null || !(dimension.share > 0)) continue;
    const score = Math.max(dimension.score, floor);
    // A zero with floor 0 kills the product: no score of this dimension can lift it.
    if (!(score > 0)) return Number.POSITIVE_INFINITY;
    others += dimension.share * Math.log(score);
  }
  return Math.exp((Math.log(neededAggregate) - others) / share);
}

export type WeightLift =
  | {
      kind: 'possible';
      /** The raw weight that lifts the zone (others unchanged). */
      toWeight: number;
      /** toWeight as a share of the dimensions' weights. */
      toShare: number;
      /** The zone's rank at `toWeight`. */
      newRank: number;
    }
  | { kind: 'impossible' };

export interface DimensionWeightLift {
  nodeId: string;
  fromWeight: number;
  fromShare: number;
  lift: WeightLift;
}

/** Grid steps per direction before bisecting; a lift window narrower than a step can be missed. */
const GRID_STEPS = 64;
const BISECTION_STEPS = 48;
/** The largest share searched upwards (the weight grows without bound as the share nears 1). */
const MAX_SHARE = 0.999;

/**
 * (b) For each dimension, the raw weight closest to its current one (the others unchanged, weights
 * normalised among siblings as always) at which the engine ranks the zone better than now. Searched
 * on a grid of shares in both directions, then bisected to the boundary; the weight is rounded
 * away from the current one to a readable step when that still lifts the zone.
 */
export function dimensionWeightLifts(
  prepared: PreparedScoring,
  weights: Readonly<Record<string, number>>,
  zoneId: string,
  maxWeight = Number.POSITIVE_INFINITY,
): DimensionWeightLift[] {
  const zone = prepared.zones.findIndex((candidate) => candidate.id === zoneId);
  const current = rankPrepared(prepared, weights).ranks[zone] ?? null;
  const dimensions = prepared.scorecard.root.children;
  const raw = dimensions.map((node) => effectiveRawWeight(weights[node.id], node.weight));
  const sum = raw.reduce((total, weight) => total + weight, 0);
  if (zone < 0 || current === null || current === 1) return [];
  const rankAt = (nodeId: string, weight: number) =>
    rankPrepared(prepared, { ...weights, [nodeId]: weight }).ranks[zone] ?? null;
  const lifts = (nodeId: string, weight: number) => {
    const rank = rankAt(nodeId, weight);
    return rank !== null && rank < current;
  };
  const magnitude = Math.max(...raw, 1e-12);
  const step = 10 ** (Math.floor(Math.log10(magnitude)) - 2);
  return dimensions.map((node, index) => {
    const fromWeight = raw[index] ?? 0;
    const others = sum - fromWeight;
    const fromShare = sum > 0 ? fromWeight / sum : 0;
    const test = (weight: number) => lifts(node.id, weight);
    const candidates = [searchDown(fromWeight, test), searchUp(fromWeight, others, maxWeight, test)].filter(
      (weight): weight is number => weight !== null,
    );
    if (candidates.length === 0)
      return { nodeId: node.id, fromWeight, fromShare, lift: { kind: 'impossible' } };
    const shareOf = (weight: number) => (weight + others > 0 ? weight / (weight + others) : 0);
    const best = candidates.reduce((a, b) =>
      Math.abs(shareOf(a) - fromShare) <= Math.abs(shareOf(b) - fromShare) ? a : b,
    );
    const toWeight = readableWeight(best, fromWeight, step, maxWeight, test);
    return {
      nodeId: node.id,
      fromWeight,
      fromShare,
      lift: {
        kind: 'possible',
        toWeight,
        toShare: shareOf(toWeight),
        newRank: rankAt(node.id, toWeight) ?? current,
      },
    };
  });
}

/**
 * `best` rounded away from the current weight to `step`, or a step or two further, so the answer
 * reads "52.4", not "52.3617…". A weight exactly at a level total (a float-noise tie) is passed
 * over: the weight a hair closer to the current one must lift too.
 */
function readableWeight(
  best: number,
  from: number,
  step: number,
  max: number,
  lifts: (weight: number) => boolean,
): number {
  const direction = best < from ? -1 : 1;
  const first = direction < 0 ? Math.floor(best / step) * step : Math.ceil(best / step) * step;
  for (let extra = 0; extra <= 2; extra++) {
    const candidate = Number((first + direction * extra * step).toPrecision(12));
    if (candidate < 0 || candidate > max) break;
    const closer = candidate - direction * Math.max(candidate, step) * 1e-9;
    if (lifts(candidate) && (candidate === 0 || lifts(closer))) return candidate;
  }
  return best;
}

function effectiveRawWeight(override: number | undefined, fallback: number): number {
  return override !== undefined && Number.isFinite(override) && override >= 0 ? override : fallback;
}

/** The largest weight below `from` (down to 0) that lifts, or null. */
function searchDown(from: number, lifts: (weight: number) => boolean): number | null {
  if (!(from > 0)) return null;
  let failing = from;
  for (let k = 1; k <= GRID_STEPS; k++) {
    const weight = from * (1 - k / GRID_STEPS);
    if (lifts(weight)) return bisect(weight, failing, lifts);
    failing = weight;
  }
  return null;
}

/** The smallest weight in (`from`, `max`] that lifts, or null; searched evenly in share. */
function searchUp(
  from: number,
  others: number,
  max: number,
  lifts: (weight: number) => boolean,
): number | null {
  if (!(others > 0) || !(max > from)) return null;
  const fromShare = from / (from + others);
  const topShare = Math.min(MAX_SHARE, Number.isFinite(max) ? max / (max + others) : MAX_SHARE);
  let failing = from;
  for (let k = 1; k <= GRID_STEPS; k++) {
    const share = fromShare + ((topShare - fromShare) * k) / GRID_STEPS;
    const weight = (share * others) / (1 - share);
    if (lifts(weight)) return bisect(weight, failing, lifts);
    failing = weight;
  }
  return null;
}

/** Narrows [succeeding, failing] (in either order) to the boundary; returns a weight that lifts. */
function bisect(succeeding: number, failing: number, lifts: (weight: number) => boolean): number {
  let good = succeeding;
  let bad = failing;
  for (let step = 0; step < BISECTION_STEPS; step++) {
    const middle = (good + bad) / 2;
    if (middle === good || middle === bad) break;
    if (lifts(middle)) good = middle;
    else bad = middle;
  }
  return good;
}
