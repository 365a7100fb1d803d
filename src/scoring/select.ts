import { containingPeriods, elapsedShare, findPeriodOneYearEarlier } from './dates';
import { assertJuryCombination, canTrim, combineScoreRange, trimJuryScores } from './jury';
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
 * Facts, targets and jury scores looked up by position, built once per `prepareScoring` in one pass
 * over each input array: every column is a typed array over the zones (input order). When several
 * facts (or targets) exist for the same cell the last in input order wins — a fixed rule so the
 * result never depends on ids; data validation reports such duplicates.
 */
export interface DataIndex {
  zoneCount: number;
  /** periodId → indicatorId → the facts' positions and values. */
  facts: Map<string, Map<string, FactColumn>>;
  /** indicatorId → periodId → target positions. */
  targets: Map<string, Map<string, Int32Array>>;
  /** indicatorId → per zone the jury scores, in input order. */
  jury: Map<string, JuryCells>;
}

/** One indicator's facts of one period across the zones. */
export interface FactColumn {
  /** Position of the fact in the input, −1 for none. */
  refs: Int32Array;
  /** Its value; NaN where there is no fact or a non-finite one. */
  values: Float64Array;
}

/**
 * One jury indicator's finite scores by zone, without an array per zone: zone z has `counts[z]`
 * scores; they are `records[starts[z]]` onwards when `positions` is null (each zone's scores form
 * one unbroken run of the input, as usual), else `records[positions[starts[z]]]` onwards. Either
 * way in input order.
 */
export interface JuryCells {
  records: readonly JuryScore[];
  starts: Int32Array;
  counts: Int32Array;
  positions: Int32Array | null;
  /** Per zone: 1 when any of its scores is a sample. */
  usesSampleData: Uint8Array;
}

/** The position in `records` of the zone's `k`-th score. */
function juryPosition(cells: JuryCells, zone: number, k: number): number {
  const at = (cells.starts[zone] ?? 0) + k;
  return cells.positions === null ? at : (cells.positions[at] ?? -1);
}

/** Which cells `buildDataIndex` must index: only these are read, so only these cost time. */
export interface DataNeeds {
  /** periodId → indicator ids. */
  facts: Map<string, Set<string>>;
  targets: Set<string>;
  jury: Set<string>;
}

/**
 * Finds zone positions for rows that usually come in zone order (facts grouped by indicator, jury
 * scores by indicator and zone): the row's zone is tried against the last one found and the next
 * one before the id map is asked — a string comparison instead of a hash lookup per row.
 */
class ZoneLookup {
  private readonly ids: readonly string[];
  private readonly positions = new Map<string, number>();
  private readonly canGuess: boolean;
  private last = -1;

  constructor(ids: readonly string[]) {
    this.ids = ids;
    ids.forEach((id, position) => {
      if (!this.positions.has(id)) this.positions.set(id, position);
    });
    // With a repeated id the first position counts, which a guess could miss.
    this.canGuess = this.positions.size === ids.length;
  }

  /** The zone's position, −1 when the id is not a scored zone. */
  find(id: string): number {
    const last = this.last;
    if (this.canGuess) {
      if (last >= 0 && this.ids[last] === id) return last;
      if (last + 1 < this.ids.length && this.ids[last + 1] === id) {
        this.last = last + 1;
        return last + 1;
      }
    }
    const found = this.positions.get(id);
    if (found === undefined) return -1;
    this.last = found;
    return found;
  }
}

