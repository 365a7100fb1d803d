import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import type { DataEdit } from '../../store/dataEditHistoryStore';
import type { EditStatus } from './useDataEditing';

/** The edit's description; a `column` parameter holds a message key and is translated here. */
export function useEditLabel() {
  const { t } = useT();
  return (edit: DataEdit) => {
    const params = { ...edit.params };
    if (typeof params.column === 'string') params.column = t(params.column as MessageKey);
    return t(edit.label, params);
  };
}

export function EditHistoryBar({
  past,
  future,
  status,
  undo,
  redo,
}: {
  past: DataEdit[];
  future: DataEdit[];
  status: EditStatus | null;
  undo: () => void;
  redo: () => void;
}) {
  const { t } = useT();
  const label = useEditLabel();
  const last = past.at(-1);
  const next = future[0];
  return (
    <div className="edit-history">
      <button
        type="button"
        disabled={!last}
        onClick={undo}
        title={last ? t('dataScreen.undoLabel', { edit: label(last) }) : t('dataScreen.nothingToUndo')}
      >
        {t('dataScreen.undo')}
      </button>
      <button
        type="button"
        disabled={!next}
        onClick={redo}
        title={next ? t('dataScreen.redoLabel', { edit: label(next) }) : undefined}
      >
        {t('dataScreen.redo')}
      </button>
      <span role="status" className="edit-status">
        {status?.kind === 'saved' && t('dataScreen.saved', { edit: label(status.edit) })}
        {status?.kind === 'undone' && t('dataScreen.undone', { edit: label(status.edit) })}
        {status?.kind === 'redone' && t('dataScreen.redone', { edit: label(status.edit) })}
      </span>
      {status?.kind === 'failed' && (
        <span role="alert" className="cell-error">
          {t(status.error.key, status.error.params)}
        </span>
      )}
    </div>
  );
}
