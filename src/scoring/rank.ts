/** Tier of an entity that is shown but not ranked (vetoed under `vetoMode: 'exclude'`). */
export const TIER_EXCLUDED = 255;

/** `RankOutcome.decidedBy`: the entity is level on total with nobody. */
export const NOT_LEVEL = -1;
/** `RankOutcome.decidedBy`: level on total, and no tie-break node separated it. */
export const STILL_TIED = -2;

export interface RankOptions {
  /**
   * Compare totals rounded to this many decimals, as official indices do (DESIGN §3 step 9:
   * two zones both shown as 86.4 share a rank). Default: unrounded totals.
   */
  precision?: number;
  /**
   * Per entity; a higher tier ranks after every entity of a lower tier whatever its total
   * (1 insufficient data, 2 vetoed); TIER_EXCLUDED is not ranked at all. Default: all 0.
   */
  tiers?: ArrayLike<number>;
  /**
   * The tie-break chain: per chain node, every entity's score on it (NaN = missing). Entities level
   * on total are ordered by the first node, then the second…: higher first, missing last.
   */
  tieBreak?: readonly ArrayLike<number>[];
}

/** Work arrays of `rankTotals`, one slot per entity; a caller ranking many times passes the same ones. */
export interface RankBuffers {
  keys: Float64Array;
  order: Int32Array;
  ranks: Int32Array;
  decidedBy: Int32Array;
  levelGroup: Int32Array;
}

export function createRankBuffers(count: number): RankBuffers {
  return {
    keys: new Float64Array(count),
    order: new Int32Array(count),
    ranks: new Int32Array(count),
    decidedBy: new Int32Array(count),
    levelGroup: new Int32Array(count),
  };
}

/** The result of `rankTotals`; its arrays are the buffers passed in, valid until they are reused. */
export interface RankOutcome {
  /** 1-based competition rank per entity (input order); 0 = not ranked (excluded). */
  ranks: Int32Array;
  /** Entity indices by rank, then input order; the excluded follow in input order. */
  order: Int32Array;
  /** Per entity: NOT_LEVEL, STILL_TIED, or the index in the tie-break chain that separated it. */
  decidedBy: Int32Array;
  /** Per entity: the position in `order` where its group of entities level on total starts (−1 excluded). */
  levelGroup: Int32Array;
}

/**
 * Standard competition ranking, 1, 2, 2, 4 (DESIGN §3 step 9): an entity's rank is 1 + the number
 * of entities strictly ahead of it. Ahead means: a lower tier; then a higher total (rounded to
 * `precision` if given; a missing total, NaN, comes after every total of its tier); then the
 * tie-break chain. Entities equal on all of it share a rank.
 */
export function rankTotals(
  totals: ArrayLike<number>,
  options: RankOptions = {},
  buffers: RankBuffers = createRankBuffers(totals.length),
): RankOutcome {
  const count = totals.length;
  const keys = roundedKeys(totals, options.precision, buffers.keys);
  const tiers = options.tiers ?? new Uint8Array(count);
  const chain = options.tieBreak ?? [];
  let rankedCount = 0;
  for (let index = 0; index < count; index++) if (tiers[index] !== TIER_EXCLUDED) rankedCount++;
  const { order, ranks, decidedBy, levelGroup } = buffers;
  let front = 0;
  let back = rankedCount;
  for (let index = 0; index < count; index++) {
    if (tiers[index] === TIER_EXCLUDED) order[back++] = index;
    else order[front++] = index;
  }
  const compareLevel = (a: number, b: number): number =>
    (tiers[a] ?? 0) - (tiers[b] ?? 0) || compareDescending(keys[a] ?? Number.NaN, keys[b] ?? Number.NaN);
  const compareChain = (a: number, b: number): number => {
    for (const scores of chain) {
      const order = compareDescending(scores[a] ?? Number.NaN, scores[b] ?? Number.NaN);
      if (order !== 0) return order;
    }
    return 0;
  };
  order.subarray(0, rankedCount).sort((a, b) => compareLevel(a, b) || compareChain(a, b) || a - b);
  ranks.fill(0);
  decidedBy.fill(NOT_LEVEL);
  levelGroup.fill(-1);
  let groupStart = 0;
  for (let position = 0; position < rankedCount; position++) {
    const entity = order[position] ?? 0;
    const previous = order[position - 1] ?? -1;
    const isLevel = position > 0 && compareLevel(previous, entity) === 0;
    if (!isLevel) groupStart = position;
    levelGroup[entity] = groupStart;
    ranks[entity] = isLevel && compareChain(previous, entity) === 0 ? (ranks[previous] ?? 0) : position + 1;
    const next = order[position + 1];
    const isGroupEnd = position + 1 >= rankedCount || next === undefined || compareLevel(entity, next) !== 0;
    if (isGroupEnd && position > groupStart)
      markDecidedBy(order.subarray(groupStart, position + 1), chain, decidedBy);
  }
  return { ranks, order, decidedBy, levelGroup };
}

