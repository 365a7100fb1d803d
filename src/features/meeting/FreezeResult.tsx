import { type FormEvent, useId, useState } from 'react';
import type { Translate } from '../../i18n/useT';

export interface FreezeResultProps {
  /** Saves the ranking in force as a snapshot with this note. */
  onFreeze: (note: string) => Promise<void>;
  /** The newest frozen result of this scorecard, if any. */
  latest: { note: string; createdAt: string } | null;
  canWrite: boolean;
  t: Translate;
}

/** "Freeze this result": a snapshot with time and note, the baseline for rank changes next time. */
export function FreezeResult({ onFreeze, latest, canWrite, t }: FreezeResultProps) {
  const noteId = useId();
  const [note, setNote] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    try {
      await onFreeze(note);
      setNote('');
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <section className="panel meeting-panel" aria-labelledby="freeze-heading">
      <h2 id="freeze-heading">{t('meeting.freeze')}</h2>
      <form className="meeting-freeze" onSubmit={(event) => void submit(event)}>
        <label htmlFor={noteId}>{t('meeting.freezeNote')}</label>
        <input
          id={noteId}
          value={note}
          disabled={!canWrite}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <button type="submit" disabled={!canWrite || isSaving}>
          {t('meeting.freezeButton')}
        </button>
      </form>
      <p className="hint" role="status">
        {latest
          ? t('meeting.frozenAt', {
              time: new Date(latest.createdAt).toLocaleString(),
              note: latest.note || t('snapshot.untitled'),
            })
          : t('meeting.neverFrozen')}
      </p>
    </section>
  );
}
