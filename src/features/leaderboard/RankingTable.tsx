import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  type SortingState,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { formatScore, localized } from '../../i18n/format';
import type { Language, MessageKey } from '../../i18n/messages';
import type { BoardModel, BoardRow, DimensionColumn } from '../../lib/boardModel';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});
const column = createColumnHelper<typeof features, BoardRow>();
const INITIAL_SORTING: SortingState = [{ id: 'rank', desc: false }];

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

function buildColumns(dimensions: DimensionColumn[], language: Language, t: Translate) {
  return column.columns([
    // An excluded zone has no rank and sorts after every ranked one.
    column.accessor((row) => row.rank ?? Number.POSITIVE_INFINITY, {
      id: 'rank',
      header: t('table.rank'),
      sortFn: 'basic',
    }),
    column.accessor((row) => localized(row.zone.name, language), {
      id: 'zone',
      header: t('table.zone'),
      sortFn: 'text',
    }),
    column.accessor((row) => row.total ?? -1, {
      id: 'total',
      header: t('table.total'),
      sortFn: 'basic',
      sortDescFirst: true,
    }),
    ...dimensions.map((dimension) =>
      column.accessor((row) => row.dimensionScores[dimension.nodeId] ?? -1, {
        id: `dim:${dimension.nodeId}`,
        header: localized(dimension.name, language),
        sortFn: 'basic',
        sortDescFirst: true,
      }),
    ),
  ]);
}

export interface RankingTableProps {
  model: BoardModel;
  language: Language;
  t: Translate;
}

/** The ranked table: rank, zone, total and one column per dimension; every header sorts. */
export function RankingTable({ model, language, t }: RankingTableProps) {
  const [sorting, setSorting] = useState<SortingState>(INITIAL_SORTING);
  const dimensionKey = model.dimensions.map((dimension) => dimension.nodeId).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: columns change only when the dimension ids or language do, not on every weight move.
  const columns = useMemo(() => buildColumns(model.dimensions, language, t), [dimensionKey, language, t]);
  const table = useTable({
    features,
    columns,
    data: model.rows,
    getRowId: (row) => row.zone.id,
    state: { sorting },
    onSortingChange: setSorting,
  });

  return (
    <table className="ranking-table">
      <caption>{t('table.caption')}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
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
                  aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
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
        {table.getRowModel().rows.map((row) => (
          <RankingRow key={row.id} row={row.original} model={model} language={language} t={t} />
        ))}
      </tbody>
    </table>
  );
}

function RankingRow({
  row,
  model,
  language,
  t,
}: {
  row: BoardRow;
  model: BoardModel;
  language: Language;
  t: Translate;
}) {
  const rowClass = row.isVetoed ? 'is-vetoed' : row.hasSufficientData ? undefined : 'is-insufficient';
  const vetoReasons = row.vetoReasons
    .map((reason) => localized(reason, language))
    .join(language === 'en' ? '; ' : '；');
  return (
    <tr data-zone-id={row.zone.id} className={rowClass}>
      <td className="rank-cell">
        {row.rank ?? '—'}
        {row.isTied && <span className="badge">{t('table.tied')}</span>}
        {row.isExcluded && <span className="badge badge-warn">{t('table.excluded')}</span>}
      </td>
      <th scope="row" className="zone-cell">
        <span className="zone-swatch" style={{ background: row.zone.color }} aria-hidden="true" />
        <a href={`#/zone/${encodeURIComponent(row.zone.id)}`}>{localized(row.zone.name, language)}</a>
        {row.isVetoed && (
          <span className="badge badge-warn">{t('table.vetoed', { reason: vetoReasons })}</span>
        )}
        {!row.hasSufficientData && <span className="badge badge-warn">{t('table.insufficient')}</span>}
      </th>
      <td className="score-cell total-cell">{formatScore(row.total, language, model.totalDigits)}</td>
      {model.dimensions.map((dimension) => {
        const score = row.dimensionScores[dimension.nodeId] ?? null;
        return (
          <td
            key={dimension.nodeId}
            className="score-cell"
            title={score === null ? t('table.missing') : undefined}
          >
            {formatScore(score, language)}
          </td>
        );
      })}
    </tr>
  );
}