/**
 * Partition refinement over a group level on total (sorted by the chain): an entity is decided by
 * the first chain node at which its cell of still-equal entities shrinks to itself alone.
 */
function markDecidedBy(group: Int32Array, chain: readonly ArrayLike<number>[], decidedBy: Int32Array): void {
  for (const entity of group) decidedBy[entity] = STILL_TIED;
  let cellBreaks = new Set<number>([0, group.length]);
  chain.forEach((scores, link) => {
    const next = new Set(cellBreaks);
    for (let position = 1; position < group.length; position++) {
      const a = scores[group[position - 1] ?? 0] ?? Number.NaN;
      const b = scores[group[position] ?? 0] ?? Number.NaN;
      if (compareDescending(a, b) !== 0) next.add(position);
    }
    const breaks = [...next].sort((a, b) => a - b);
    for (let cell = 0; cell + 1 < breaks.length; cell++) {
      const start = breaks[cell] ?? 0;
      const entity = group[start] ?? 0;
      if ((breaks[cell + 1] ?? 0) - start === 1 && decidedBy[entity] === STILL_TIED) decidedBy[entity] = link;
    }
    cellBreaks = next;
  });
}

/** Negative when `a` ranks ahead of `b`: higher first, NaN (missing) last, NaN level with NaN. */
function compareDescending(a: number, b: number): number {
  if (a === b) return 0;
  const isMissingA = Number.isNaN(a);
  const isMissingB = Number.isNaN(b);
  if (isMissingA || isMissingB) return isMissingA === isMissingB ? 0 : isMissingA ? 1 : -1;
  return a > b ? -1 : 1;
}

function roundedKeys(
  totals: ArrayLike<number>,
  precision: number | undefined,
  keys: Float64Array,
): Float64Array {
  for (let index = 0; index < totals.length; index++) keys[index] = totals[index] ?? Number.NaN;
  if (precision === undefined) return keys;
  assertPrecision(precision);
  for (let index = 0; index < keys.length; index++) {
    const total = keys[index] ?? Number.NaN;
    if (Number.isFinite(total)) keys[index] = roundTo(total, precision);
  }
  return keys;
}

export function assertPrecision(precision: number): void {
  if (!Number.isInteger(precision) || precision < 0 || precision > 100) {
    throw new Error(`rank precision must be a whole number of decimals from 0 to 100, got ${precision}`);
  }
}

/** Rounds the way `toFixed` displays the number, so ranks agree with what the audience sees. */
function roundTo(total: number, precision: number): number {
  return Number(total.toFixed(precision));
}

/**
 * `rankTotals` for plain arrays with null as a missing total: the competition ranks in input order.
 * Kept for callers that rank a handful of totals.
 */
export function competitionRank(
  totals: readonly (number | null)[],
  options: Omit<RankOptions, 'tieBreak'> = {},
): number[] {
  const values = Float64Array.from(totals, (total) => total ?? Number.NaN);
  return Array.from(rankTotals(values, options).ranks);
}

/** True for every ranked entity that shares its rank with another; null ranks are never tied. */
export function markTies(ranks: readonly (number | null)[]): boolean[] {
  const counts = new Map<number, number>();
  for (const rank of ranks) if (rank !== null) counts.set(rank, (counts.get(rank) ?? 0) + 1);
  return ranks.map((rank) => rank !== null && (counts.get(rank) ?? 0) > 1);
}
