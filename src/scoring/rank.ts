export interface RankOptions {
  /**
   * Compare totals rounded to this many decimals, as official indices do (DESIGN §3 step 9:
   * two zones both shown as 86.4 share a rank). Default: unrounded totals.
   */
  precision?: number;
  /**
   * Per entity; a higher tier ranks after every entity of a lower tier whatever its total
   * (insufficient data now, vetoed in the full engine). Default: all 0.
   */
  tiers?: readonly number[];
}

/**
 * Standard competition ranking, 1, 2, 2, 4 (DESIGN §3 step 9): an entity's rank is 1 + the number
 * of entities strictly ahead of it. Higher totals rank first; a null total (no data) ranks after
 * every total of its tier, and nulls share a rank.
 */
export function competitionRank(totals: readonly (number | null)[], options: RankOptions = {}): number[] {
  const keys = totals.map((total, index) => ({
    tier: options.tiers?.[index] ?? 0,
    total: total === null || options.precision === undefined ? total : roundTo(total, options.precision),
  }));
  const order = keys.map((_, index) => index).sort((a, b) => compareKeys(keys[a], keys[b]) || a - b);
  const ranks = new Array<number>(totals.length).fill(0);
  order.forEach((entity, position) => {
    const previous = order[position - 1];
    const isLevel = previous !== undefined && compareKeys(keys[previous], keys[entity]) === 0;
    ranks[entity] = isLevel ? (ranks[previous] ?? 0) : position + 1;
  });
  return ranks;
}

/** True for every entity that shares its rank with another. */
export function markTies(ranks: readonly number[]): boolean[] {
  const counts = new Map<number, number>();
  for (const rank of ranks) counts.set(rank, (counts.get(rank) ?? 0) + 1);
  return ranks.map((rank) => (counts.get(rank) ?? 0) > 1);
}

interface RankKey {
  tier: number;
  total: number | null;
}

/** Negative when `a` ranks ahead of `b`. */
function compareKeys(a: RankKey | undefined, b: RankKey | undefined): number {
  if (a === undefined || b === undefined) return 0;
  if (a.tier !== b.tier) return a.tier - b.tier;
  if (a.total === null || b.total === null) return (a.total === null ? 1 : 0) - (b.total === null ? 1 : 0);
  return a.total === b.total ? 0 : a.total > b.total ? -1 : 1;
}

/** Rounds the way `toFixed` displays the number, so ranks agree with what the audience sees. */
function roundTo(total: number, precision: number): number {
  if (!Number.isInteger(precision) || precision < 0 || precision > 100) {
    throw new Error(`rank precision must be a whole number of decimals from 0 to 100, got ${precision}`);
  }
  return Number(total.toFixed(precision));
}
