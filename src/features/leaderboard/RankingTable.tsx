import {
  type ColumnVisibilityState,
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  type SortingState,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type Updater,
  useTable,
} from '@tanstack/react-table';
import { type ReactNode, type RefObject, type UIEvent, useMemo, useState } from 'react';
import { localized } from '../../i18n/format';
import type { Language, MessageKey } from '../../i18n/messages';
import type { BoardModel, BoardRow, DimensionColumn } from '../../lib/boardModel';
import type { EntityResult } from '../../scoring/types';
import { ColumnsMenu } from './ColumnsMenu';
import { RankingRow, type TableRow } from './RankingRow';
import {
  type BaselineRanks,
  type LeafColumn,
  leafColumnsOf,
  type RankChange,
  rankChangeOf,
  rankChangeSortValue,
} from './rankChange';
import { useVirtualRows, VIRTUALISE_ABOVE } from './useVirtualRows';

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});
const column = createColumnHelper<typeof features, TableRow>();
const INITIAL_SORTING: SortingState = [{ id: 'rank', desc: false }];
const NO_VISIBILITY: ColumnVisibilityState = {};

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const leafColumnId = (nodeId: string) => `leaf:${nodeId}`;
export const dimensionColumnId = (nodeId: string) => `dim:${nodeId}`;
export const RANK_CHANGE_COLUMN = 'rankChange';

function buildColumns(
  dimensions: readonly DimensionColumn[],
  leaves: readonly LeafColumn[],
  hasBaseline: boolean,
  language: Language,
  t: Translate,
) {
  return column.columns([
    // An excluded zone has no rank and sorts after every ranked one.
    column.accessor((row) => row.board.rank ?? Number.POSITIVE_INFINITY, {
      id: 'rank',
      header: t('table.rank'),
      sortFn: 'basic',
      enableHiding: false,
    }),
    column.accessor((row) => localized(row.board.zone.name, language), {
      id: 'zone',
      header: t('table.zone'),
      sortFn: 'text',
      enableHiding: false,
    }),
    column.accessor((row) => row.board.total ?? -1, {
      id: 'total',
      header: t('table.total'),
      sortFn: 'basic',
      sortDescFirst: true,
      enableHiding: false,
    }),
    ...dimensions.map((dimension) =>
      column.accessor((row) => row.board.dimensionScores[dimension.nodeId] ?? -1, {
        id: dimensionColumnId(dimension.nodeId),
        header: localized(dimension.name, language),
        sortFn: 'basic',
        sortDescFirst: true,
      }),
    ),
    // Indicator scores come from the engine's explanation, built on first read: only a visible
    // (rendered or sorted) indicator column reads them.
    ...leaves.map((leaf) =>
      column.accessor((row) => leafScore(row.entity, leaf.nodeId) ?? -1, {
        id: leafColumnId(leaf.nodeId),
        header: localized(leaf.name, language),
        sortFn: 'basic',
        sortDescFirst: true,
      }),
    ),
    ...(hasBaseline
      ? [
          column.accessor((row) => rankChangeSortValue(row.change), {
            id: RANK_CHANGE_COLUMN,
            header: t('table.rankChange'),
            sortFn: 'basic',
            sortDescFirst: true,
            enableHiding: false,
          }),
        ]
      : []),
  ]);
}

export function leafScore(entity: EntityResult | undefined, nodeId: string): number | null {
  return entity?.nodes[nodeId]?.score ?? null;
}

/** Indicator columns start hidden; dimension columns start shown. Stored choices win. */
function visibilityWithDefaults(leaves: readonly LeafColumn[], stored: ColumnVisibilityState) {
  const defaults: ColumnVisibilityState = {};
  for (const leaf of leaves) defaults[leafColumnId(leaf.nodeId)] = false;
  return { ...defaults, ...stored };
}

export interface RankingTableProps {
  model: BoardModel;
  language: Language;
  t: Translate;
  /** Column id → shown, as stored; absent ids use the defaults (indicator columns hidden). */
  columnVisibility?: ColumnVisibilityState;
  /** Called with the complete new visibility; without it the table keeps the choice itself. */
  onColumnVisibilityChange?: (visibility: ColumnVisibilityState) => void;
  /** The baseline's ranks; the rank-change column shows only when one is chosen. */
  baseline?: BaselineRanks | null;
}

/**
 * The ranked table: rank, zone, total, one column per dimension, optional indicator columns and,
 * against a baseline, rank change; every header sorts. Beyond VIRTUALISE_ABOVE rows only the rows
 * in view are rendered.
 */
