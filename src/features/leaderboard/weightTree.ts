import { effectiveWeight } from '../../lib/boardModel';
import {
  type GroupNode,
  isGroupNode,
  type LocalizedText,
  type Scorecard,
  type ScorecardNode,
} from '../../scoring/model';

export type Weights = Readonly<Record<string, number>>;

/** One node of the scorecard tree as the weights panel shows it. */
export interface WeightRow {
  nodeId: string;
  name: LocalizedText;
  /** 0 for the root's children (the dimensions). */
  depth: number;
  /** The raw weight in force. */
  weight: number;
  /** The weight as a share of its siblings (0–1). */
  share: number;
  /** Number of children; 0 for an indicator. */
  childCount: number;
  siblingCount: number;
  /** The row's ancestors below the root, nearest last (a collapsed one hides the row). */
  ancestorIds: readonly string[];
}

/** Every node under the root in depth-first order, with the weights in force and sibling shares. */
export function weightRowsOf(scorecard: Scorecard, overrides: Weights): WeightRow[] {
  const rows: WeightRow[] = [];
  const visit = (group: GroupNode, depth: number, ancestorIds: readonly string[]) => {
    const weights = group.children.map((node) => effectiveWeight(node.id, node.weight, overrides));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    group.children.forEach((node, index) => {
      const weight = weights[index] ?? 0;
      rows.push({
        nodeId: node.id,
        name: node.name,
        depth,
        weight,
        share: total > 0 ? weight / total : 1 / weights.length,
        childCount: isGroupNode(node) ? node.children.length : 0,
        siblingCount: group.children.length,
        ancestorIds,
      });
      if (isGroupNode(node)) visit(node, depth + 1, [...ancestorIds, node.id]);
    });
  };
  visit(scorecard.root, 0, []);
  return rows;
}

/** The weight in force of every node under the root: the whole state an undo step restores. */
export function fullWeightsOf(scorecard: Scorecard, overrides: Weights): Record<string, number> {
  const weights: Record<string, number> = {};
  forEachNode(scorecard.root, (node) => {
    weights[node.id] = effectiveWeight(node.id, node.weight, overrides);
  });
  return weights;
}

/** The group whose children include `nodeId` (the root for a dimension). */
export function parentOf(scorecard: Scorecard, nodeId: string): GroupNode | undefined {
  let parent: GroupNode | undefined;
  const search = (group: GroupNode) => {
    for (const child of group.children) {
      if (parent) return;
      if (child.id === nodeId) parent = group;
      else if (isGroupNode(child)) search(child);
    }
  };
  search(scorecard.root);
  return parent;
}

/** The group with this id, the root included. */
export function findGroup(scorecard: Scorecard, groupId: string): GroupNode | undefined {
  if (scorecard.root.id === groupId) return scorecard.root;
  let found: GroupNode | undefined;
  forEachNode(scorecard.root, (node) => {
    if (!found && node.id === groupId && isGroupNode(node)) found = node;
  });
  return found;
}

/**
 * A preset's weights for the nodes it shares with `scorecard` (matched by node id); nodes the
 * preset lacks keep their weight. Empty when nothing matches.
 */
export function presetWeightsFor(scorecard: Scorecard, preset: Scorecard): Record<string, number> {
  const presetWeights = fullWeightsOf(preset, {});
  const weights: Record<string, number> = {};
  forEachNode(scorecard.root, (node) => {
    const weight = presetWeights[node.id];
    if (weight !== undefined) weights[node.id] = weight;
  });
  return weights;
}

/** Whether two weight states give every node the same weight. */
export function isSameWeights(a: Weights, b: Weights): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * A new scorecard: `scorecard` with the weights in force written into its nodes, under a new id
 * and name, at revision 1 (what "save as a new scorecard" stores).
 */
export function scorecardWithWeights(
  scorecard: Scorecard,
  overrides: Weights,
  id: string,
  name: LocalizedText,
): Scorecard {
  const bake = <T extends ScorecardNode>(node: T): T =>
    isGroupNode(node)
      ? {
          ...node,
          weight: effectiveWeight(node.id, node.weight, overrides),
          children: node.children.map(bake),
        }
      : { ...node, weight: effectiveWeight(node.id, node.weight, overrides) };
  return {
    ...scorecard,
    id,
    name,
    revision: 1,
    root: { ...scorecard.root, children: scorecard.root.children.map(bake) },
  };
}

/** `base-copy`, or `base-copy-2`, `-3` … : the first id not in `existingIds`. */
export function copyIdFor(base: string, existingIds: readonly string[]): string {
  const taken = new Set(existingIds);
  const stem = `${base}-copy`;
  if (!taken.has(stem)) return stem;
  let index = 2;
  while (taken.has(`${stem}-${index}`)) index++;
  return `${stem}-${index}`;
}

function forEachNode(group: GroupNode, visit: (node: ScorecardNode) => void) {
  for (const child of group.children) {
    visit(child);
    if (isGroupNode(child)) forEachNode(child, visit);
  }
}
