import { useEffect, useId, useRef } from 'react';
import { formatNumber, formatScore, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Zone } from '../../scoring/model';
import { isShortOfScores, type JuryColumn, type JuryLeaf, type JuryRow } from './juryGrid';
import type { JuryGridState } from './useJuryGrid';

interface Props {
  grid: JuryGridState;
  leaf: JuryLeaf;
  rows: readonly JuryRow[];
  columns: readonly JuryColumn[];
  zones: readonly Zone[];
  language: Language;
  t: Translate;
}

/**
 * A table with an input in every score cell: native row and column headers for assistive
 * technology, one tab stop (roving tabindex on the active cell's input), every input named
 * "judge · zone · indicator" and described by whether a trimmed mean left its score out.
 * Inputs are read-only until the operator starts typing, so arrows move between cells.
 */
export function JuryGridTable({ grid, leaf, rows, columns, zones, language, t }: Props) {
  const table = useRef<HTMLTableElement>(null);
  const { active, editing, focusRequest } = grid;
  // Keyboard moves bring DOM focus along; a live update from another window does not steal it.
  useEffect(() => {
    if (focusRequest === 0) return;
    table.current?.querySelector<HTMLElement>(`[data-cell="${active.row}:${active.column}"]`)?.focus();
  }, [focusRequest, active.row, active.column]);
  const indicatorName = localized(leaf.name, language);
  return (
    <table className="jury-grid" ref={table} aria-label={t('jury.gridLabel', { indicator: indicatorName })}>
      <thead>
        <tr>
          <th scope="col">{t('jury.zone')}</th>
          {columns.map((column) => (
            <th scope="col" key={column.judgeId} className={column.isEditable ? undefined : 'is-readonly'}>
              {localized(column.name, language)}
              {column.isSample && <span className="jury-badge">{t('jury.sampleJudge')}</span>}
            </th>
          ))}
          <th scope="col">{t('jury.combined')}</th>
          <th scope="col">{t('jury.progress')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => {
          const zone = zones[rowIndex];
          const zoneName = zone ? localized(zone.shortName, language) : row.zoneId;
          return (
            <tr key={row.zoneId} data-zone-id={row.zoneId}>
              <th scope="row">{zoneName}</th>
              {columns.map((column, columnIndex) => (
                <ScoreCell
                  key={column.judgeId}
                  grid={grid}
                  row={rowIndex}
                  column={columnIndex}
                  score={row.scores[columnIndex] ?? null}
                  dropped={row.dropped[columnIndex] ?? null}
                  label={t('jury.cellLabel', {
                    judge: localized(column.name, language),
                    zone: zoneName,
                    indicator: indicatorName,
                  })}
                  isReadOnly={!column.isEditable}
                  isEditing={editing !== null && active.row === rowIndex && active.column === columnIndex}
                  language={language}
                  t={t}
                />
              ))}
              <SummaryCells row={row} judges={columns.length} language={language} t={t} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface CellProps {
  grid: JuryGridState;
  row: number;
  column: number;
  score: number | null;
  dropped: 'lowest' | 'highest' | null;
  label: string;
  isReadOnly: boolean;
  isEditing: boolean;
  language: Language;
  t: Translate;
}

function ScoreCell({
  grid,
  row,
  column,
  score,
  dropped,
  label,
  isReadOnly,
  isEditing,
  language,
  t,
}: CellProps) {
  const noteId = useId();
  const messageId = useId();
  const isActive = grid.active.row === row && grid.active.column === column;
  const message = grid.message?.key === grid.messageKeyOf({ row, column }) ? grid.message.text : null;
  const droppedText =
    dropped === 'highest' ? t('jury.droppedHighest') : dropped === 'lowest' ? t('jury.droppedLowest') : null;
  const classes = [
    'jury-cell',
    isActive && 'is-active',
    dropped && 'is-dropped',
    isReadOnly && 'is-readonly',
    message && 'has-message',
  ];
  const describedBy = [droppedText && noteId, message && messageId].filter(Boolean).join(' ');
  return (
    <td className={classes.filter(Boolean).join(' ')} title={droppedText ?? undefined}>
      <input
        type="text"
        data-cell={`${row}:${column}`}
        tabIndex={isActive ? 0 : -1}
        readOnly={!isEditing}
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        aria-invalid={message && isEditing ? true : undefined}
        aria-describedby={describedBy || undefined}
        value={isEditing ? (grid.editing?.text ?? '') : score === null ? '' : formatNumber(score, language)}
        onChange={(event) => grid.setEditingText(event.target.value)}
        onKeyDown={isEditing ? grid.onEditorKeyDown : grid.onCellKeyDown}
        onBlur={isEditing ? grid.onEditorBlur : undefined}
        onMouseDown={() => grid.select({ row, column })}
        onDoubleClick={() => grid.editAt({ row, column })}
      />
      {droppedText && (
        <span className="visually-hidden" id={noteId}>
          {droppedText}
        </span>
      )}
      {message && (
        <span className="jury-cell-message" id={messageId} role="alert">
          {message}
        </span>
      )}
    </td>
  );
}

interface SummaryProps {
  row: JuryRow;
  judges: number;
  language: Language;
  t: Translate;
}

function SummaryCells({ row, judges, language, t }: SummaryProps) {
  const isShort = isShortOfScores(row);
  const shortText = t('jury.short', { needed: row.needed });
  return (
    <>
      <td className="jury-combined">
        <span className="jury-combined-value">{formatScore(row.combined, language, 2)}</span>
        {row.hasSampleScores && <span className="jury-badge">{t('jury.sampleRow')}</span>}
      </td>
      <td className={isShort ? 'jury-progress is-short' : 'jury-progress'}>
        {t('jury.count', { count: row.count, judges })}
        {isShort && <span className="jury-short">{shortText}</span>}
      </td>
    </>
  );
}
