/**
 * Writing the scorecard file of DESIGN §5. Kept free of zod so the app can export (and check a
 * file's size) without loading the parser; `scorecardFile.ts` reads files and re-exports these.
 */
import type { GroupNode, Scorecard, ScorecardNode } from '../scoring/model';

export const SCORECARD_FILE_FORMAT = 'leitai-arena-scorecard';
export const SCORECARD_FILE_VERSION = 1;

/** Scorecards are a few kilobytes; anything near this limit is not one. */
export const SCORECARD_FILE_MAX_BYTES = 2 * 1024 * 1024;

/** Key order of the written file: the model's order; `children` last so a node reads top-down. */
const KEY_ORDER = [
  'format',
  'version',
  'scorecard',
  'id',
  'name',
  'zh',
  'en',
  'description',
  'revision',
  'periodId',
  'weight',
  'aggregation',
  'geometricFloor',
  'indicatorId',
  'value',
  'kind',
  'targetPeriodId',
  'treatment',
  'log',
  'winsorise',
  'lower',
  'upper',
  'normalisation',
  'method',
  'lo',
  'hi',
  'cap',
  'trim',
  'jury',
  'children',
  'root',
  'missing',
  'policy',
  'minCoverage',
  'coefficients',
  'byCategory',
  'byZone',
  'points',
  'bonusCap',
  'deductionCap',
  'vetoes',
  'when',
  'op',
  'reason',
  'vetoMode',
  'ranking',
  'precision',
  'tieBreak',
];
const KEY_RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

/**
 * The scorecard as a version-1 file: 2-space JSON with a stable key order (the model's, then
 * alphabetical), so exporting the same scorecard twice gives the same bytes and diffs stay small.
 */
export function serialiseScorecardFile(scorecard: Scorecard): string {
  const file = { format: SCORECARD_FILE_FORMAT, version: SCORECARD_FILE_VERSION, scorecard };
  return `${JSON.stringify(orderKeys(file), null, 2)}\n`;
}

function orderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(orderKeys);
  if (!isRecord(value)) return value;
  const keys = Object.keys(value).sort((a, b) => {
    const rankA = KEY_RANK.get(a) ?? KEY_ORDER.length;
    const rankB = KEY_RANK.get(b) ?? KEY_ORDER.length;
    return rankA !== rankB ? rankA - rankB : a < b ? -1 : a > b ? 1 : 0;
  });
  const ordered: Record<string, unknown> = {};
  for (const key of keys) ordered[key] = orderKeys(value[key]);
  return ordered;
}

/**
 * The scorecard as it is saved or exported after editing weights: each node's weight replaced by
 * its override (a finite number ≥ 0; others are ignored, as the engine does) and the revision
 * incremented, so a snapshot names exactly which rules it used.
 */
export function bakeWeights(scorecard: Scorecard, weights: Readonly<Record<string, number>>): Scorecard {
  const weightOf = (node: ScorecardNode) => {
    const override = weights[node.id];
    return override !== undefined && Number.isFinite(override) && override >= 0 ? override : node.weight;
  };
  const bakeGroup = (group: GroupNode): GroupNode => ({
    ...group,
    weight: weightOf(group),
    children: group.children.map((child) =>
      'children' in child ? bakeGroup(child) : { ...child, weight: weightOf(child) },
    ),
  });
  return { ...scorecard, root: bakeGroup(scorecard.root), revision: scorecard.revision + 1 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
