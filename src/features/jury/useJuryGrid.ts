import { type KeyboardEvent, useRef, useState } from 'react';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import { historyShortcut } from '../../ui/historyShortcut';
import type { JuryColumn, JuryLeaf, JuryRow } from './juryGrid';
import type { JuryCellRef, JuryHistory } from './juryHistory';
import { parseScoreText, type ScoreTextIssue, startsScoreText } from './juryScoreText';

export interface GridPosition {
  row: number;
  column: number;
}

/** A cell being typed into. `replace`: started by typing, so arrows commit and move (as in a spreadsheet). */
export interface CellEditing {
  text: string;
  mode: 'replace' | 'edit';
}

/** A real score waiting for the operator's answer about the indicator's sample scores. */
export interface PendingSampleChoice {
  cell: JuryCellRef;
  score: number;
}

export interface JuryGridOptions {
  leaf: JuryLeaf;
  rows: readonly JuryRow[];
  columns: readonly JuryColumn[];
  /** Sample scores of this indicator still in the data. */
  sampleCount: number;
  history: JuryHistory;
  language: Language;
  t: Translate;
  /** Writes a score (null clears) and resolves with the score it replaced. */
  writeScore: (cell: JuryCellRef, score: number | null) => Promise<number | null>;
  /** Brings another indicator's grid up (undo of an edit made there). */
  showIndicator: (indicatorId: string) => void;
}

/**
 * The keyboard model of the jury grid (a spreadsheet's): one active cell with roving focus,
 * type-to-replace, Enter commits and moves down, Esc cancels, Delete clears, Ctrl+Z undoes.
 * An invalid entry is refused with a message at the cell and never written.
 */
