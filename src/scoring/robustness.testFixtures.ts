/**
 * A tiny stand-in for the engine in robustness tests: scores are given per zone and leaf, a group
 * is the weighted mean of its children (weights normalised among siblings, all zero → equal), and
 * ranks are competition ranks. Fast enough for thousands of samples inside property tests.
 * Imported by tests only.
 */
import { type GroupNode, isGroupNode, type ScorecardNode } from './model';
import type { RankFunction } from './robustness';
import { buildGroup, buildLeaf } from './testFixtures';

/** A tree from `{ dimension: weight }` (leaves under the root) or `{ dimension: [weight, { leaf: weight }] }`. */
export function buildTree(
  spec: Readonly<Record<string, number | readonly [number, Record<string, number>]>>,
): GroupNode {
  return buildGroup(
    'root',
    Object.entries(spec).map(([id, entry]) =>
      typeof entry === 'number'
        ? buildLeaf(id, { weight: entry })
        : buildGroup(
            id,
            Object.entries(entry[1]).map(([leafId, weight]) => buildLeaf(leafId, { weight })),
            { weight: entry[0] },
          ),
    ),
  );
}

/**
 * Ranks `zoneIds` by their tree totals under the given weights; zones in `excluded` get null.
 * Totals are rounded to 1e-6 so mathematically equal totals tie whatever the summation order.
 */
export function treeRanker(
  root: GroupNode,
  zoneIds: readonly string[],
  scores: Readonly<Record<string, Readonly<Record<string, number>>>>,
  excluded: ReadonlySet<string> = new Set(),
): RankFunction {
  return (weights) => {
    const totals = zoneIds.map((zoneId) =>
      excluded.has(zoneId) ? null : Math.round(nodeScore(root, scores[zoneId] ?? {}, weights) * 1e6) / 1e6,
    );
    return totals.map((total) =>
      total === null ? null : 1 + totals.filter((other) => other !== null && other > total).length,
    );
  };
}

function nodeScore(
  node: ScorecardNode,
  leafScores: Readonly<Record<string, number>>,
  weights: Readonly<Record<string, number>>,
): number {
  if (!isGroupNode(node)) return leafScores[node.id] ?? 0;
  const raw = node.children.map((child) => {
    const weight = weights[child.id] ?? child.weight;
    return Number.isFinite(weight) && weight > 0 ? weight : 0;
  });
  const sum = raw.reduce((total, weight) => total + weight, 0);
  return node.children.reduce(
    (total, child, index) =>
      total + (sum > 0 ? (raw[index] ?? 0) / sum : 1 / raw.length) * nodeScore(child, leafScores, weights),
    0,
  );
}