export function buildDataIndex(
  zoneIds: readonly string[],
  facts: readonly Fact[],
  targets: readonly Target[],
  juryScores: readonly JuryScore[],
  needs: DataNeeds,
): DataIndex {
  const zoneCount = zoneIds.length;
  const zones = new ZoneLookup(zoneIds);
  const factIndex = new Map<string, Map<string, FactColumn>>();
  for (const [periodId, indicatorIds] of needs.facts) {
    factIndex.set(periodId, new Map([...indicatorIds].map((id) => [id, emptyFactColumn(zoneCount)])));
  }
  // Facts usually come grouped by period and indicator: remember the last lookup.
  let lastPeriodId: string | undefined;
  let lastIndicatorId: string | undefined;
  let byIndicator: Map<string, FactColumn> | undefined;
  let column: FactColumn | undefined;
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
    if (column === undefined) continue;
    const zone = zones.find(fact.zoneId);
    if (zone < 0) continue;
    const value = fact.value;
    column.refs[zone] = position;
    column.values[zone] = Number.isFinite(value) ? value : Number.NaN;
  }
  const targetIndex = new Map<string, Map<string, Int32Array>>();
  for (const id of needs.targets) targetIndex.set(id, new Map());
  targets.forEach((target, position) => {
    const byPeriod = targetIndex.get(target.indicatorId);
    const zone = byPeriod === undefined ? -1 : zones.find(target.zoneId);
    if (byPeriod === undefined || zone < 0) return;
    let column = byPeriod.get(target.periodId);
    if (column === undefined) {
      column = new Int32Array(zoneCount).fill(-1);
      byPeriod.set(target.periodId, column);
    }
    column[zone] = position;
  });
  return {
    zoneCount,
    facts: factIndex,
    targets: targetIndex,
    jury: indexJuryScores(zoneCount, zones, juryScores, needs.jury),
  };
}

function emptyFactColumn(zoneCount: number): FactColumn {
  return { refs: new Int32Array(zoneCount).fill(-1), values: new Float64Array(zoneCount).fill(Number.NaN) };
}

/**
 * The jury scores of the needed indicators, by indicator and zone (finite scores only): one pass
 * over the records counting each cell's scores and noting where they start. Only when some cell's
 * scores are scattered does a second pass gather their positions (a counting sort by cell, which
 * keeps input order within a cell).
 */
function indexJuryScores(
  zoneCount: number,
  zones: ZoneLookup,
  juryScores: readonly JuryScore[],
  needed: ReadonlySet<string>,
): Map<string, JuryCells> {
  const slots = new Map<string, number>();
  for (const id of needed) slots.set(id, slots.size);
  const cellCount = slots.size * zoneCount;
  const counts = new Int32Array(cellCount);
  const starts = new Int32Array(cellCount);
  const usesSampleData = new Uint8Array(cellCount);
  let isContiguous = true;
  let lastCell = -1;
  const cellOf = (score: JuryScore | undefined, slot: number): number => {
    if (slot < 0 || score === undefined || !Number.isFinite(score.score)) return -1;
    const zone = zones.find(score.zoneId);
    return zone < 0 ? -1 : slot * zoneCount + zone;
  };
  let lastIndicatorId: string | undefined;
  let slot = -1;
  for (let position = 0; position < juryScores.length; position++) {
    const score = juryScores[position];
    if (score !== undefined && score.indicatorId !== lastIndicatorId) {
      lastIndicatorId = score.indicatorId;
      slot = slots.get(score.indicatorId) ?? -1;
    }
    const cell = cellOf(score, slot);
    if (cell >= 0) {
      const count = counts[cell] ?? 0;
      if (count === 0) starts[cell] = position;
      else if (cell !== lastCell) isContiguous = false;
      counts[cell] = count + 1;
      if (score?.isSample) usesSampleData[cell] = 1;
    }
    lastCell = cell;
  }
  let positions: Int32Array | null = null;
  if (!isContiguous) {
    let total = 0;
    for (let cell = 0; cell < cellCount; cell++) {
      starts[cell] = total;
      total += counts[cell] ?? 0;
    }
    positions = new Int32Array(total);
    const next = starts.slice();
    lastIndicatorId = undefined;
    for (let position = 0; position < juryScores.length; position++) {
      const score = juryScores[position];
      if (score !== undefined && score.indicatorId !== lastIndicatorId) {
        lastIndicatorId = score.indicatorId;
        slot = slots.get(score.indicatorId) ?? -1;
      }
      const cell = cellOf(score, slot);
      if (cell < 0) continue;
      const at = next[cell] ?? 0;
      next[cell] = at + 1;
      positions[at] = position;
    }
  }
  const index = new Map<string, JuryCells>();
  for (const [id, at] of slots) {
    const from = at * zoneCount;
    const to = from + zoneCount;
    index.set(id, {
      records: juryScores,
      starts: starts.subarray(from, to),
      counts: counts.subarray(from, to),
      positions,
      usesSampleData: usesSampleData.subarray(from, to),
    });
  }
  return index;
}

