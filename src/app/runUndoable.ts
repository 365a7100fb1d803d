import { describeStorageError } from '../db/storageErrors';
import type { MessageKey } from '../i18n/messages';
import { useToastStore } from '../store/toastStore';
import { useWeightDraftStore } from '../store/weightDraftStore';

/**
 * Runs a destructive action that returns the id of the backup it took, then offers "undo" in a
 * toast; a failure is shown, never swallowed. Unsaved weight drafts are dropped because the
 * weights they were drawn on may no longer exist.
 */
export async function runUndoable(
  action: () => Promise<number | null>,
  success: MessageKey,
  params?: Record<string, string | number>,
): Promise<void> {
  const { show } = useToastStore.getState();
  try {
    const backupId = await action();
    useWeightDraftStore.setState({ drafts: {} });
    show({ message: success, params, tone: 'info', undoBackupId: backupId ?? undefined });
  } catch (error) {
    // Quota, private mode or a database upgraded in another tab are said in plain words.
    const { key, params: errorParams } = describeStorageError(error);
    show({ message: key, params: errorParams, tone: 'error' });
  }
}
