import { type FormEvent, useId, useState } from 'react';
import type { Translate } from '../../i18n/useT';

/** A saved snapshot as the controls list it. */
export interface SnapshotOption {
  id: number;
  note: string;
  createdAt: string;
}

export interface PeriodOption {
  id: string;
  label: string;
}

/** The select's value: `none`, `snapshot:<id>` or `period:<id>`. */
export type BaselineValue = 'none' | `snapshot:${number}` | `period:${string}`;

export interface SnapshotControlsProps {
  snapshots: readonly SnapshotOption[];
  /** Earlier periods with data; the "other period" options appear only when there is one. */
  periods: readonly PeriodOption[];
  baseline: BaselineValue;
  onBaselineChange: (baseline: BaselineValue) => void;
  onSave: (note: string) => Promise<void>;
  /** Deletes a snapshot; resolves to its undo, or undefined when nothing was deleted. */
  onDelete: (id: number) => Promise<(() => Promise<void>) | undefined>;
  t: Translate;
}

function isBaselineValue(value: string): value is BaselineValue {
  return value === 'none' || /^snapshot:\d+$/.test(value) || value.startsWith('period:');
}

/** "保存快照" with a note, and the baseline the rank-change column compares against. */
export function SnapshotControls({
  snapshots,
  periods,
  baseline,
  onBaselineChange,
  onSave,
  onDelete,
  t,
}: SnapshotControlsProps) {
  const [isSaving, setIsSaving] = useState(false);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<{ message: string; undo?: () => Promise<void> } | null>(null);
  const selectId = useId();
  const noteId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onSave(note);
    setNote('');
    setIsSaving(false);
    setStatus({ message: t('snapshot.saved') });
  };
  const remove = async () => {
    if (!baseline.startsWith('snapshot:')) return;
    const undo = await onDelete(Number(baseline.slice('snapshot:'.length)));
    onBaselineChange('none');
    if (undo) setStatus({ message: t('snapshot.deleted'), undo });
  };
  return (
    <div className="snapshot-controls">
      <label htmlFor={selectId}>{t('baseline.label')}</label>
      <select
        id={selectId}
        value={baseline}
        onChange={(event) => {
          const { value } = event.currentTarget;
          if (isBaselineValue(value)) onBaselineChange(value);
        }}
      >
        <option value="none">{t('baseline.none')}</option>
        {snapshots.map((snapshot) => (
          <option key={snapshot.id} value={`snapshot:${snapshot.id}`}>
            {t('baseline.snapshot', {
              note: snapshot.note || t('snapshot.untitled'),
              time: snapshot.createdAt.slice(0, 16).replace('T', ' '),
            })}
          </option>
        ))}
        {periods.map((period) => (
          <option key={period.id} value={`period:${period.id}`}>
            {t('baseline.period', { period: period.label })}
          </option>
        ))}
      </select>
      {baseline.startsWith('snapshot:') && (
        <button type="button" onClick={() => void remove()}>
          {t('snapshot.delete')}
        </button>
      )}
      {isSaving ? (
        <form className="snapshot-form" onSubmit={(event) => void submit(event)}>
          <label htmlFor={noteId}>{t('snapshot.note')}</label>
          <input id={noteId} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          <button type="submit">{t('snapshot.confirm')}</button>
          <button type="button" onClick={() => setIsSaving(false)}>
            {t('snapshot.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setIsSaving(true)}>
          {t('snapshot.save')}
        </button>
      )}
      {status && (
        <p role="status" className="snapshot-status">
          {status.message}
          {status.undo && (
            <button
              type="button"
              onClick={() => {
                const undo = status.undo;
                setStatus(null);
                void undo?.();
              }}
            >
              {t('snapshot.undoDelete')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
