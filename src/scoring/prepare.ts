import { assertGeometricFloor, DEFAULT_GEOMETRIC_FLOOR, imputeInPlace } from './aggregate';
import { createScratch, type Scratch } from './evaluate';
import type {
  Aggregation,
  Fact,
  GroupNode,
  Indicator,
  IndicatorNode,
  LocalizedText,
  Period,
  Scorecard,
  ScorecardNode,
  Target,
  Zone,
} from './model';
import { isGroupNode } from './model';
import {
  DEFAULT_TARGET_CAP,
  NORMALISE_CAPPED,
  NORMALISE_CLIPPED,
  NORMALISE_NO_TARGET,
  normaliseValues,
} from './normalise';
import { assertPrecision } from './rank';
import { coefficientFor, firedVetoes, pointEventWindow, sumPoints } from './rules';
import type { DataNeeds, SelectedColumn, SelectionContext } from './select';
import {
  basePeriodOf,
  buildDataIndex,
  findTargets,
  SELECT_NO_BASE,
  SELECT_NO_TARGET,
  selectColumn,
  targetPeriodCandidates,
  valueSelectionOf,
} from './select';
import { TREAT_LOG_NON_POSITIVE, TREAT_WINSORISED, treatColumn } from './treat';
import type { RuleFlag, ScoringInput } from './types';

/** A scorecard node flattened in pre-order (every parent before its children). */
export interface PreparedNode {
  id: string;
  /** Position of the parent in `PreparedScoring.nodes`; −1 for the root. */
  parent: number;
  /** Groups: positions of the children; leaves: empty. */
  children: number[];
  /** Leaves: index in `PreparedScoring.leaves`; groups: −1. */
  leaf: number;
  aggregation: Aggregation;
  geometricFloor: number;
  /** The scorecard's raw weight (draft weights override it per call). */
  weight: number;
}

/** One leaf across all zones (index = zone position in the input), everything weights do not change. */
export interface PreparedLeaf {
  node: IndicatorNode;
  indicator: Indicator;
  selected: SelectedColumn;
  /** After the treatment; null without one. */
  treated: Float64Array | null;
  /** `target` normalisation: the target each zone was compared with (positions in `targets`). */
  normalisationTargets: Int32Array | null;
  /** Normalised, then the missing policy applied (NaN = missing, skipped). */
  scores: Float64Array;
  /** 1 where the leaf had a normalised score before imputation: what coverage counts. */
  hasData: Uint8Array;
  /** Whether `scores` has a gap (NaN) anywhere: the aggregation then re-weights per zone. */
  hasMissingScore: boolean;
}

/**
 * Everything about a scoring run that weights do not change (DESIGN §3 steps 1–4, 6–8): built once
 * per data version by `prepareScoring`, then re-weighted cheaply by `scorePrepared` /
 * `rankPrepared`. Treat it as opaque and immutable, and do not mutate the input it was built from.
 */
export interface PreparedScoring {
  scorecard: Scorecard;
  zones: Zone[];
  facts: readonly Fact[];
  targets: readonly Target[];
  /** Pre-order; the root is at 0. */
  nodes: PreparedNode[];
  nodeIds: string[];
  /** Positions of the groups, children before parents: the evaluation order. */
  groupOrder: number[];
  leaves: PreparedLeaf[];
  /** Per zone: 系数, and bonus / deduction points after their caps. */
  coefficients: Float64Array;
  bonus: Float64Array;
  deduction: Float64Array;
  /** Per zone: 1 when a veto rule fired. */
  isVetoed: Uint8Array;
  vetoReasons: LocalizedText[][];
  usesSampleData: Uint8Array;
  /** Per zone, the flags of rules that fired before weighting, in leaf order then entity rules (frozen). */
  flags: RuleFlag[][];
  minCoverage: number;
  precision: number | undefined;
  /** Node positions of the tie-break chain. */
  tieBreak: number[];
  isExcludeMode: boolean;
  /** Work arrays reused by every weighted pass, so 10,000 passes do not allocate 10,000 times. */
  scratch: Scratch;
}

/**
 * Prepares a scoring run (DESIGN §3): selects, treats and normalises every leaf, applies the
 * missing policy, sums points, looks up coefficients and vetoes — all that does not depend on the
 * weights. Throws a configuration error naming the node or rule to fix.
 */
