import { combineJuryScores, trimJuryScores } from './jury';
import type { Fact, Indicator, IndicatorNode, JuryCombination, JuryScore } from './model';
import type { LeafInput } from './types';

/** 去掉一个最高分和一个最低分: used when a jury leaf does not say how to combine. */
export const DEFAULT_JURY_COMBINATION: JuryCombination = { method: 'trimmed-mean', trim: 1 };

/** Facts and jury scores looked up by zone and indicator, built once per scoring run. */
export interface SelectionIndex {
  /** zoneId → indicatorId → the fact for the scored period. */
  facts: Map<string, Map<string, Fact>>;
  /** zoneId → indicatorId → the jury scores, in input order. */
  juryScores: Map<string, Map<string, JuryScore[]>>;
}

/**
 * Indexes the facts of `periodId` and all jury scores. When several facts exist for the same
 * zone, indicator and period, the last one in input order wins — a fixed rule so the result
 * never depends on ids; data validation is where such duplicates get reported.
 */
export function buildSelectionIndex(
  facts: readonly Fact[],
  juryScores: readonly JuryScore[],
  periodId: string,
): SelectionIndex {
  const factIndex = new Map<string, Map<string, Fact>>();
  for (const fact of facts) {
    if (fact.periodId === periodId) innerMap(factIndex, fact.zoneId).set(fact.indicatorId, fact);
  }
  const juryIndex = new Map<string, Map<string, JuryScore[]>>();
  for (const score of juryScores) {
    const byIndicator = innerMap(juryIndex, score.zoneId);
    const list = byIndicator.get(score.indicatorId);
    if (list) list.push(score);
    else byIndicator.set(score.indicatorId, [score]);
  }
  return { facts: factIndex, juryScores: juryIndex };
}

/**
 * Picks the raw value of one leaf for one zone (DESIGN §3 step 1): jury indicators combine the
 * judges' scores; every other kind takes the fact of the scored period. A non-finite value counts
 * as missing.
 */
export function selectLeafInput(
  leaf: IndicatorNode,
  indicator: Indicator,
  zoneId: string,
  index: SelectionIndex,
): LeafInput {
  if (indicator.kind === 'jury') return selectJuryInput(leaf, zoneId, index);
  const fact = index.facts.get(zoneId)?.get(leaf.indicatorId);
  if (fact === undefined || !Number.isFinite(fact.value)) {
    return { nodeId: leaf.id, indicatorId: leaf.indicatorId, rawValue: null, usesSampleData: false };
  }
  return {
    nodeId: leaf.id,
    indicatorId: leaf.indicatorId,
    rawValue: fact.value,
    factId: fact.id,
    usesSampleData: false,
  };
}

/** usesSampleData is set when any score of the zone is a sample, dropped or not: it shaped the result. */
function selectJuryInput(leaf: IndicatorNode, zoneId: string, index: SelectionIndex): LeafInput {
  const scores = (index.juryScores.get(zoneId)?.get(leaf.indicatorId) ?? []).filter((score) =>
    Number.isFinite(score.score),
  );
  const values = scores.map((score) => score.score);
  const combination = leaf.jury ?? DEFAULT_JURY_COMBINATION;
  const droppedIndices =
    combination.method === 'trimmed-mean' ? trimJuryScores(values, combination.trim).droppedIndices : [];
  return {
    nodeId: leaf.id,
    indicatorId: leaf.indicatorId,
    rawValue: combineJuryScores(values, combination),
    juryCount: scores.length,
    droppedJuryScoreIds: droppedIndices.map((position) => scores[position]?.id ?? ''),
    usesSampleData: scores.some((score) => score.isSample),
  };
}

function innerMap<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = outer.get(key);
  if (inner === undefined) {
    inner = new Map<string, V>();
    outer.set(key, inner);
  }
  return inner;
}
