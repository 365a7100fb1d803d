import { type ChangeEvent, useRef, useState } from 'react';
import { bakeWeights, SCORECARD_FILE_MAX_BYTES, serialiseScorecardFile } from '../../formats/scorecardExport';
import type { ScorecardFileIssue } from '../../formats/scorecardFile';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Scorecard } from '../../scoring/model';

export interface ScorecardFileActionsProps {
  /** The scorecard on screen. */
  scorecard: Scorecard;
  /** Weight overrides in force (node id → raw weight: the draft, else the saved set); exported as the node weights. */
  weights: Readonly<Record<string, number>>;
  language: Language;
  t: Translate;
  /** Receives a fully validated scorecard; the app saves it (`saveScorecard`) and shows it. */
  onImport: (scorecard: Scorecard) => void | Promise<void>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'exported'; file: string }
  | { kind: 'imported'; name: string }
  | { kind: 'invalid'; file: string; issues: ScorecardFileIssue[] }
  | { kind: 'failed'; message: string };

/**
 * Export the scorecard as a JSON file (DESIGN §5) with the weights in force written in and the
 * revision incremented; import one, listing every problem with its JSON path before anything is used.
 */
export function ScorecardFileActions({
  scorecard,
  weights,
  language,
  t,
  onImport,
}: ScorecardFileActionsProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const exported = bakeWeights(scorecard, weights);
    const file = scorecardFileName(exported);
    downloadText(serialiseScorecardFile(exported), file, 'application/json');
    setStatus({ kind: 'exported', file });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again after fixing it fires a change.
    input.value = '';
    if (!file) return;
    try {
      // The parser (and zod) load on first import, keeping them out of the leaderboard's bundle.
      const { parseScorecardFile, rejectOversizedScorecardFile } = await import(
        '../../formats/scorecardFile'
      );
      const parsed =
        file.size > SCORECARD_FILE_MAX_BYTES
          ? rejectOversizedScorecardFile(file.name, file.size)
          : parseScorecardFile(await file.text(), file.name);
      if (!parsed.ok) {
        setStatus({ kind: 'invalid', file: file.name, issues: parsed.issues });
        return;
      }
      await onImport(parsed.value);
      setStatus({ kind: 'imported', name: localized(parsed.value.name, language) });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <button type="button" onClick={exportFile}>
        {t('scorecardActions.export')}
      </button>
      <button type="button" onClick={() => inputRef.current?.click()}>
        {t('scorecardActions.import')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('scorecardActions.import')}
        onChange={importFile}
      />
      <p className="status-line" role="status">
        {status.kind === 'exported' && t('scorecardActions.exported', { file: status.file })}
        {status.kind === 'imported' && t('scorecardActions.imported', { name: status.name })}
      </p>
      {status.kind === 'invalid' && (
        <div className="import-issues" role="alert">
          <p>{t('scorecardActions.importFailed', { file: status.file })}</p>
          <ul>
            {status.issues.map((issue) => (
              // Path and message together are unique: one problem is reported once per place.
              <li key={`${issue.path} ${issue.message.en}`}>
                <code>{issue.line === undefined ? issue.path : `${issue.line}:${issue.column ?? 1}`}</code>{' '}
                {localized(issue.message, language)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.kind === 'failed' && (
        <p role="alert">{t('scorecardActions.failed', { message: status.message })}</p>
      )}
    </>
  );
}

/** `contest-2023-r2.scorecard.json`: the id and revision say exactly which rules the file holds. */
export function scorecardFileName(scorecard: Scorecard): string {
  const id = scorecard.id.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'scorecard';
  return `${id}-r${scorecard.revision}.scorecard.json`;
}

function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked on the next task: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
