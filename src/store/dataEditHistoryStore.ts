import { create } from 'zustand';
import type { RowChange } from '../db/dataEdits';
import type { MessageKey } from '../i18n/messages';

/** One user action on the Data screen (a cell, an added row, a delete with its dependents). */
export interface DataEdit {
  label: MessageKey;
  params?: Record<string, string | number>;
  changes: RowChange[];
}

/** Undo steps kept in this session; older ones are dropped. */
export const DATA_HISTORY_LIMIT = 200;

interface DataEditHistoryState {
  past: DataEdit[];
  future: DataEdit[];
  /** Records an edit that was written; a new edit clears the redo side. */
  record: (edit: DataEdit) => void;
  /** Moves the last edit to the redo side once its inverse was written. */
  markUndone: () => void;
  markRedone: () => void;
  clear: () => void;
}

export const useDataEditHistoryStore = create<DataEditHistoryState>()((set) => ({
  past: [],
  future: [],
  record: (edit) => set((state) => ({ past: [...state.past, edit].slice(-DATA_HISTORY_LIMIT), future: [] })),
  markUndone: () =>
    set((state) => {
      const last = state.past.at(-1);
      return last ? { past: state.past.slice(0, -1), future: [last, ...state.future] } : state;
    }),
  markRedone: () =>
    set((state) => {
      const next = state.future[0];
      return next ? { past: [...state.past, next], future: state.future.slice(1) } : state;
    }),
  clear: () => set({ past: [], future: [] }),
}));
