import { useCallback, useRef, useState } from 'react';

/** Which cell of the jury grid: a judge's score of a zone on a jury indicator. */
export interface JuryCellRef {
  judgeId: string;
  zoneId: string;
  indicatorId: string;
}

/** One score edit: what the cell held before and after, so it can be undone and redone. */
export interface JuryEdit {
  cell: JuryCellRef;
  before: number | null;
  after: number | null;
}

export interface JuryHistory {
  canUndo: boolean;
  canRedo: boolean;
  record: (edit: JuryEdit) => void;
  /** Takes the edit to undo (the caller writes `before` back), or null. */
  takeUndo: () => JuryEdit | null;
  /** Takes the edit to redo (the caller writes `after` again), or null. */
  takeRedo: () => JuryEdit | null;
}

const LIMIT = 200;

/**
 * The grid's undo/redo stacks of score edits (a new edit clears the redo stack, as editors do).
 * Kept in a ref so two quick Ctrl+Z presses before a re-render take two different edits.
 */
export function useJuryHistory(): JuryHistory {
  const stacks = useRef<{ undo: JuryEdit[]; redo: JuryEdit[] }>({ undo: [], redo: [] });
  const [, setVersion] = useState(0);
  const update = useCallback((next: { undo: JuryEdit[]; redo: JuryEdit[] }) => {
    stacks.current = next;
    setVersion((version) => version + 1);
  }, []);
  const record = useCallback(
    (edit: JuryEdit) => {
      if (edit.before === edit.after) return;
      update({ undo: [...stacks.current.undo, edit].slice(-LIMIT), redo: [] });
    },
    [update],
  );
  const takeUndo = useCallback(() => {
    const { undo, redo } = stacks.current;
    const edit = undo.at(-1) ?? null;
    if (edit) update({ undo: undo.slice(0, -1), redo: [...redo, edit] });
    return edit;
  }, [update]);
  const takeRedo = useCallback(() => {
    const { undo, redo } = stacks.current;
    const edit = redo.at(-1) ?? null;
    if (edit) update({ undo: [...undo, edit], redo: redo.slice(0, -1) });
    return edit;
  }, [update]);
  return {
    canUndo: stacks.current.undo.length > 0,
    canRedo: stacks.current.redo.length > 0,
    record,
    takeUndo,
    takeRedo,
  };
}
