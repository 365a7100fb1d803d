import type { PreparedLeaf, PreparedScoring } from './prepare';
import { juryDetail, valueSelectionOf } from './select';
import type { LeafInput, NodeResult } from './types';

/**
 * One zone's node results (DESIGN §3 "explanation"): score, weight used after re-weighting, share
 * of the aggregate, contribution, missing. Built on demand — a large run would otherwise spend
 * most of its time making objects nobody reads.
 *
 * Contributions are allocated top-down from the root (whose contribution is the aggregate). Below
 * arithmetic nodes only, a node contributes share × score, so siblings add up to their parent. A
 * geometric node splits its contribution among its children by their used weights; below such a
 * child an arithmetic node splits its (allocated) contribution in proportion to weight × score, or
 * by weight when those sum to 0. Every group's children therefore sum to the group.
 */
export function explainNodes(
  prepared: PreparedScoring,
  weights: Float64Array,
  zone: number,
): Record<string, NodeResult> {
  const { nodes } = prepared;
  const count = nodes.length;
  const { scores, used, isMissing, shares, contributions, isPlain } = prepared.scratch.explain;
  used.fill(0);
  // Bottom-up, the operations of evaluateGroups in the same order: the same bits.
  for (let position = count - 1; position >= 0; position--) {
    const node = nodes[position];
    if (node === undefined) continue;
    const leaf = prepared.leaves[node.leaf];
    if (leaf !== undefined) {
      scores[position] = leaf.scores[zone] ?? Number.NaN;
      isMissing[position] = leaf.hasData[zone] === 1 ? 0 : 1;
      continue;
    }
    let present = 0;
    let allMissing = 1;
    for (const child of node.children) {
      const weight = weights[child] ?? 0;
      if (weight > 0 && !Number.isNaN(scores[child] ?? Number.NaN)) present += weight;
      if (isMissing[child] === 0) allMissing = 0;
    }
    const isGeometric = node.aggregation === 'geometric';
    const floor = node.geometricFloor;
    let sum = 0;
    for (const child of node.children) {
      const weight = weights[child] ?? 0;
      const score = scores[child] ?? Number.NaN;
      if (!(present > 0 && weight > 0) || Number.isNaN(score)) continue;
      const share = weight / present;
      used[child] = share;
      sum += share * (isGeometric ? Math.log(score < floor ? floor : score) : score);
    }
    const score = present > 0 ? (isGeometric ? Math.exp(sum) : sum) : Number.NaN;
    scores[position] = score;
    isMissing[position] = Number.isNaN(score) || allMissing === 1 ? 1 : 0;
  }
  used[0] = 1;
  const record: Record<string, NodeResult> = {};
  for (let position = 0; position < count; position++) {
    const node = nodes[position];
    if (node === undefined) continue;
    const parent = nodes[node.parent];
    const score = scores[position] ?? Number.NaN;
    const weight = used[position] ?? 0;
    const share = (parent === undefined ? 1 : (shares[node.parent] ?? 0)) * weight;
    const plain = parent === undefined || (isPlain[node.parent] === 1 && parent.aggregation === 'arithmetic');
    let contribution = Number.isNaN(score) ? 0 : share * score;
    if (!plain && parent !== undefined) {
      contribution = allocatedContribution(parent, position, scores, used, contributions[node.parent] ?? 0);
    }
    shares[position] = share;
    isPlain[position] = plain ? 1 : 0;
    contributions[position] = contribution;
    const result: NodeResult = {
      nodeId: node.id,
      score: Number.isNaN(score) ? null : score,
      weight,
      share,
      contribution,
      isMissing: isMissing[position] === 1,
    };
    if (node.leaf < 0) result.aggregation = node.aggregation;
    setById(record, node.id, result);
  }
  return record;
}

/**
 * A child's part of its parent's allocated contribution when some ancestor is geometric: by used
 * weight below a geometric parent; in proportion to used weight × score below an arithmetic one
 * (by weight when those products sum to 0).
 */
function allocatedContribution(
  parent: PreparedScoring['nodes'][number],
  position: number,
  scores: Float64Array,
  used: Float64Array,
  parentContribution: number,
): number {
  const weight = used[position] ?? 0;
  if (parent.aggregation === 'geometric') return weight * parentContribution;
  let sum = 0;
  for (const sibling of parent.children) {
    const score = scores[sibling] ?? Number.NaN;
    if (!Number.isNaN(score)) sum += (used[sibling] ?? 0) * score;
  }
  const score = scores[position] ?? Number.NaN;
  if (sum === 0 || !Number.isFinite(sum)) return weight * parentContribution;
  return Number.isNaN(score) ? 0 : (parentContribution * weight * score) / sum;
}

/** One zone's leaf inputs (DESIGN §3 "the data used"), by node id. */
export function explainInputs(prepared: PreparedScoring, zone: number): Record<string, LeafInput> {
  return recordById(prepared.leaves.map((leaf) => leafInput(prepared, leaf, zone)));
}

function leafInput(prepared: PreparedScoring, leaf: PreparedLeaf, zone: number): LeafInput {
  const { node, selected } = leaf;
  const rawValue = selected.values[zone] ?? Number.NaN;
  const input: LeafInput = {
    nodeId: node.id,
    indicatorId: node.indicatorId,
    rawValue: Number.isNaN(rawValue) ? null : rawValue,
    usesSampleData: false,
  };
  const jury = selected.jury === null ? undefined : juryDetail(selected.jury, zone);
  if (jury !== undefined) {
    input.juryCount = jury.count;
    input.droppedJuryScoreIds = jury.droppedIds;
    input.usesSampleData = jury.usesSampleData;
  }
  const fact = prepared.facts[selected.factRefs?.[zone] ?? -1];
  if (fact !== undefined && Number.isFinite(fact.value)) {
    input.factId = fact.id;
    if (valueSelectionOf(node).kind !== 'fact') input.factValue = fact.value;
  }
  const target = prepared.targets[selected.targetRefs?.[zone] ?? leaf.normalisationTargets?.[zone] ?? -1];
  if (target !== undefined) {
    input.targetId = target.id;
    input.targetValue = target.value;
  }
  const elapsed = selected.elapsed?.[zone] ?? Number.NaN;
  if (!Number.isNaN(elapsed)) input.elapsedShare = elapsed;
  const base = prepared.facts[selected.baseFactRefs?.[zone] ?? -1];
  if (base !== undefined) {
    input.baseFactId = base.id;
    input.baseValue = base.value;
  }
  if (leaf.treated !== null) {
    const treated = leaf.treated[zone] ?? Number.NaN;
    input.treatedValue = Number.isNaN(treated) ? null : treated;
  }
  return input;
}

/**
 * Keys results by node id. A plain assignment of "__proto__" would replace the prototype instead of
 * adding a key, so that one id is defined as an own property (Object.fromEntries would too, but is
 * several times slower on the thousands of records a large run builds).
 */
export function recordById<T extends { nodeId: string }>(results: readonly T[]): Record<string, T> {
  const record: Record<string, T> = {};
  for (const result of results) setById(record, result.nodeId, result);
  return record;
}

/** `record[id] = value`, also for the id "__proto__". */
export function setById<T>(record: Record<string, T>, id: string, value: T): void {
  if (id === '__proto__') {
    Object.defineProperty(record, id, { value, enumerable: true, writable: true, configurable: true });
  } else {
    record[id] = value;
  }
}