export function prepareScoring(input: Omit<ScoringInput, 'weights'>): PreparedScoring {
  const { scorecard, zones } = input;
  const { nodes, leafNodes } = flattenTree(scorecard.root);
  const indicators = new Map(input.indicators.map((indicator) => [indicator.id, indicator]));
  const leafIndicators = leafNodes.map((leaf) => indicatorOf(leaf, indicators));
  const periods = input.periods ?? [];
  const context: SelectionContext = {
    index: buildDataIndex(
      zones.map((zone) => zone.id),
      input.facts,
      input.targets ?? [],
      input.juryScores,
      dataNeeds(scorecard, leafNodes, leafIndicators, input.indicators, periods),
    ),
    facts: input.facts,
    targets: input.targets ?? [],
    periodId: scorecard.periodId,
    periods,
    asOf: input.asOf,
  };
  const outcomes = leafNodes.map((leaf, index) =>
    prepareLeaf(leaf, leafIndicators[index] ?? indicatorOf(leaf, indicators), scorecard, context),
  );
  const leaves = outcomes.map(({ leaf }) => leaf);
  const zoneCount = zones.length;
  const prepared: PreparedScoring = {
    scorecard,
    zones,
    facts: input.facts,
    targets: context.targets,
    nodes,
    nodeIds: nodes.map((node) => node.id),
    groupOrder: nodes.flatMap((node, position) => (node.leaf < 0 ? [position] : [])).reverse(),
    leaves,
    coefficients: new Float64Array(zoneCount).fill(1),
    bonus: new Float64Array(zoneCount),
    deduction: new Float64Array(zoneCount),
    isVetoed: new Uint8Array(zoneCount),
    vetoReasons: zones.map(() => []),
    usesSampleData: new Uint8Array(zoneCount),
    flags: zones.map(() => []),
    minCoverage: scorecard.missing.minCoverage,
    precision: validPrecision(scorecard.ranking?.precision),
    tieBreak: tieBreakPositions(scorecard, nodes),
    isExcludeMode: scorecard.vetoMode === 'exclude',
    scratch: createScratch({ nodes, leaves, zones }),
  };
  for (const outcome of outcomes) collectLeafFlags(outcome, scorecard, prepared);
  applyEntityRules(input, context, prepared);
  // Entities with nothing to add share these lists (see scorePrepared); freezing keeps them intact.
  for (const flags of prepared.flags) Object.freeze(flags);
  for (const reasons of prepared.vetoReasons) Object.freeze(reasons);
  return prepared;
}

function flattenTree(root: GroupNode): { nodes: PreparedNode[]; leafNodes: IndicatorNode[] } {
  const nodes: PreparedNode[] = [];
  const leafNodes: IndicatorNode[] = [];
  const seen = new Set<string>();
  const visit = (node: ScorecardNode, parent: number): number => {
    if (seen.has(node.id)) {
      throw new Error(`node id "${node.id}" appears twice in the scorecard; node ids must be unique`);
    }
    seen.add(node.id);
    const position = nodes.length;
    if (!isGroupNode(node)) {
      nodes.push({
        id: node.id,
        parent,
        children: [],
        leaf: leafNodes.length,
        aggregation: 'arithmetic',
        geometricFloor: DEFAULT_GEOMETRIC_FLOOR,
        weight: node.weight,
      });
      leafNodes.push(node);
      return position;
    }
    if (node.aggregation !== 'arithmetic' && node.aggregation !== 'geometric') {
      throw new Error(
        `scorecard node "${node.id}" has aggregation "${String(node.aggregation)}"; use "arithmetic" or "geometric"`,
      );
    }
    const floor = node.geometricFloor ?? DEFAULT_GEOMETRIC_FLOOR;
    assertGeometricFloor(floor, node.id);
    const prepared: PreparedNode = {
      id: node.id,
      parent,
      children: [],
      leaf: -1,
      aggregation: node.aggregation,
      geometricFloor: floor,
      weight: node.weight,
    };
    nodes.push(prepared);
    for (const child of node.children) prepared.children.push(visit(child, position));
    return position;
  };
  visit(root, -1);
  return { nodes, leafNodes };
}

function indicatorOf(leaf: IndicatorNode, indicators: ReadonlyMap<string, Indicator>): Indicator {
  const indicator = indicators.get(leaf.indicatorId);
  if (indicator === undefined) {
    throw new Error(
      `scorecard node "${leaf.id}" refers to indicator "${leaf.indicatorId}", which does not exist`,
    );
  }
  return indicator;
}

