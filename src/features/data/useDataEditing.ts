import { useCallback, useEffect, useState } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import { applyRowChanges } from '../../db/dataEdits';
import { describeStorageError, type ErrorDescription } from '../../db/storageErrors';
import { type DataEdit, useDataEditHistoryStore } from '../../store/dataEditHistoryStore';

/** The last outcome, announced in the screen's live region (and as an alert when it failed). */
export type EditStatus =
  | { kind: 'saved' | 'undone' | 'redone'; edit: DataEdit }
  | { kind: 'failed'; error: ErrorDescription };

/**
 * Writes data edits and keeps their undo/redo history. `commit` resolves to an error description
 * (for the cell that caused it) or null; nothing is recorded unless the write succeeded.
 */
export function useDataEditing() {
  const db = useDatabase();
  const past = useDataEditHistoryStore((state) => state.past);
  const future = useDataEditHistoryStore((state) => state.future);
  const [status, setStatus] = useState<EditStatus | null>(null);

  const commit = useCallback(
    async (edit: DataEdit): Promise<ErrorDescription | null> => {
      if (edit.changes.length === 0) return null;
      try {
        await applyRowChanges(db, edit.changes, 'do');
        useDataEditHistoryStore.getState().record(edit);
        setStatus({ kind: 'saved', edit });
        return null;
      } catch (error) {
        const description = describeStorageError(error);
        setStatus({ kind: 'failed', error: description });
        return description;
      }
    },
    [db],
  );

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const history = useDataEditHistoryStore.getState();
      const edit = direction === 'undo' ? history.past.at(-1) : history.future[0];
      if (!edit) return;
      try {
        await applyRowChanges(db, edit.changes, direction === 'undo' ? 'undo' : 'do');
        if (direction === 'undo') history.markUndone();
        else history.markRedone();
        setStatus({ kind: direction === 'undo' ? 'undone' : 'redone', edit });
      } catch (error) {
        setStatus({ kind: 'failed', error: describeStorageError(error) });
      }
    },
    [db],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);
  useHistoryShortcuts(undo, redo);

  return { commit, undo, redo, past, future, status };
}

/** Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y on the Data screen, except while typing in a field (its own undo). */
function useHistoryShortcuts(undo: () => void, redo: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
