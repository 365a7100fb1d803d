import { containingPeriods, elapsedShare, findPeriodOneYearEarlier } from './dates';
import { assertJuryCombination, canTrim, combineScoreList, trimJuryScores } from './jury';
import type {
  Fact,
  IndicatorNode,
  JuryCombination,
  JuryScore,
  Period,
  Target,
  ValueSelection,
} from './model';

/** 去掉一个最高分和一个最低分: used when a jury leaf does not say how to combine. */
export const DEFAULT_JURY_COMBINATION: JuryCombination = { method: 'trimmed-mean', trim: 1 };

const FACT_SELECTION: ValueSelection = { kind: 'fact' };

/** Per-cell outcome of selection, besides the value itself. */
export const SELECT_OK = 0;
export const SELECT_NO_TARGET = 1;
export const SELECT_NO_BASE = 2;

/**
 * Facts, targets and jury scores looked up by position, built once per `prepareScoring`: every
 * column is an Int32Array over the zones (input order) holding a position in the input array, −1
 * for none. When several facts (or targets) exist for the same cell the last in input order wins —
 * a fixed rule so the result never depends on ids; data validation reports such duplicates.
 */
export interface DataIndex {
  zoneCount: number;
  /** periodId → indicatorId → fact positions. */
  facts: Map<string, Map<string, Int32Array>>;
  /** indicatorId → periodId → target positions. */
  targets: Map<string, Map<string, Int32Array>>;
  /** indicatorId → per zone the jury scores, in input order. */
  jury: Map<string, JuryScore[][]>;
}

/** Which cells `buildDataIndex` must index: only these are read, so only these cost time. */
export interface DataNeeds {
  /** periodId → indicator ids. */
  facts: Map<string, Set<string>>;
  targets: Set<string>;
  jury: Set<string>;
}

export function buildDataIndex(
  zoneIds: readonly string[],
  facts: readonly Fact[],
  targets: readonly Target[],
  juryScores: readonly JuryScore[],
  needs: DataNeeds,
): DataIndex {
  const zoneCount = zoneIds.length;
  const zonePosition = new Map<string, number>();
  zoneIds.forEach((id, position) => {
    if (!zonePosition.has(id)) zonePosition.set(id, position);
  });
  const factIndex = new Map<string, Map<string, Int32Array>>();
  for (const [periodId, indicatorIds] of needs.facts) {
    factIndex.set(periodId, new Map([...indicatorIds].map((id) => [id, new Int32Array(zoneCount).fill(-1)])));
  }
  // Facts usually come grouped by period and indicator: remember the last lookup.
  let lastPeriodId: string | undefined;
  let lastIndicatorId: string | undefined;
  let byIndicator: Map<string, Int32Array> | undefined;
  let column: Int32Array | undefined;
  for (let position = 0; position < facts.length; position++) {
    const fact = facts[position];
    if (fact === undefined) continue;
    if (fact.periodId !== lastPeriodId) {
      lastPeriodId = fact.periodId;
      byIndicator = factIndex.get(fact.periodId);
      lastIndicatorId = undefined;
    }
    if (fact.indicatorId !== lastIndicatorId) {
      lastIndicatorId = fact.indicatorId;
      column = byIndicator?.get(fact.indicatorId);
    }
    const zone = column === undefined ? undefined : zonePosition.get(fact.zoneId);
    if (column !== undefined && zone !== undefined) column[zone] = position;
  }
  const targetIndex = new Map<string, Map<string, Int32Array>>();
  for (const id of needs.targets) targetIndex.set(id, new Map());
  targets.forEach((target, position) => {
    const byPeriod = targetIndex.get(target.indicatorId);
    const zone = byPeriod === undefined ? undefined : zonePosition.get(target.zoneId);
    if (byPeriod === undefined || zone === undefined) return;
    let column = byPeriod.get(target.periodId);
    if (column === undefined) {
      column = new Int32Array(zoneCount).fill(-1);
      byPeriod.set(target.periodId, column);
    }
    column[zone] = position;
  });
  const juryIndex = new Map<string, JuryScore[][]>();
  for (const id of needs.jury) {
    juryIndex.set(
      id,
      Array.from({ length: zoneCount }, () => []),
    );
  }
  let lastJuryIndicatorId: string | undefined;
  let juryCells: JuryScore[][] | undefined;
  for (const score of juryScores) {
    if (score.indicatorId !== lastJuryIndicatorId) {
      lastJuryIndicatorId = score.indicatorId;
      juryCells = juryIndex.get(score.indicatorId);
    }
    const zone = juryCells === undefined ? undefined : zonePosition.get(score.zoneId);
    if (zone !== undefined && Number.isFinite(score.score)) juryCells?.[zone]?.push(score);
  }
  return { zoneCount, facts: factIndex, targets: targetIndex, jury: juryIndex };
}

