/**
 * Pure edits of a scorecard tree by node id (DESIGN §4 screen 3). Every function returns a new
 * root and leaves its input untouched; an id that is not in the tree (or a move that is not
 * possible) returns the input unchanged, so the editor never has to guard its buttons twice.
 */
import {
  type GroupNode,
  type IndicatorNode,
  isGroupNode,
  type LocalizedText,
  type ScorecardNode,
} from '../../scoring/model';

/** Where a node sits: its parent, its index among the parent's children and its JSON path. */
export interface NodeLocation {
  node: ScorecardNode;
  parent: GroupNode | null;
  index: number;
  depth: number;
  /** `$.root.children[1].children[0]`: the path the validator reports issues at. */
  path: string;
}

/** Every node of the tree, root first, depth-first in display order. */
export function listNodes(root: GroupNode): NodeLocation[] {
  const out: NodeLocation[] = [];
  const visit = (
    node: ScorecardNode,
    parent: GroupNode | null,
    index: number,
    depth: number,
    path: string,
  ) => {
    out.push({ node, parent, index, depth, path });
    if (isGroupNode(node)) {
      node.children.forEach((child, childIndex) => {
        visit(child, node, childIndex, depth + 1, `${path}.children[${childIndex}]`);
      });
    }
  };
  visit(root, null, 0, 0, '$.root');
  return out;
}

export function findNode(root: GroupNode, id: string): NodeLocation | undefined {
  return listNodes(root).find((location) => location.node.id === id);
}

/** Applies `change` to the node with `id`; the root's id is allowed. */
export function updateNode(
  root: GroupNode,
  id: string,
  change: (node: ScorecardNode) => ScorecardNode,
): GroupNode {
  const visit = (node: ScorecardNode): ScorecardNode => {
    if (node.id === id) return change(node);
    if (!isGroupNode(node)) return node;
    const children = node.children.map(visit);
    return children.every((child, index) => child === node.children[index]) ? node : { ...node, children };
  };
  const updated = visit(root);
  return isGroupNode(updated) ? updated : root;
}

/** Rewrites the children of the group `parentId` (the root included). */
function updateChildren(
  root: GroupNode,
  parentId: string,
  change: (children: ScorecardNode[]) => ScorecardNode[],
): GroupNode {
  return updateNode(root, parentId, (node) =>
    isGroupNode(node) ? { ...node, children: change(node.children) } : node,
  );
}

/** Appends `child` to the group `parentId`. */
export function addChild(root: GroupNode, parentId: string, child: ScorecardNode): GroupNode {
  const parent = findNode(root, parentId);
  if (!parent || !isGroupNode(parent.node)) return root;
  return updateChildren(root, parentId, (children) => [...children, child]);
}

/** Removes the node and its subtree; the root cannot be removed. */
export function removeNode(root: GroupNode, id: string): GroupNode {
  const location = findNode(root, id);
  if (!location?.parent) return root;
  return updateChildren(root, location.parent.id, (children) => children.filter((child) => child.id !== id));
}

/** Swaps the node with its previous (−1) or next (+1) sibling. */
export function moveNode(root: GroupNode, id: string, offset: -1 | 1): GroupNode {
  const location = findNode(root, id);
  if (!location?.parent) return root;
  const target = location.index + offset;
  if (target < 0 || target >= location.parent.children.length) return root;
  return updateChildren(root, location.parent.id, (children) => {
    const next = [...children];
    const [moved] = next.splice(location.index, 1);
    if (moved) next.splice(target, 0, moved);
    return next;
  });
}

/** Makes the node the last child of its previous sibling, when that sibling is a group. */
export function indentNode(root: GroupNode, id: string): GroupNode {
  const location = findNode(root, id);
  if (!location?.parent) return root;
  const previous = location.parent.children[location.index - 1];
  if (!previous || !isGroupNode(previous)) return root;
  const detached = removeNode(root, id);
  return addChild(detached, previous.id, location.node);
}

/** Moves the node out of its group, to just after that group; children of the root stay. */
export function outdentNode(root: GroupNode, id: string): GroupNode {
  const location = findNode(root, id);
  if (!location?.parent) return root;
  const parentLocation = findNode(root, location.parent.id);
  if (!parentLocation?.parent) return root;
  const detached = removeNode(root, id);
  return updateChildren(detached, parentLocation.parent.id, (children) => {
    const next = [...children];
    next.splice(parentLocation.index + 1, 0, location.node);
    return next;
  });
}

/** Whether `indentNode` / `outdentNode` / `moveNode` would change anything (to disable buttons). */
export function canIndent(location: NodeLocation): boolean {
  const previous = location.parent?.children[location.index - 1];
  return previous !== undefined && isGroupNode(previous);
}

export function canOutdent(location: NodeLocation): boolean {
  return location.depth >= 2;
}

/** `stem`, else `stem-2`, `stem-3` …: an id not yet used in the tree. */
export function freshNodeId(root: GroupNode, stem: string): string {
  const taken = new Set(listNodes(root).map((location) => location.node.id));
  if (!taken.has(stem)) return stem;
  let index = 2;
  while (taken.has(`${stem}-${index}`)) index++;
  return `${stem}-${index}`;
}

export function newGroupNode(id: string, name: LocalizedText): GroupNode {
  return { id, name, weight: 1, aggregation: 'arithmetic', children: [] };
}

export function newIndicatorNode(id: string, name: LocalizedText, indicatorId: string): IndicatorNode {
  return { id, name, weight: 1, indicatorId, normalisation: { method: 'minmax' } };
}
