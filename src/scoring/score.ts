import { aggregateChildren, imputeMissing, resolveSiblingWeights } from './aggregate';
import { canTrim } from './jury';
import type { GroupNode, Indicator, IndicatorNode, MissingPolicy, ScorecardNode, Zone } from './model';
import { isGroupNode } from './model';
import { normaliseColumn } from './normalise';
import { competitionRank, markTies } from './rank';
import type { SelectionIndex } from './select';
import { buildSelectionIndex, DEFAULT_JURY_COMBINATION, selectLeafInput } from './select';
import type { EntityResult, LeafInput, NodeResult, Ranking, RuleFlag, ScoringInput } from './types';

/** Coverage is a sum of products of shares; this keeps 0.7999999999 from failing a 0.8 threshold. */
const COVERAGE_TOLERANCE = 1e-9;

/** Shared by the many leaves with nothing to report, so a large run does not allocate one per cell. */
const NO_FLAGS: readonly RuleFlag[] = [];

/**
 * The scorecard tree flattened in pre-order (every parent before its children), with every weight
 * resolved once per run: draft overrides applied, the zero rule applied, normalised among siblings.
 */
type CompiledNode =
  | { kind: 'leaf'; node: IndicatorNode; parent: number; weight: number; leafIndex: number }
  | { kind: 'group'; node: GroupNode; parent: number; weight: number; children: number[] };

interface CompiledLeaf {
  node: IndicatorNode;
  /** Product of the nominal (not re-weighted) weights from the root: this leaf's part of full coverage. */
  nominalShare: number;
}

interface CompiledTree {
  /** Pre-order; the root is at 0. */
  nodes: CompiledNode[];
  leaves: CompiledLeaf[];
  leafShareTotal: number;
}

/** One leaf across all zones (index = zone position in the input). */
interface LeafColumn {
  inputs: LeafInput[];
  scores: (number | null)[];
  flags: (readonly RuleFlag[])[];
}

/** One zone's node scores, by position in `CompiledTree.nodes`. */
interface ZoneEvaluation {
  scores: (number | null)[];
  isMissing: boolean[];
  /** Each node's weight among the siblings its parent actually used. */
  weights: number[];
}

type UnrankedEntity = Omit<EntityResult, 'rank' | 'isTied'>;

/**
 * Scores and ranks the zones on a scorecard (DESIGN §3): select each leaf's value, normalise it
 * across the zones, apply the missing-data policy, aggregate bottom-up to a 0–100 total, measure
 * coverage, rank, and explain every node's weight and contribution. Pure: same input, same output.
 */
export function scoreZones(input: ScoringInput): Ranking {
  const { scorecard } = input;
  const tree = compileScorecard(scorecard.root, input.weights ?? {});
  const columns = scoreLeafColumns(tree.leaves, input);
  const entities = input.zones.map((zone, zoneIndex) =>
    scoreEntity(tree, columns, zone.id, zoneIndex, scorecard.missing.minCoverage),
  );
  return {
    scorecardId: scorecard.id,
    revision: scorecard.revision,
    periodId: scorecard.periodId,
    entities: rankEntities(entities),
  };
}

function compileScorecard(root: GroupNode, overrides: Readonly<Record<string, number>>): CompiledTree {
  const nodes: CompiledNode[] = [];
  const leaves: CompiledLeaf[] = [];
  const seen = new Set<string>();
  const visit = (node: ScorecardNode, parent: number, weight: number, share: number): number => {
    if (seen.has(node.id)) {
      throw new Error(`node id "${node.id}" appears twice in the scorecard; node ids must be unique`);
    }
    seen.add(node.id);
    const position = nodes.length;
    if (!isGroupNode(node)) {
      nodes.push({ kind: 'leaf', node, parent, weight, leafIndex: leaves.length });
      leaves.push({ node, nominalShare: share });
      return position;
    }
    const children: number[] = [];
    nodes.push({ kind: 'group', node, parent, weight, children });
    const weights = resolveSiblingWeights(node.children.map((child) => rawWeight(child, overrides)));
    node.children.forEach((child, index) => {
      const childWeight = weights[index] ?? 0;
      children.push(visit(child, position, childWeight, share * childWeight));
    });
    return position;
  };
  visit(root, -1, 1, 1);
  const leafShareTotal = leaves.reduce((total, leaf) => total + leaf.nominalShare, 0);
  return { nodes, leaves, leafShareTotal };
}

