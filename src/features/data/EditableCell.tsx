import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ErrorDescription } from '../../db/storageErrors';
import { useT } from '../../i18n/useT';

interface EditableCellProps {
  rowId: string;
  columnLabel: string;
  value: string;
  isNumeric?: boolean;
  suggestions?: string[];
  /** Saves the text; resolves to the reason it was refused, or null once written. */
  onSave: (text: string) => Promise<ErrorDescription | null>;
}

/**
 * A cell shown as a button; activating it opens an input. Enter saves, Esc cancels, and a refused
 * value keeps the input open with the reason right below it.
 */
export function EditableCell({
  rowId,
  columnLabel,
  value,
  isNumeric,
  suggestions,
  onSave,
}: EditableCellProps) {
  const { t } = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<ErrorDescription | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const errorId = useId();
  const listId = useId();
  const isEditing = draft !== null;

  useEffect(() => {
    if (isEditing) inputRef.current?.focus();
    else if (wasEditing.current) buttonRef.current?.focus();
    wasEditing.current = isEditing;
  }, [isEditing]);

  const close = () => {
    setDraft(null);
    setError(null);
  };
  const save = async () => {
    if (draft === null) return;
    const problem = await onSave(draft);
    if (problem) setError(problem);
    else close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  if (!isEditing) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className={`cell-button${isNumeric ? ' cell-numeric' : ''}`}
        aria-label={t('dataScreen.editCell', { id: rowId, column: columnLabel, value })}
        onClick={() => setDraft(value)}
      >
        {value === '' ? '—' : value}
      </button>
    );
  }
  return (
    <span className="cell-editor">
      <input
        ref={inputRef}
        value={draft}
        inputMode={isNumeric ? 'decimal' : undefined}
        list={suggestions && suggestions.length > 0 ? listId : undefined}
        aria-label={t('dataScreen.cellInput', { id: rowId, column: columnLabel })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        title={t('dataScreen.editHint')}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      {suggestions && suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      {error && (
        <span id={errorId} role="alert" className="cell-error">
          {t(error.key, error.params)}
        </span>
      )}
    </span>
  );
}