/** A jury leaf's scores per zone, kept for the explanation (which scores were dropped). */
export interface JuryColumn {
  combination: JuryCombination;
  /** Per zone, the zone's finite jury scores for the indicator, in input order. */
  cells: readonly (readonly JuryScore[])[];
  /** Per zone: 1 when any of its scores is a sample. */
  usesSampleData: Uint8Array;
}

/** A jury cell's detail for the explanation. */
export interface JuryDetail {
  count: number;
  droppedIds: string[];
  usesSampleData: boolean;
  isUntrimmed: boolean;
}

/** Whether a trimmed mean had too few scores to trim and fell back to the plain mean. */
export function isUntrimmed(combination: JuryCombination, count: number): boolean {
  return combination.method === 'trimmed-mean' && count > 0 && !canTrim(count, combination.trim);
}

/** One zone's jury detail, worked out when an explanation asks for it. */
export function juryDetail(column: JuryColumn, zone: number): JuryDetail {
  const scores = column.cells[zone] ?? [];
  const { combination } = column;
  const dropped =
    combination.method === 'trimmed-mean'
      ? trimJuryScores(
          scores.map((score) => score.score),
          combination.trim,
        ).droppedIndices
      : [];
  return {
    count: scores.length,
    droppedIds: dropped.map((position) => scores[position]?.id ?? ''),
    usesSampleData: column.usesSampleData[zone] === 1,
    isUntrimmed: isUntrimmed(combination, scores.length),
  };
}

/** One leaf's selected values across the zones (DESIGN §3 step 1). NaN = no value. */
export interface SelectedColumn {
  values: Float64Array;
  /** The fact used (derived values: the actual), −1 for none; null for jury leaves. */
  factRefs: Int32Array | null;
  /** Target-based values: the target used. */
  targetRefs: Int32Array | null;
  /** Growth: the fact one year earlier. */
  baseFactRefs: Int32Array | null;
  /** Time-pace: elapsed share of the target period per zone (NaN when no target was found). */
  elapsed: Float64Array | null;
  /** Jury leaves: the scores per zone. */
  jury: JuryColumn | null;
  /** SELECT_OK, or why a derived value is missing although the fact exists. */
  status: Uint8Array;
  /** Growth: the period one year earlier, null when the periods hold none. */
  basePeriodId: string | null;
}

/** What selection needs besides the leaf: the index and the period context. */
export interface SelectionContext {
  index: DataIndex;
  facts: readonly Fact[];
  targets: readonly Target[];
  periodId: string;
  periods: readonly Period[];
  asOf: string | undefined;
}

export function valueSelectionOf(leaf: IndicatorNode): ValueSelection {
  return leaf.value ?? FACT_SELECTION;
}

/**
 * The periods whose targets a leaf may use, in order of preference: the selection's
 * `targetPeriodId`, or else the periods containing the scored period, shortest first (the scored
 * period itself when the periods do not list it).
 */
