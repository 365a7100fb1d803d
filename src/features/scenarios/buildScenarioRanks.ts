import type { BoardRow } from '../../lib/boardModel';
import type { Zone } from '../../scoring/model';

/** One zone's place in each scenario, and how far it moves between them. */
export interface ScenarioRankRow {
  zone: Zone;
  /** Rank per scenario, in the scenarios' order; null where the zone is not ranked (excluded). */
  ranks: (number | null)[];
  /** Best (smallest) and worst rank over the scenarios that rank it; null when none do. */
  best: number | null;
  worst: number | null;
  /** worst − best: 0 means the weighting does not decide this zone's place. */
  spread: number;
}

/**
 * Lines up each zone's rank across scenarios (one ranking per scenario, same zones), largest
 * movers first — the zones whose place depends on the weighting — then by best rank, then id.
 */
export function buildScenarioRanks(
  scenarios: readonly (readonly Pick<BoardRow, 'zone' | 'rank'>[])[],
): ScenarioRankRow[] {
  const zones = new Map<string, Zone>();
  for (const rows of scenarios)
    for (const row of rows) if (!zones.has(row.zone.id)) zones.set(row.zone.id, row.zone);
  const rankMaps = scenarios.map((rows) => new Map(rows.map((row) => [row.zone.id, row.rank])));
  const lines = [...zones.values()].map((zone) => {
    const ranks = rankMaps.map((ranksById) => ranksById.get(zone.id) ?? null);
    const ranked = ranks.filter((rank): rank is number => rank !== null);
    const best = ranked.length > 0 ? Math.min(...ranked) : null;
    const worst = ranked.length > 0 ? Math.max(...ranked) : null;
    return { zone, ranks, best, worst, spread: best !== null && worst !== null ? worst - best : 0 };
  });
  return lines.sort(
    (a, b) =>
      b.spread - a.spread ||
      (a.best ?? Number.POSITIVE_INFINITY) - (b.best ?? Number.POSITIVE_INFINITY) ||
      (a.zone.id < b.zone.id ? -1 : a.zone.id > b.zone.id ? 1 : 0),
  );
}

/** The zones that move most between the scenarios (none when every place holds). */
export function largestMovers(rows: readonly ScenarioRankRow[], count = 3): ScenarioRankRow[] {
  return rows.filter((row) => row.spread > 0).slice(0, count);
}