/** A draft weight wins when it is a usable number (the weights panel may hold a half-typed value). */
function rawWeight(node: ScorecardNode, overrides: Readonly<Record<string, number>>): number {
  const override: unknown = Object.hasOwn(overrides, node.id) ? overrides[node.id] : undefined;
  return typeof override === 'number' && Number.isFinite(override) && override >= 0 ? override : node.weight;
}

function scoreLeafColumns(leaves: readonly CompiledLeaf[], input: ScoringInput): LeafColumn[] {
  const indicators = new Map(input.indicators.map((indicator) => [indicator.id, indicator]));
  const index = buildSelectionIndex(input.facts, input.juryScores, input.scorecard.periodId);
  return leaves.map(({ node }) => {
    const indicator = indicators.get(node.indicatorId);
    if (indicator === undefined) {
      throw new Error(
        `scorecard node "${node.id}" refers to indicator "${node.indicatorId}", which does not exist`,
      );
    }
    return scoreLeafColumn(node, indicator, input.zones, index, input.scorecard.missing.policy);
  });
}

/** DESIGN §3 steps 1–4 and 6 for one leaf: normalisation compares zones, so it works on the column. */
function scoreLeafColumn(
  node: IndicatorNode,
  indicator: Indicator,
  zones: readonly Zone[],
  index: SelectionIndex,
  policy: MissingPolicy,
): LeafColumn {
  const inputs = zones.map((zone) => selectLeafInput(node, indicator, zone.id, index));
  const normalised = normaliseColumn(
    inputs.map((leafInput) => leafInput.rawValue),
    node.normalisation,
    indicator.direction,
  );
  const scores = imputeMissing(normalised, policy);
  const flags = inputs.map((leafInput, zoneIndex) =>
    leafFlags(node, leafInput, scores[zoneIndex] ?? null, policy),
  );
  return { inputs, scores, flags };
}

function leafFlags(
  node: IndicatorNode,
  leafInput: LeafInput,
  score: number | null,
  policy: MissingPolicy,
): readonly RuleFlag[] {
  if (leafInput.rawValue !== null && leafInput.juryCount === undefined) return NO_FLAGS;
  const flags: RuleFlag[] = [];
  if (leafInput.rawValue === null) {
    const treatment = score === null ? 'skipped' : policy === 'zero' ? 'zero' : 'mean';
    flags.push({ rule: 'missing', nodeId: node.id, indicatorId: node.indicatorId, treatment });
  }
  const combination = node.jury ?? DEFAULT_JURY_COMBINATION;
  const count = leafInput.juryCount ?? 0;
  if (combination.method === 'trimmed-mean' && count > 0 && !canTrim(count, combination.trim)) {
    flags.push({ rule: 'jury-untrimmed', nodeId: node.id, count, trim: combination.trim });
  }
  return flags;
}

function scoreEntity(
  tree: CompiledTree,
  columns: readonly LeafColumn[],
  zoneId: string,
  zoneIndex: number,
  minCoverage: number,
): UnrankedEntity {
  const evaluation = evaluateZone(tree, columns, zoneIndex);
  const inputs: LeafInput[] = [];
  const flags: RuleFlag[] = [];
  for (const column of columns) {
    const leafInput = column.inputs[zoneIndex];
    if (leafInput !== undefined) inputs.push(leafInput);
    flags.push(...(column.flags[zoneIndex] ?? []));
  }
  const coverage = measureCoverage(tree, inputs);
  const hasSufficientData = coverage >= minCoverage - COVERAGE_TOLERANCE;
  if (!hasSufficientData) flags.push({ rule: 'insufficient-data', coverage, minCoverage });
  return {
    zoneId,
    total: evaluation.scores[0] ?? null,
    coverage,
    hasSufficientData,
    usesSampleData: inputs.some((leafInput) => leafInput.usesSampleData),
    nodes: explainZone(tree, evaluation),
    inputs: recordById(inputs),
    flags,
  };
}

/**
 * DESIGN §3 step 5, bottom-up: pre-order puts every child after its parent, so walking the nodes
 * backwards aggregates each group after all of its children.
 */
