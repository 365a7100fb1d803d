import { create } from 'zustand';
import type { MessageKey } from '../i18n/messages';

export interface Toast {
  id: number;
  message: MessageKey;
  params?: Record<string, string | number>;
  /** Backup to restore when the user presses "undo". */
  undoBackupId?: number;
  tone: 'info' | 'error';
}

interface ToastState {
  toast: Toast | null;
  show: (toast: Omit<Toast, 'id'>) => void;
  dismiss: () => void;
}

let nextId = 1;

/** One toast at a time: the latest action's outcome, with an undo when it was destructive. */
export const useToastStore = create<ToastState>()((set) => ({
  toast: null,
  show: (toast) => set({ toast: { ...toast, id: nextId++ } }),
  dismiss: () => set({ toast: null }),
}));