export function targetPeriodCandidates(leaf: IndicatorNode, context: SelectionContext): string[] {
  const selection = valueSelectionOf(leaf);
  if (
    (selection.kind === 'target-completion' || selection.kind === 'time-pace') &&
    selection.targetPeriodId
  ) {
    return [selection.targetPeriodId];
  }
  const scored = context.periods.find((period) => period.id === context.periodId);
  if (scored === undefined) return [context.periodId];
  return containingPeriods(scored, context.periods).map((period) => period.id);
}

/** Per zone, the first candidate period that holds a target for the indicator (−1 when none does). */
export function findTargets(
  indicatorId: string,
  candidates: readonly string[],
  context: SelectionContext,
): Int32Array {
  const found = new Int32Array(context.index.zoneCount).fill(-1);
  const byPeriod = context.index.targets.get(indicatorId);
  if (byPeriod === undefined) return found;
  for (let zone = 0; zone < found.length; zone++) {
    for (const periodId of candidates) {
      const position = byPeriod.get(periodId)?.[zone] ?? -1;
      if (position >= 0) {
        found[zone] = position;
        break;
      }
    }
  }
  return found;
}

/** A fact column of the scored period; NaN where there is no fact or a non-finite one. */
function factValues(refs: Int32Array, facts: readonly Fact[]): Float64Array {
  const values = new Float64Array(refs.length).fill(Number.NaN);
  for (let zone = 0; zone < refs.length; zone++) {
    const value = facts[refs[zone] ?? -1]?.value;
    if (value !== undefined && Number.isFinite(value)) values[zone] = value;
  }
  return values;
}

function emptyRefs(count: number): Int32Array {
  return new Int32Array(count).fill(-1);
}

/**
 * Selects one leaf's values across the zones (DESIGN §3 step 1): the fact of the scored period,
 * the jury scores combined, or a derived value — target completion (actual ÷ target), time-pace
 * (completion ÷ elapsed share of the target period at `asOf`), growth (÷ the value one year
 * earlier − 1). A derived value whose target or base is missing or ≤ 0 (or so small the ratio
 * overflows) is missing, with a status.
 */
export function selectColumn(
  leaf: IndicatorNode,
  isJury: boolean,
  context: SelectionContext,
): SelectedColumn {
  const count = context.index.zoneCount;
  const selection = valueSelectionOf(leaf);
  if (isJury) {
    if (selection.kind !== 'fact') {
      throw new Error(
        `scorecard node "${leaf.id}" selects "${selection.kind}" on jury indicator "${leaf.indicatorId}"; jury leaves take the judges' scores only`,
      );
    }
    return selectJuryColumn(leaf, context);
  }
  const factRefs = context.index.facts.get(context.periodId)?.get(leaf.indicatorId) ?? emptyRefs(count);
  const actual = factValues(factRefs, context.facts);
  const column: SelectedColumn = {
    values: actual,
    factRefs,
    targetRefs: null,
    baseFactRefs: null,
    elapsed: null,
    jury: null,
    status: new Uint8Array(count),
    basePeriodId: null,
  };
  switch (selection.kind) {
    case 'fact':
      return column;
    case 'target-completion':
    case 'time-pace':
      return deriveCompletion(leaf, selection.kind === 'time-pace', column, context);
    case 'growth':
      return deriveGrowth(leaf, column, context);
  }
}