/** Only the facts, targets and jury scores some rule reads are indexed. */
function dataNeeds(
  scorecard: Scorecard,
  leafNodes: readonly IndicatorNode[],
  leafIndicators: readonly Indicator[],
  indicators: readonly Indicator[],
  periods: readonly Period[],
): DataNeeds {
  const scored = new Set<string>();
  const base = new Set<string>();
  const needs: DataNeeds = {
    facts: new Map([[scorecard.periodId, scored]]),
    targets: new Set(),
    jury: new Set(),
  };
  leafNodes.forEach((leaf, index) => {
    if (leafIndicators[index]?.kind === 'jury') needs.jury.add(leaf.indicatorId);
    else scored.add(leaf.indicatorId);
    const kind = valueSelectionOf(leaf).kind;
    if (kind === 'target-completion' || kind === 'time-pace' || leaf.normalisation.method === 'target') {
      needs.targets.add(leaf.indicatorId);
    }
    if (kind === 'growth') base.add(leaf.indicatorId);
  });
  for (const indicator of indicators) {
    if (indicator.kind === 'bonus' || indicator.kind === 'deduction') scored.add(indicator.id);
  }
  for (const rule of scorecard.vetoes ?? []) scored.add(rule.indicatorId);
  const basePeriod = base.size > 0 ? basePeriodOf({ periodId: scorecard.periodId, periods }) : undefined;
  if (basePeriod !== undefined && basePeriod.id !== scorecard.periodId) needs.facts.set(basePeriod.id, base);
  return needs;
}

/** DESIGN §3 steps 1–4 and 6 for one leaf: normalisation compares zones, so it works on the column. */
function prepareLeaf(
  node: IndicatorNode,
  indicator: Indicator,
  scorecard: Scorecard,
  context: SelectionContext,
): LeafOutcome {
  const selected = selectColumn(node, indicator.kind === 'jury', context);
  const treated = node.treatment ? treatColumn(selected.values, node.treatment) : null;
  const kind = valueSelectionOf(node).kind;
  const isRatio = kind === 'target-completion' || kind === 'time-pace';
  const normalisationTargets =
    node.normalisation.method === 'target' && !isRatio
      ? findTargets(node.indicatorId, targetPeriodCandidates(node, context), context)
      : null;
  const targetValues =
    normalisationTargets === null
      ? undefined
      : Float64Array.from(normalisationTargets, (position) => context.targets[position]?.value ?? Number.NaN);
  let normalised: ReturnType<typeof normaliseValues>;
  try {
    normalised = normaliseValues(
      treated?.values ?? selected.values,
      node.normalisation,
      indicator.direction,
      {
        targets: targetValues,
        isRatio,
        isLogged: node.treatment?.log === true,
      },
    );
  } catch (error) {
    throw new Error(`scorecard node "${node.id}": ${error instanceof Error ? error.message : String(error)}`);
  }
  const hasData = new Uint8Array(normalised.scores.length);
  for (let zone = 0; zone < hasData.length; zone++)
    hasData[zone] = Number.isNaN(normalised.scores[zone]) ? 0 : 1;
  // The normalised column is this leaf's own (never the input), so it is imputed in place.
  const scores = imputeInPlace(normalised.scores, scorecard.missing.policy);
  let hasMissingScore = false;
  for (let zone = 0; zone < scores.length && !hasMissingScore; zone++)
    hasMissingScore = Number.isNaN(scores[zone]);
  const leaf: PreparedLeaf = {
    node,
    indicator,
    selected,
    treated: treated?.values ?? null,
    normalisationTargets,
    scores,
    hasData,
    hasMissingScore,
  };
  return { leaf, treatStatus: treated?.status ?? null, normaliseStatus: normalised.status };
}

/** A prepared leaf with the per-cell outcomes its flags are made of. */
interface LeafOutcome {
  leaf: PreparedLeaf;
  treatStatus: Uint8Array | null;
  normaliseStatus: Uint8Array;
}

