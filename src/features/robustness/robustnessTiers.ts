import type { Zone } from '../../scoring/model';
import { type RobustnessResult, rankTiers, type ZoneRobustness } from '../../scoring/robustness';

export interface RobustnessRow {
  zone: Zone;
  summary: ZoneRobustness;
}

/** Zones whose 90 % rank intervals overlap (directly or through another zone): not clearly separated. */
export interface RobustnessTier {
  /** 0 for the top tier; null for zones that are never ranked (vetoed and excluded). */
  index: number | null;
  /** The places the tier's intervals cover. */
  span: { lower: number; upper: number } | null;
  rows: RobustnessRow[];
}

/**
 * The table's tiers, best first; within a tier by median rank, then the chosen rank, then the
 * input order. Zones of the result missing from `zones` (a stale result) are left out.
 */
export function buildRobustnessTiers(zones: readonly Zone[], result: RobustnessResult): RobustnessTier[] {
  const zonesById = new Map(zones.map((zone) => [zone.id, zone]));
  const tierOf = rankTiers(result.zones);
  const tiers = new Map<number | null, RobustnessTier>();
  result.zones.forEach((summary, position) => {
    const zone = zonesById.get(summary.zoneId);
    if (!zone) return;
    const index = tierOf[position] ?? null;
    const tier = tiers.get(index) ?? { index, span: null, rows: [] };
    tier.rows.push({ zone, summary });
    if (summary.interval) {
      tier.span = {
        lower: Math.min(tier.span?.lower ?? summary.interval.lower, summary.interval.lower),
        upper: Math.max(tier.span?.upper ?? summary.interval.upper, summary.interval.upper),
      };
    }
    tiers.set(index, tier);
  });
  const byRank = (value: number | null) => value ?? Number.POSITIVE_INFINITY;
  return [...tiers.values()]
    .sort((a, b) => byRank(a.index) - byRank(b.index))
    .map((tier) => ({
      ...tier,
      rows: tier.rows.sort(
        (a, b) =>
          byRank(a.summary.medianRank) - byRank(b.summary.medianRank) ||
          byRank(a.summary.chosenRank) - byRank(b.summary.chosenRank),
      ),
    }));
}

/** A, B, … Z, then 27, 28 … (a scorecard with more tiers than letters is read by number). */
export function tierLabel(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}