function deriveCompletion(
  leaf: IndicatorNode,
  isTimePace: boolean,
  column: SelectedColumn,
  context: SelectionContext,
): SelectedColumn {
  if (isTimePace && !context.asOf) {
    throw new Error(
      `scorecard node "${leaf.id}" uses time-pace (序时进度), which needs the as-of date: pass ScoringInput.asOf as an ISO date (YYYY-MM-DD)`,
    );
  }
  const targetRefs = findTargets(leaf.indicatorId, targetPeriodCandidates(leaf, context), context);
  const values = new Float64Array(column.values.length).fill(Number.NaN);
  const elapsed = isTimePace ? new Float64Array(values.length).fill(Number.NaN) : null;
  const shares = new Map<string, number>();
  for (let zone = 0; zone < values.length; zone++) {
    const actual = column.values[zone] ?? Number.NaN;
    if (Number.isNaN(actual)) continue;
    const target = context.targets[targetRefs[zone] ?? -1];
    if (target === undefined || !(Number.isFinite(target.value) && target.value > 0)) {
      column.status[zone] = SELECT_NO_TARGET;
      continue;
    }
    let completion = actual / target.value;
    if (elapsed !== null) {
      const share = elapsedShareOf(leaf, target.periodId, context, shares);
      elapsed[zone] = share;
      completion /= share;
    }
    // A target so close to 0 that the ratio overflows is no more usable than a target of 0.
    if (Number.isFinite(completion)) values[zone] = completion;
    else column.status[zone] = SELECT_NO_TARGET;
  }
  return { ...column, values, targetRefs, elapsed };
}

function elapsedShareOf(
  leaf: IndicatorNode,
  periodId: string,
  context: SelectionContext,
  cache: Map<string, number>,
): number {
  const cached = cache.get(periodId);
  if (cached !== undefined) return cached;
  const period = context.periods.find((candidate) => candidate.id === periodId);
  if (period === undefined) {
    throw new Error(
      `scorecard node "${leaf.id}" uses time-pace (序时进度) with target period "${periodId}", whose dates are unknown: pass it in ScoringInput.periods`,
    );
  }
  const share = elapsedShare(period, context.asOf ?? '');
  cache.set(periodId, share);
  return share;
}

function deriveGrowth(
  leaf: IndicatorNode,
  column: SelectedColumn,
  context: SelectionContext,
): SelectedColumn {
  const count = column.values.length;
  const basePeriodId = basePeriodOf(context)?.id ?? null;
  const baseFactRefs =
    basePeriodId === null
      ? emptyRefs(count)
      : (context.index.facts.get(basePeriodId)?.get(leaf.indicatorId) ?? emptyRefs(count));
  const base = factValues(baseFactRefs, context.facts);
  const values = new Float64Array(count).fill(Number.NaN);
  for (let zone = 0; zone < count; zone++) {
    const actual = column.values[zone] ?? Number.NaN;
    if (Number.isNaN(actual)) continue;
    const previous = base[zone] ?? Number.NaN;
    const growth = actual / previous - 1;
    if (previous > 0 && Number.isFinite(growth)) values[zone] = growth;
    else column.status[zone] = SELECT_NO_BASE;
  }
  return { ...column, values, baseFactRefs, basePeriodId };
}

/** The period one year before the scored one (growth's base), when the periods list both. */
export function basePeriodOf(context: Pick<SelectionContext, 'periodId' | 'periods'>): Period | undefined {
  const scored = context.periods.find((period) => period.id === context.periodId);
  return scored === undefined ? undefined : findPeriodOneYearEarlier(scored, context.periods);
}

/** usesSampleData is set when any score of the zone is a sample, dropped or not: it shaped the result. */
function selectJuryColumn(leaf: IndicatorNode, context: SelectionContext): SelectedColumn {
  const count = context.index.zoneCount;
  const combination = leaf.jury ?? DEFAULT_JURY_COMBINATION;
  assertJuryCombination(combination);
  const cells = context.index.jury.get(leaf.indicatorId) ?? [];
  const values = new Float64Array(count).fill(Number.NaN);
  const usesSampleData = new Uint8Array(count);
  for (let zone = 0; zone < count; zone++) {
    const scores = cells[zone] ?? [];
    const value = combineScoreList(scores, combination);
    if (value !== null) values[zone] = value;
    if (scores.some((score) => score.isSample)) usesSampleData[zone] = 1;
  }
  return {
    values,
    factRefs: null,
    targetRefs: null,
    baseFactRefs: null,
    elapsed: null,
    jury: { combination, cells, usesSampleData },
    status: new Uint8Array(count),
    basePeriodId: null,
  };
}
