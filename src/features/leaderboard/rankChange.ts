import { isGroupNode, type LocalizedText, type ScorecardNode } from '../../scoring/model';

/** How a zone's rank moved against the baseline ranking. */
export type RankChange =
  | { kind: 'up'; by: number }
  | { kind: 'down'; by: number }
  | { kind: 'same' }
  /** Not ranked in the baseline (absent or excluded there), ranked now. */
  | { kind: 'new' }
  /** Not ranked now (excluded): no change to show. */
  | { kind: 'none' };

/** Zone id → rank in the baseline (null = excluded there). */
export type BaselineRanks = ReadonlyMap<string, number | null>;

export function rankChangeOf(current: number | null, baseline: number | null | undefined): RankChange {
  if (current === null) return { kind: 'none' };
  if (baseline === null || baseline === undefined) return { kind: 'new' };
  if (current < baseline) return { kind: 'up', by: baseline - current };
  if (current > baseline) return { kind: 'down', by: current - baseline };
  return { kind: 'same' };
}

/** The value the rank-change column sorts by: the biggest rise highest, "new" and "none" lowest. */
export function rankChangeSortValue(change: RankChange): number {
  switch (change.kind) {
    case 'up':
      return change.by;
    case 'down':
      return -change.by;
    case 'same':
      return 0;
    case 'new':
      return -1e9;
    case 'none':
      return -2e9;
  }
}

/** The short mark shown in the cell (the accessible text comes from i18n). */
export function rankChangeMark(change: RankChange): string {
  switch (change.kind) {
    case 'up':
      return `▲${change.by}`;
    case 'down':
      return `▼${change.by}`;
    case 'same':
      return '=';
    case 'new':
      return '新';
    case 'none':
      return '—';
  }
}

/** An indicator node of the scorecard tree, for the table's optional indicator columns. */
export interface LeafColumn {
  nodeId: string;
  name: LocalizedText;
}

/** Every indicator (leaf) of a scorecard tree, depth first in scorecard order. */
export function leafColumnsOf(node: ScorecardNode): LeafColumn[] {
  return isGroupNode(node) ? node.children.flatMap(leafColumnsOf) : [{ nodeId: node.id, name: node.name }];
}
