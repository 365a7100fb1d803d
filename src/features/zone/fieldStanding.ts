import type { GroupNode, IndicatorNode, LocalizedText, ScorecardNode } from '../../scoring/model';
import { isGroupNode } from '../../scoring/model';
import type { Ranking } from '../../scoring/types';

/** How a zone's normalised score on one leaf (indicator) compares with the field's. */
export interface LeafStanding {
  nodeId: string;
  name: LocalizedText;
  indicatorId: string;
  /** The zone's normalised score (0–100). */
  score: number;
  /** Mean normalised score of every zone with data on this leaf (the zone included). */
  fieldMean: number;
  /** score − fieldMean, in score points: what strengths and weaknesses are ranked by. */
  difference: number;
  /** Competition place among the zones with data (1 = best). */
  place: number;
  /** How many zones have data on this leaf. */
  count: number;
}

/**
 * The zone's standing on every leaf where it has its own score (an imputed score is not its own),
 * best first by score minus the field mean. A leaf only the zone reports has difference 0.
 */
export function leafStandings(ranking: Ranking, root: GroupNode, zoneId: string): LeafStanding[] {
  const entity = ranking.entities.find((candidate) => candidate.zoneId === zoneId);
  if (!entity) return [];
  const standings: LeafStanding[] = [];
  for (const leaf of leavesOf(root)) {
    const own = entity.nodes[leaf.id];
    if (!own || own.isMissing || own.score === null) continue;
    const field: number[] = [];
    for (const other of ranking.entities) {
      const node = other.nodes[leaf.id];
      if (node && !node.isMissing && node.score !== null) field.push(node.score);
    }
    const fieldMean = field.reduce((sum, score) => sum + score, 0) / field.length;
    standings.push({
      nodeId: leaf.id,
      name: leaf.name,
      indicatorId: leaf.indicatorId,
      score: own.score,
      fieldMean,
      difference: own.score - fieldMean,
      place: 1 + field.filter((score) => score > (own.score ?? 0)).length,
      count: field.length,
    });
  }
  return standings.sort((a, b) => b.difference - a.difference);
}

/** Up to `limit` leaves above the field mean (best first) and below it (worst first). */
export function strengthsAndWeaknesses(
  standings: readonly LeafStanding[],
  limit = 3,
): { strengths: LeafStanding[]; weaknesses: LeafStanding[] } {
  return {
    strengths: standings.filter((standing) => standing.difference > 0).slice(0, limit),
    weaknesses: standings
      .filter((standing) => standing.difference < 0)
      .reverse()
      .slice(0, limit),
  };
}

function leavesOf(node: ScorecardNode): IndicatorNode[] {
  return isGroupNode(node) ? node.children.flatMap(leavesOf) : [node];
}