function evaluateZone(tree: CompiledTree, columns: readonly LeafColumn[], zoneIndex: number): ZoneEvaluation {
  const count = tree.nodes.length;
  const evaluation: ZoneEvaluation = {
    scores: new Array<number | null>(count).fill(null),
    isMissing: new Array<boolean>(count).fill(true),
    weights: new Array<number>(count).fill(0),
  };
  evaluation.weights[0] = 1;
  for (let position = count - 1; position >= 0; position--) {
    const compiled = tree.nodes[position];
    if (compiled?.kind === 'leaf') {
      const column = columns[compiled.leafIndex];
      evaluation.scores[position] = column?.scores[zoneIndex] ?? null;
      evaluation.isMissing[position] = (column?.inputs[zoneIndex]?.rawValue ?? null) === null;
    } else if (compiled !== undefined) {
      evaluateGroup(tree, compiled, position, evaluation);
    }
  }
  return evaluation;
}

/** A group is missing when no weighted child has a score, or when all of its leaves lack data. */
function evaluateGroup(
  tree: CompiledTree,
  group: CompiledNode & { kind: 'group' },
  position: number,
  evaluation: ZoneEvaluation,
): void {
  const aggregate = aggregateChildren(
    group.node.aggregation,
    group.children.map((child) => evaluation.scores[child] ?? null),
    group.children.map((child) => tree.nodes[child]?.weight ?? 0),
  );
  group.children.forEach((child, index) => {
    evaluation.weights[child] = aggregate.weights[index] ?? 0;
  });
  evaluation.scores[position] = aggregate.score;
  evaluation.isMissing[position] =
    aggregate.score === null || group.children.every((child) => evaluation.isMissing[child] ?? true);
}

/** Top-down: a node's share is the product of the used weights on its path; contribution = share × score. */
function explainZone(tree: CompiledTree, evaluation: ZoneEvaluation): Record<string, NodeResult> {
  const shares: number[] = [];
  const results = tree.nodes.map((compiled, position): NodeResult => {
    const weight = evaluation.weights[position] ?? 0;
    const share = (compiled.parent < 0 ? 1 : (shares[compiled.parent] ?? 0)) * weight;
    shares.push(share);
    const score = evaluation.scores[position] ?? null;
    const contribution = score === null ? 0 : share * score;
    const isMissing = evaluation.isMissing[position] ?? true;
    return { nodeId: compiled.node.id, score, weight, share, contribution, isMissing };
  });
  return recordById(results);
}

/**
 * Keys results by node id. A plain assignment of "__proto__" would replace the prototype instead of
 * adding a key, so that one id is defined as an own property (Object.fromEntries would too, but is
 * several times slower on the thousands of records a large run builds).
 */
function recordById<T extends { nodeId: string }>(results: readonly T[]): Record<string, T> {
  const record: Record<string, T> = {};
  for (const result of results) {
    if (result.nodeId === '__proto__') {
      Object.defineProperty(record, result.nodeId, {
        value: result,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      record[result.nodeId] = result;
    }
  }
  return record;
}

/**
 * DESIGN §3 step 6: the share of the leaf weight that has data, with the nominal weights (draft
 * overrides applied, not re-weighted — re-weighting would always make it 1). Imputed values do
 * not count as data.
 */
function measureCoverage(tree: CompiledTree, inputs: readonly LeafInput[]): number {
  if (!(tree.leafShareTotal > 0)) return 0;
  let covered = 0;
  tree.leaves.forEach((leaf, index) => {
    if ((inputs[index]?.rawValue ?? null) !== null) covered += leaf.nominalShare;
  });
  return Math.min(1, covered / tree.leafShareTotal);
}

/** DESIGN §3 steps 6 and 9: insufficient data ranks after the rest; ties keep the zones' input order. */
function rankEntities(entities: readonly UnrankedEntity[]): EntityResult[] {
  const ranks = competitionRank(
    entities.map((entity) => entity.total),
    { tiers: entities.map((entity) => (entity.hasSufficientData ? 0 : 1)) },
  );
  const ties = markTies(ranks);
  const ranked = entities.map((entity, index) => ({
    ...entity,
    rank: ranks[index] ?? 0,
    isTied: ties[index] ?? false,
  }));
  // toSorted is stable, so equal ranks stay in input order.
  return ranked.toSorted((a, b) => a.rank - b.rank);
}