export function useJuryGrid(options: JuryGridOptions) {
  const { leaf, rows, columns, history, language, t, writeScore } = options;
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  const [editing, setEditingState] = useState<CellEditing | null>(null);
  // Read synchronously: Enter commits, then the editor's blur must not commit the same text again.
  const editingRef = useRef<CellEditing | null>(null);
  const setEditing = (next: CellEditing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const [message, setMessage] = useState<{ key: string; text: string } | null>(null);
  const [pending, setPending] = useState<PendingSampleChoice | null>(null);
  const [keepsSamples, setKeepsSamples] = useState<ReadonlySet<string>>(new Set());
  // Bumped to move DOM focus to the active cell after a keyboard action (not on live data updates).
  const [focusRequest, setFocusRequest] = useState(0);

  const lastRow = Math.max(rows.length - 1, 0);
  const lastColumn = Math.max(columns.length - 1, 0);
  const at = {
    row: Math.min(active.row, lastRow),
    column: Math.min(active.column, lastColumn),
  };
  const cellAt = (position: GridPosition): JuryCellRef | null => {
    const zoneId = rows[position.row]?.zoneId;
    const judgeId = columns[position.column]?.judgeId;
    return zoneId && judgeId ? { zoneId, judgeId, indicatorId: leaf.indicatorId } : null;
  };
  const keyOf = (position: GridPosition) => `${position.row}:${position.column}`;

  const moveTo = (position: GridPosition) => {
    setActive({
      row: Math.max(0, Math.min(position.row, lastRow)),
      column: Math.max(0, Math.min(position.column, lastColumn)),
    });
    setFocusRequest((request) => request + 1);
  };

  const issueText = (issue: ScoreTextIssue) =>
    issue.kind === 'not-a-number'
      ? t('jury.error.notNumber', { text: issue.text, min: leaf.scale.min, max: leaf.scale.max })
      : t('jury.error.range', { value: issue.value, min: issue.min, max: issue.max });

  const write = async (position: GridPosition, cell: JuryCellRef, score: number | null) => {
    try {
      const before = await writeScore(cell, score);
      history.record({ cell, before, after: score });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setMessage({ key: keyOf(position), text: t('jury.error.write', { message: reason }) });
    }
  };

  /** Writes a valid score, unless it is the indicator's first real score beside sample scores. */
  const commitScore = (position: GridPosition, score: number | null) => {
    const cell = cellAt(position);
    if (!cell) return;
    if (score !== null && options.sampleCount > 0 && !keepsSamples.has(leaf.indicatorId)) {
      setPending({ cell, score });
      return;
    }
    void write(position, cell, score);
  };

  const isEditable = (position: GridPosition) => columns[position.column]?.isEditable === true;

  const refuseReadOnly = (position: GridPosition) => {
    const column = columns[position.column];
    if (column) {
      setMessage({
        key: keyOf(position),
        text: t('jury.readOnly', { judge: localized(column.name, language) }),
      });
    }
  };

  const startEditing = (text: string, mode: CellEditing['mode']) => {
    if (!isEditable(at)) {
      refuseReadOnly(at);
      return;
    }
    setMessage(null);
    setEditing({ text, mode });
  };

  /** Ends editing if the text is valid (writing it); returns false and shows why if not. */
  const finishEditing = (): boolean => {
    const current = editingRef.current;
    if (!current) return true;
    const parsed = parseScoreText(current.text, leaf.scale);
    if (!parsed.ok) {
      setMessage({ key: keyOf(at), text: issueText(parsed.issue) });
      return false;
    }
    setEditing(null);
    setMessage(null);
    if (parsed.score !== (rows[at.row]?.scores[at.column] ?? null)) commitScore(at, parsed.score);
    return true;
  };

  const cancelEditing = () => {
    setEditing(null);
    setMessage(null);
    setFocusRequest((request) => request + 1);
  };

  const applyHistory = async (direction: 'undo' | 'redo') => {
    const edit = direction === 'undo' ? history.takeUndo() : history.takeRedo();
    if (!edit) return;
    try {
      await writeScore(edit.cell, direction === 'undo' ? edit.before : edit.after);
    } catch (error) {
      setMessage({ key: 'history', text: t('jury.error.write', { message: String(error) }) });
    }
    if (edit.cell.indicatorId !== leaf.indicatorId) options.showIndicator(edit.cell.indicatorId);
    const row = rows.findIndex((candidate) => candidate.zoneId === edit.cell.zoneId);
    const column = columns.findIndex((candidate) => candidate.judgeId === edit.cell.judgeId);
    if (row >= 0 && column >= 0) moveTo({ row, column });
  };

  const onCellKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const shortcut = historyShortcut(event);
    if (shortcut) {
      event.preventDefault();
      void applyHistory(shortcut);
      return;
    }
    if (event.altKey || event.metaKey || (event.ctrlKey && !['Home', 'End'].includes(event.key))) return;
    const handled = navigate(event.key, event.shiftKey, event.ctrlKey);
    if (handled) {
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      const score = rows[at.row]?.scores[at.column];
      startEditing(score === null || score === undefined ? '' : String(score), 'edit');
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (!isEditable(at)) refuseReadOnly(at);
      else if ((rows[at.row]?.scores[at.column] ?? null) !== null) commitScore(at, null);
    } else if (event.key === 'Escape') {
      setMessage(null);
    } else if (startsScoreText(event.key)) {
      event.preventDefault();
      startEditing(event.key, 'replace');
    }
  };

  /** Arrow, Tab, Home/End moves of the active cell; true when the key was one. */
  const navigate = (key: string, shift: boolean, ctrl: boolean): boolean => {
    const { row, column } = at;
    const moves: Record<string, GridPosition | null> = {
      ArrowUp: { row: row - 1, column },
      ArrowDown: { row: row + 1, column },
      ArrowLeft: { row, column: column - 1 },
      ArrowRight: { row, column: column + 1 },
      Home: ctrl ? { row: 0, column: 0 } : { row, column: 0 },
      End: ctrl ? { row: lastRow, column: lastColumn } : { row, column: lastColumn },
      // Tab moves inside the grid; at the row's edge it leaves the grid as usual (one tab stop).
      Tab: shift
        ? column > 0
          ? { row, column: column - 1 }
          : null
        : column < lastColumn
          ? { row, column: column + 1 }
          : null,
    };
    if (!(key in moves)) return false;
    const target = moves[key];
    if (!target) return false;
    setMessage(null);
    moveTo(target);
    return true;
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { row, column } = at;
    const after: Record<string, GridPosition> = {
      Enter: { row: event.shiftKey ? row - 1 : row + 1, column },
      Tab: { row, column: event.shiftKey ? column - 1 : column + 1 },
    };
    if (editingRef.current?.mode === 'replace') {
      after.ArrowUp = { row: row - 1, column };
      after.ArrowDown = { row: row + 1, column };
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      cancelEditing();
      return;
    }
    const target = after[event.key];
    if (!target) return;
    event.preventDefault();
    if (finishEditing()) moveTo(target);
  };

  /** Focus left the editor (a click elsewhere): a valid entry is kept, an invalid one is refused with its message. */
  const onEditorBlur = () => {
    if (editingRef.current && !finishEditing()) setEditing(null);
  };

  const resolvePending = async (choice: 'clear' | 'keep' | 'cancel', clearSamples: () => Promise<void>) => {
    const choosing = pending;
    setPending(null);
    setFocusRequest((request) => request + 1);
    if (!choosing || choice === 'cancel') return;
    const row = rows.findIndex((candidate) => candidate.zoneId === choosing.cell.zoneId);
    const column = columns.findIndex((candidate) => candidate.judgeId === choosing.cell.judgeId);
    if (choice === 'clear') {
      try {
        await clearSamples();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setMessage({ key: keyOf({ row, column }), text: t('jury.error.write', { message: reason }) });
        return;
      }
    } else setKeepsSamples((current) => new Set([...current, choosing.cell.indicatorId]));
    await write({ row, column }, choosing.cell, choosing.score);
  };

  return {
    active: at,
    editing,
    setEditingText: (text: string) => {
      if (editingRef.current) setEditing({ ...editingRef.current, text });
    },
    message,
    messageKeyOf: keyOf,
    pending,
    focusRequest,
    hasKeptSamples: keepsSamples.has(leaf.indicatorId),
    select: (position: GridPosition) => {
      const isElsewhere = position.row !== at.row || position.column !== at.column;
      if (editingRef.current && isElsewhere && !finishEditing()) return;
      setActive(position);
      setMessage(null);
    },
    editAt: (position: GridPosition) => {
      setActive(position);
      if (!isEditable(position)) {
        refuseReadOnly(position);
        return;
      }
      const score = rows[position.row]?.scores[position.column];
      setMessage(null);
      setEditing({ text: score === null || score === undefined ? '' : String(score), mode: 'edit' });
    },
    onCellKeyDown,
    onEditorKeyDown,
    onEditorBlur,
    undo: () => applyHistory('undo'),
    redo: () => applyHistory('redo'),
    resolvePending,
  };
}

export type JuryGridState = ReturnType<typeof useJuryGrid>;