function emptyJuryCells(zoneCount: number): JuryCells {
  return {
    records: [],
    starts: new Int32Array(zoneCount),
    counts: new Int32Array(zoneCount),
    positions: null,
    usesSampleData: new Uint8Array(zoneCount),
  };
}

/** A jury leaf's scores per zone, kept for the explanation (which scores were dropped). */
export interface JuryColumn {
  combination: JuryCombination;
  /** Per zone, the zone's finite jury scores for the indicator, in input order. */
  cells: JuryCells;
  /** Per zone: 1 when any of its scores is a sample. */
  usesSampleData: Uint8Array;
}

/** The zone's finite jury scores, in input order. */
function juryScoresOf(cells: JuryCells, zone: number): JuryScore[] {
  const scores: JuryScore[] = [];
  const count = cells.counts[zone] ?? 0;
  for (let k = 0; k < count; k++) {
    const score = cells.records[juryPosition(cells, zone, k)];
    if (score !== undefined) scores.push(score);
  }
  return scores;
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
  const scores = juryScoresOf(column.cells, zone);
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
  // The index's column itself: selection never writes into `values`, derived kinds replace it.
  const facts = context.index.facts.get(context.periodId)?.get(leaf.indicatorId) ?? emptyFactColumn(count);
  const column: SelectedColumn = {
    values: facts.values,
    factRefs: facts.refs,
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
  const baseFacts =
    (basePeriodId === null ? undefined : context.index.facts.get(basePeriodId)?.get(leaf.indicatorId)) ??
    emptyFactColumn(count);
  const baseFactRefs = baseFacts.refs;
  const base = baseFacts.values;
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

/** One zone's jury scores while they are combined (grown as juries grow). */
let juryBuffer = new Float64Array(16);

/** usesSampleData is set when any score of the zone is a sample, dropped or not: it shaped the result. */
function selectJuryColumn(leaf: IndicatorNode, context: SelectionContext): SelectedColumn {
  const count = context.index.zoneCount;
  const combination = leaf.jury ?? DEFAULT_JURY_COMBINATION;
  assertJuryCombination(combination);
  const cells = context.index.jury.get(leaf.indicatorId) ?? emptyJuryCells(count);
  const values = new Float64Array(count).fill(Number.NaN);
  for (let zone = 0; zone < count; zone++) {
    const scoreCount = cells.counts[zone] ?? 0;
    if (scoreCount === 0) continue;
    if (juryBuffer.length < scoreCount) juryBuffer = new Float64Array(scoreCount * 2);
    const start = cells.starts[zone] ?? 0;
    const { records, positions } = cells;
    for (let k = 0; k < scoreCount; k++) {
      juryBuffer[k] = records[positions === null ? start + k : (positions[start + k] ?? -1)]?.score ?? 0;
    }
    const value = combineScoreRange(juryBuffer, 0, scoreCount, combination);
    if (value !== null) values[zone] = value;
  }
  return {
    values,
    factRefs: null,
    targetRefs: null,
    baseFactRefs: null,
    elapsed: null,
    jury: { combination, cells, usesSampleData: cells.usesSampleData },
    status: new Uint8Array(count),
    basePeriodId: null,
  };
}