/** The rules that fired for one leaf, per zone, in the order they apply. */
function collectLeafFlags(outcome: LeafOutcome, scorecard: Scorecard, prepared: PreparedScoring): void {
  const { leaf } = outcome;
  const { id: nodeId, indicatorId } = leaf.node;
  const cap =
    leaf.node.normalisation.method === 'target' ? (leaf.node.normalisation.cap ?? DEFAULT_TARGET_CAP) : 0;
  const policy = scorecard.missing.policy;
  const { jury } = leaf.selected;
  if (jury !== null) {
    const { usesSampleData } = jury;
    for (let zone = 0; zone < usesSampleData.length; zone++) {
      if (usesSampleData[zone] === 1) prepared.usesSampleData[zone] = 1;
    }
  }
  // A trimmed mean of 1 … 2·trim scores fell back to the plain mean (see isUntrimmed).
  const untrimmedBelow =
    jury !== null && jury.combination.method === 'trimmed-mean' ? 2 * jury.combination.trim + 1 : 0;
  const selectStatuses = leaf.selected.status;
  const treatStatuses = outcome.treatStatus;
  const normaliseStatuses = outcome.normaliseStatus;
  const hasDataColumn = leaf.hasData;
  const juryCounts = jury === null ? null : jury.cells.counts;
  const zoneCount = leaf.scores.length;
  for (let zone = 0; zone < zoneCount; zone++) {
    const selectStatus = selectStatuses[zone] ?? 0;
    const treatStatus = treatStatuses === null ? 0 : (treatStatuses[zone] ?? 0);
    const normaliseStatus = normaliseStatuses[zone] ?? 0;
    const juryCount = juryCounts === null ? 0 : (juryCounts[zone] ?? 0);
    const isJuryUntrimmed = juryCount > 0 && juryCount < untrimmedBelow;
    const hasData = hasDataColumn[zone] === 1;
    if (hasData && selectStatus === 0 && treatStatus === 0 && normaliseStatus === 0 && !isJuryUntrimmed)
      continue;
    const flags = prepared.flags[zone];
    if (flags === undefined) continue;
    if (selectStatus === SELECT_NO_TARGET || normaliseStatus === NORMALISE_NO_TARGET) {
      flags.push({ rule: 'no-target', nodeId, indicatorId });
    }
    if (selectStatus === SELECT_NO_BASE) {
      flags.push({ rule: 'no-base', nodeId, indicatorId, basePeriodId: leaf.selected.basePeriodId });
    }
    if (treatStatus === TREAT_LOG_NON_POSITIVE) {
      flags.push({ rule: 'log-non-positive', nodeId, indicatorId, value: leaf.selected.values[zone] ?? 0 });
    }
    if (treatStatus === TREAT_WINSORISED) {
      const from = leaf.node.treatment?.log
        ? Math.log(leaf.selected.values[zone] ?? 1)
        : (leaf.selected.values[zone] ?? 0);
      flags.push({ rule: 'winsorised', nodeId, indicatorId, from, to: leaf.treated?.[zone] ?? 0 });
    }
    if (normaliseStatus === NORMALISE_CLIPPED) flags.push({ rule: 'goalposts-clipped', nodeId, indicatorId });
    if (normaliseStatus === NORMALISE_CAPPED) flags.push({ rule: 'target-capped', nodeId, indicatorId, cap });
    if (!hasData) {
      const isImputed = !Number.isNaN(leaf.scores[zone] ?? Number.NaN);
      const treatment = !isImputed ? 'skipped' : policy === 'zero' ? 'zero' : 'mean';
      flags.push({ rule: 'missing', nodeId, indicatorId, treatment });
    }
    if (isJuryUntrimmed && jury !== null && jury.combination.method === 'trimmed-mean') {
      flags.push({ rule: 'jury-untrimmed', nodeId, count: juryCount, trim: jury.combination.trim });
    }
  }
}

