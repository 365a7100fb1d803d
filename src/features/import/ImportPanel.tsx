import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES, oversizedPlan, planImport } from '../../formats/import/importFile';
import { type Catalogue, canCommit, type ImportPlan } from '../../formats/import/plan';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Period } from '../../scoring/model';
import { ImportPreview } from './ImportPreview';
import { ImportProblems } from './ImportProblems';
import { NewIndicatorChoices } from './NewIndicatorChoices';
import './ImportPanel.css';

export type ImportMode = 'merge' | 'replace';

export interface ImportPanelProps {
  /** The dataset as it is now: files are matched and compared against it. */
  catalogue: Catalogue;
  periods: readonly Period[];
  /** The period a wide sheet's values go to unless the user picks another (the active scorecard's). */
  defaultPeriodId: string;
  language: Language;
  t: Translate;
  /** Writes the plan (after a backup); rejects when nothing was written. */
  onCommit: (plan: ImportPlan, mode: ImportMode) => Promise<void>;
}

interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Import a data file: choose or drop it, see what was detected, every problem by file, row and
 * column, the unit conversions and what would change, then import in merge or replace mode.
 * Nothing is written until "导入"; the button stays disabled while any error remains.
 */
export function ImportPanel({
  catalogue,
  periods,
  defaultPeriodId,
  language,
  t,
  onCommit,
}: ImportPanelProps) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [periodId, setPeriodId] = useState(defaultPeriodId);
  const [newIndicators, setNewIndicators] = useState<Record<string, { unit: string }>>({});
  const [mode, setMode] = useState<ImportMode>('merge');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'done' | 'failed'; text: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = useId();

  useEffect(() => {
    if (file === null) return;
    let current = true;
    planImport(file.name, file.bytes, catalogue, { periodId, newIndicators }).then((next) => {
      if (current) setPlan(next);
    });
    return () => {
      current = false;
    };
  }, [file, catalogue, periodId, newIndicators]);

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setOutcome(null);
    setNewIndicators({});
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFile(null);
      setPlan(oversizedPlan(chosen.name, chosen.size));
      return;
    }
    setPlan(null);
    setFile({ name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) });
  };
  const reset = () => {
    setFile(null);
    setPlan(null);
    setNewIndicators({});
    if (inputRef.current) inputRef.current.value = '';
  };
  const commit = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      await onCommit(plan, mode);
      setOutcome({ tone: 'done', text: t('import.done', { file: plan.fileName }) });
      reset();
    } catch (error) {
      setOutcome({
        tone: 'failed',
        text: t('import.failed', { message: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };
  const onDrop = (event: DragEvent<HTMLButtonElement>) => {
    event.preventDefault();
    void choose(event.dataTransfer.files[0]);
  };
  const errorCount = plan?.issues.filter((issue) => issue.severity === 'error').length ?? 0;

  return (
    <section className="import-panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('import.title')}</h2>
      <p className="import-intro">{t('import.intro')}</p>
      <div className="import-choose">
        <label htmlFor={`${ids}-file`}>{t('import.choose')}</label>
        <input
          id={`${ids}-file`}
          ref={inputRef}
          type="file"
          accept=".csv,.tsv,.txt,.json,.xlsx,.xls,.ods,text/csv,application/json"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        <button
          type="button"
          className="import-drop"
          onClick={() => inputRef.current?.click()}
          onDragOver={(event) => event.preventDefault()}
          onDrop={onDrop}
        >
          {t('import.dropZone')}
        </button>
      </div>
      {file !== null && plan === null && <p role="status">{t('import.reading', { file: file.name })}</p>}
      {outcome && (
        <p
          role={outcome.tone === 'failed' ? 'alert' : 'status'}
          className={`import-outcome import-${outcome.tone}`}
        >
          {outcome.text}
        </p>
      )}
      {plan && (
        <>
          <ImportPreview plan={plan} catalogue={catalogue} language={language} t={t} />
          {plan.format === 'wide' && (
            <p>
              <label>
                {t('import.period')}{' '}
                <select value={periodId} onChange={(event) => setPeriodId(event.target.value)}>
                  {periods.map((period) => (
                    <option key={period.id} value={period.id}>
                      {localized(period.label, language)}
                    </option>
                  ))}
                </select>
              </label>
            </p>
          )}
          <NewIndicatorChoices
            offers={plan.newIndicators}
            chosen={newIndicators}
            onChange={setNewIndicators}
            t={t}
          />
          <ImportProblems issues={plan.issues} language={language} t={t} />
          <fieldset className="import-mode">
            <legend>{t('import.mode')}</legend>
            {(['merge', 'replace'] as const).map((choice) => (
              <label key={choice}>
                <input
                  type="radio"
                  name={`${ids}-mode`}
                  checked={mode === choice}
                  onChange={() => setMode(choice)}
                />{' '}
                <strong>{t(`import.mode.${choice}`)}</strong> — {t(`import.mode.${choice}Help`)}
              </label>
            ))}
            <p className="import-backup-note">{t('import.backupNote')}</p>
          </fieldset>
          {errorCount > 0 && <p className="import-blocked">{t('import.blocked', { count: errorCount })}</p>}
          <div className="import-actions">
            <button type="button" onClick={commit} disabled={busy || !canCommit(plan) || file === null}>
              {t('import.commit')}
            </button>
            <button type="button" onClick={reset} disabled={busy}>
              {t('import.cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