export function RankingTable({
  model,
  language,
  t,
  columnVisibility,
  onColumnVisibilityChange,
  baseline = null,
}: RankingTableProps) {
  const [sorting, setSorting] = useState<SortingState>(INITIAL_SORTING);
  const [ownVisibility, setOwnVisibility] = useState<ColumnVisibilityState>(NO_VISIBILITY);
  const leaves = useMemo(() => leafColumnsOf(model.scorecard.root), [model.scorecard.root]);
  const visibility = useMemo(
    () => visibilityWithDefaults(leaves, columnVisibility ?? ownVisibility),
    [leaves, columnVisibility, ownVisibility],
  );
  const setVisibility = (updater: Updater<ColumnVisibilityState>) => {
    const next = typeof updater === 'function' ? updater(visibility) : updater;
    if (onColumnVisibilityChange) onColumnVisibilityChange(next);
    else setOwnVisibility(next);
  };
  const dimensionKey = model.dimensions.map((dimension) => dimension.nodeId).join('|');
  const leafKey = leaves.map((leaf) => leaf.nodeId).join('|');
  const hasBaseline = baseline !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: columns change only when the column ids, baseline presence or language do, not on every weight move.
  const columns = useMemo(
    () => buildColumns(model.dimensions, leaves, hasBaseline, language, t),
    [dimensionKey, leafKey, hasBaseline, language, t],
  );
  const data = useMemo(() => tableRowsOf(model, baseline), [model, baseline]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.board.zone.id,
    state: { sorting, columnVisibility: visibility },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setVisibility,
  });
  const rows = table.getRowModel().rows;
  const isVirtual = rows.length > VIRTUALISE_ABOVE;
  const { scrollRef, onScroll, window: inView } = useVirtualRows(rows.length, isVirtual);
  const shown = isVirtual ? rows.slice(inView.start, inView.end) : rows;
  const firstIndex = isVirtual ? inView.start : 0;
  const visibleIds = table.getVisibleLeafColumns().map((leafColumn) => leafColumn.id);
  const choice = (id: string, name: string) => ({ id, label: name, isVisible: visibility[id] !== false });

  return (
    <>
      <ColumnsMenu
        dimensions={model.dimensions.map((dimension) =>
          choice(dimensionColumnId(dimension.nodeId), localized(dimension.name, language)),
        )}
        indicators={leaves.map((leaf) => choice(leafColumnId(leaf.nodeId), localized(leaf.name, language)))}
        onToggle={(id, isVisible) => table.getColumn(id)?.toggleVisibility(isVisible)}
        t={t}
      />
      <TableFrame
        isVirtual={isVirtual}
        scrollRef={scrollRef}
        onScroll={onScroll}
        label={t('table.scrollLabel')}
      >
        <table className="ranking-table" aria-rowcount={rows.length + 1}>
          <caption>{t('table.caption')}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const direction = header.column.getIsSorted();
                  const next = header.column.getNextSortingOrder();
                  const name = String(header.column.columnDef.header);
                  const actionKey: MessageKey =
                    next === 'asc'
                      ? 'table.sortAscending'
                      : next === 'desc'
                        ? 'table.sortDescending'
                        : 'table.sortClear';
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'
                      }
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                        aria-label={t(actionKey, { column: name })}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="sort-indicator">
                          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {isVirtual && inView.paddingTop > 0 && (
              <SpacerRow height={inView.paddingTop} columns={visibleIds.length} />
            )}
            {shown.map((row, index) => (
              <RankingRow
                key={row.id}
                row={row.original}
                rowIndex={firstIndex + index + 2}
                columnIds={visibleIds}
                model={model}
                language={language}
                t={t}
              />
            ))}
            {isVirtual && inView.paddingBottom > 0 && (
              <SpacerRow height={inView.paddingBottom} columns={visibleIds.length} />
            )}
          </tbody>
        </table>
      </TableFrame>
    </>
  );
}

function tableRowsOf(model: BoardModel, baseline: BaselineRanks | null): TableRow[] {
  const entities = new Map(model.ranking.entities.map((entity) => [entity.zoneId, entity]));
  return model.rows.map((board: BoardRow) => ({
    board,
    entity: entities.get(board.zone.id),
    change: (baseline === null
      ? { kind: 'none' }
      : rankChangeOf(board.rank, baseline.get(board.zone.id))) satisfies RankChange,
  }));
}

/** Windowed tables scroll inside a focusable, labelled region (keyboard users can scroll it); small ones do not. */
function TableFrame({
  isVirtual,
  scrollRef,
  onScroll,
  label,
  children,
}: {
  isVirtual: boolean;
  scrollRef: RefObject<HTMLElement | null>;
  onScroll: (event: UIEvent<HTMLElement>) => void;
  label: string;
  children: ReactNode;
}) {
  if (!isVirtual) return <div className="table-scroll">{children}</div>;
  return (
    <section
      ref={scrollRef}
      className="table-scroll is-virtual"
      onScroll={onScroll}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard.
      tabIndex={0}
      aria-label={label}
    >
      {children}
    </section>
  );
}

/** Stands in for the rows above or below the window; hidden from assistive technology. */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="spacer-row">
      <td colSpan={columns} aria-hidden="true" style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