/** DESIGN §3 steps 7–8 per zone: coefficient, points and caps, vetoes. */
function applyEntityRules(
  input: Omit<ScoringInput, 'weights'>,
  context: SelectionContext,
  prepared: PreparedScoring,
): void {
  const { scorecard } = input;
  const known = new Set(input.indicators.map((indicator) => indicator.id));
  for (const rule of scorecard.vetoes ?? []) {
    if (!known.has(rule.indicatorId)) {
      throw new Error(
        `veto rule "${rule.id}" refers to indicator "${rule.indicatorId}", which does not exist`,
      );
    }
  }
  const scoredFacts = context.index.facts.get(scorecard.periodId);
  const factAt = (indicatorId: string, zone: number): Fact | undefined =>
    input.facts[scoredFacts?.get(indicatorId)?.refs[zone] ?? -1];
  const bonusIds = input.indicators.filter((indicator) => indicator.kind === 'bonus').map(({ id }) => id);
  const deductionIds = input.indicators
    .filter((indicator) => indicator.kind === 'deduction')
    .map(({ id }) => id);
  const window = pointEventWindow(
    context.periods.find((period) => period.id === scorecard.periodId),
    input.asOf,
  );
  const eventsByZone = new Map<string, NonNullable<ScoringInput['pointEvents']>>();
  for (const event of input.pointEvents ?? []) {
    const list = eventsByZone.get(event.zoneId);
    if (list) list.push(event);
    else eventsByZone.set(event.zoneId, [event]);
  }
  const vetoes = scorecard.vetoes ?? [];
  // Bonus and deduction columns of the scored period: a zone with no fact in them and no event has
  // no points, and skips the per-zone work (sumPoints validates the caps once, below, all the same).
  const pointColumns = [...bonusIds, ...deductionIds].flatMap((id) => {
    const column = scoredFacts?.get(id);
    return column === undefined ? [] : [column.refs];
  });
  if (input.zones.length > 0) sumPoints([], [], [], window, scorecard.points);
  const coefficients = scorecard.coefficients;
  const hasCoefficients =
    coefficients !== undefined &&
    (coefficients.byZone !== undefined || coefficients.byCategory !== undefined);
  const addPoints = (
    events: NonNullable<ScoringInput['pointEvents']>,
    position: number,
    flags: RuleFlag[],
  ) => {
    const points = sumPoints(
      events,
      presentFacts(bonusIds, (id) => factAt(id, position)),
      presentFacts(deductionIds, (id) => factAt(id, position)),
      window,
      scorecard.points,
    );
    prepared.bonus[position] = points.cappedBonus;
    prepared.deduction[position] = points.cappedDeduction;
    if (points.eventIds.some((id) => events.find((event) => event.id === id)?.isSample)) {
      prepared.usesSampleData[position] = 1;
    }
    if (points.eventIds.length > 0 || points.factIds.length > 0) {
      const { bonus, deduction, eventIds, factIds } = points;
      flags.push({ rule: 'points', bonus, deduction, eventIds, factIds });
    }
    if (points.cappedBonus < points.bonus) {
      flags.push({ rule: 'capped', kind: 'bonus', points: points.bonus, cap: points.cappedBonus });
    }
    if (points.cappedDeduction < points.deduction) {
      flags.push({
        rule: 'capped',
        kind: 'deduction',
        points: points.deduction,
        cap: points.cappedDeduction,
      });
    }
  };
  input.zones.forEach((zone, position) => {
    const flags = prepared.flags[position] ?? [];
    if (hasCoefficients) {
      const { coefficient, source } = coefficientFor(zone, coefficients);
      prepared.coefficients[position] = coefficient;
      if (source !== null && coefficient !== 1) flags.push({ rule: 'coefficient', coefficient, source });
    }
    const events = eventsByZone.get(zone.id);
    if (events !== undefined || pointColumns.some((refs) => (refs[position] ?? -1) >= 0)) {
      addPoints(events ?? [], position, flags);
    }
    if (vetoes.length === 0) return;
    for (const { rule, value } of firedVetoes(vetoes, (id) => factAt(id, position))) {
      prepared.isVetoed[position] = 1;
      prepared.vetoReasons[position]?.push(rule.reason);
      flags.push({
        rule: 'vetoed',
        ruleId: rule.id,
        indicatorId: rule.indicatorId,
        value,
        reason: rule.reason,
      });
    }
  });
}

function presentFacts(ids: readonly string[], factFor: (id: string) => Fact | undefined): Fact[] {
  return ids.flatMap((id) => {
    const fact = factFor(id);
    return fact === undefined ? [] : [fact];
  });
}

function validPrecision(precision: number | undefined): number | undefined {
  if (precision !== undefined) assertPrecision(precision);
  return precision;
}

function tieBreakPositions(scorecard: Scorecard, nodes: readonly PreparedNode[]): number[] {
  return (scorecard.ranking?.tieBreak ?? []).map((id) => {
    const position = nodes.findIndex((node) => node.id === id);
    if (position < 0) {
      throw new Error(`ranking.tieBreak names node "${id}", which is not in scorecard "${scorecard.id}"`);
    }
    return position;
  });
}
