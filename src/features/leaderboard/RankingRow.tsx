import { formatScore, localized } from '../../i18n/format';
import type { Language, MessageKey } from '../../i18n/messages';
import type { BoardModel, BoardRow } from '../../lib/boardModel';
import type { EntityResult } from '../../scoring/types';
import { type RankChange, rankChangeMark } from './rankChange';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** What one table row carries: the board row, the engine's result (for indicator scores) and the rank change. */
export interface TableRow {
  board: BoardRow;
  entity: EntityResult | undefined;
  change: RankChange;
}

export interface RankingRowProps {
  row: TableRow;
  /** 1-based position among all rows, the header row being 1 (aria-rowindex). */
  rowIndex: number;
  /** The visible columns' ids, in order. */
  columnIds: readonly string[];
  model: BoardModel;
  language: Language;
  t: Translate;
}

export function RankingRow({ row, rowIndex, columnIds, model, language, t }: RankingRowProps) {
  const { board } = row;
  const rowClass = board.isVetoed ? 'is-vetoed' : board.hasSufficientData ? undefined : 'is-insufficient';
  return (
    <tr data-zone-id={board.zone.id} className={rowClass} aria-rowindex={rowIndex}>
      {columnIds.map((id) => (
        <RankingCell key={id} id={id} row={row} model={model} language={language} t={t} />
      ))}
    </tr>
  );
}

function RankingCell({
  id,
  row,
  model,
  language,
  t,
}: {
  id: string;
  row: TableRow;
  model: BoardModel;
  language: Language;
  t: Translate;
}) {
  const { board } = row;
  if (id === 'rank') {
    return (
      <td className="rank-cell">
        {board.rank ?? '—'}
        {board.isTied && <span className="badge">{t('table.tied')}</span>}
        {board.isExcluded && <span className="badge badge-warn">{t('table.excluded')}</span>}
      </td>
    );
  }
  if (id === 'zone') return <ZoneCell board={board} language={language} t={t} />;
  if (id === 'total') {
    return <td className="score-cell total-cell">{formatScore(board.total, language, model.totalDigits)}</td>;
  }
  if (id === 'rankChange') return <RankChangeCell change={row.change} t={t} />;
  const score = id.startsWith('dim:')
    ? (board.dimensionScores[id.slice(4)] ?? null)
    : (row.entity?.nodes[id.slice(5)]?.score ?? null);
  return (
    <td className="score-cell" title={score === null ? t('table.missing') : undefined}>
      {formatScore(score, language)}
    </td>
  );
}

function ZoneCell({ board, language, t }: { board: BoardRow; language: Language; t: Translate }) {
  const vetoReasons = board.vetoReasons
    .map((reason) => localized(reason, language))
    .join(language === 'en' ? '; ' : '；');
  return (
    <th scope="row" className="zone-cell">
      <span className="zone-swatch" style={{ background: board.zone.color }} aria-hidden="true" />
      <a href={`#/zone/${encodeURIComponent(board.zone.id)}`}>{localized(board.zone.name, language)}</a>
      {board.isVetoed && (
        <span className="badge badge-warn">{t('table.vetoed', { reason: vetoReasons })}</span>
      )}
      {!board.hasSufficientData && <span className="badge badge-warn">{t('table.insufficient')}</span>}
      {board.usesSampleData && (
        <span className="badge badge-sample" title={t('table.sampleTitle')}>
          {t('table.sample')}
        </span>
      )}
    </th>
  );
}

const CHANGE_TEXT: Record<RankChange['kind'], MessageKey> = {
  up: 'table.rankUp',
  down: 'table.rankDown',
  same: 'table.rankSame',
  new: 'table.rankNew',
  none: 'table.rankNone',
};

function RankChangeCell({ change, t }: { change: RankChange; t: Translate }) {
  const by = change.kind === 'up' || change.kind === 'down' ? change.by : 0;
  const mark = change.kind === 'new' ? t('table.rankNewMark') : rankChangeMark(change);
  return (
    <td
      className={`rank-change rank-change-${change.kind}`}
      data-rank-change={change.kind === 'down' ? -by : by}
    >
      <span aria-hidden="true">{mark}</span>
      <span className="visually-hidden">{t(CHANGE_TEXT[change.kind], { n: by })}</span>
    </td>
  );
}
