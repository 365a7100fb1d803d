import { useId, useRef, useState } from 'react';
import { exportFileName } from '../../formats/exportFileName';
import type { Language, MessageKey } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import { clipboardRefusal, copyPngToClipboard } from './clipboard';
import { ExportChoices, FULL_HD } from './ExportChoices';
import { chartSvgBlob, rankingCsvBlob, rankingXlsxBlob } from './exportFiles';
import { saveBlob } from './renderSlidePng';
import { type ExportTheme, useExportStage } from './useExportStage';
import './export.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string }
  | { kind: 'message'; key: MessageKey; reason?: string }
  | { kind: 'failed'; message: string };

export interface ExportMenuProps {
  model: BoardModel;
  language: Language;
  t: Translate;
}

/** The on-screen size: the slide at the browser window's width, 16:9. */
function screenSize() {
  const width = Math.max(320, Math.round(window.innerWidth));
  return { width, height: Math.round((width * 9) / 16) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * "导出…": one button opening a modal dialog (keyboard: Tab between choices, Esc closes, focus
 * returns to the button) with every export of the leaderboard — PNG at screen size, 1920×1080 and
 * 3840×2160 in a light or dark theme, the charts as vector SVG, the picture on the clipboard, and
 * the ranking as CSV or XLSX. Each file states the scorecard, weights, period and as-of date.
 */
export function ExportMenu({ model, language, t }: ExportMenuProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [theme, setTheme] = useState<ExportTheme>('light');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { capturePng, portal, preload } = useExportStage(language, t);
  const isWorking = status.kind === 'working';

  /** Runs one export with the model frozen now; the time taken is recorded for `npm run bench:browser`. */
  async function run(name: string, extension: string, produce: (generatedAt: string) => Promise<Blob>) {
    setStatus({ kind: 'working' });
    const now = new Date();
    const started = performance.now();
    try {
      const blob = await produce(now.toLocaleString(language));
      performance.measure(`export:${name}`, { start: started });
      const file = exportFileName(model.scorecard.id, model.scorecard.periodId, now, extension);
      saveBlob(blob, file);
      setStatus({ kind: 'done', file });
    } catch (error) {
      setStatus({ kind: 'failed', message: messageOf(error) });
    }
  }

  const png = (size: { width: number; height: number }) =>
    run(`png-${size.width}x${size.height}-${theme}`, 'png', (generatedAt) =>
      capturePng(model, generatedAt, theme, size),
    );

  async function copy() {
    const refusal = clipboardRefusal();
    if (refusal) return setStatus({ kind: 'message', key: refusal });
    setStatus({ kind: 'working' });
    const picture = capturePng(model, new Date().toLocaleString(language), theme, FULL_HD);
    // A drawing failure is reported as itself, not as the clipboard's refusal it causes.
    picture.catch(() => {});
    const outcome = await copyPngToClipboard(picture);
    const drawn = await picture.then(
      () => null,
      (error: unknown) => error,
    );
    if (drawn !== null) setStatus({ kind: 'failed', message: messageOf(drawn) });
    else if (outcome.ok) setStatus({ kind: 'message', key: 'export.copied' });
    else if ('key' in outcome) setStatus({ kind: 'message', key: outcome.key, reason: outcome.reason });
    else setStatus({ kind: 'failed', message: messageOf(outcome.error) });
  }

  const screen = screenSize();
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setStatus({ kind: 'idle' });
          dialogRef.current?.showModal();
          preload();
        }}
      >
        {t('export.menu')}
      </button>
      <dialog ref={dialogRef} className="export-dialog" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('export.menuTitle')}</h2>
        <ExportChoices
          t={t}
          theme={theme}
          onThemeChange={setTheme}
          isWorking={isWorking}
          screen={screen}
          onPng={png}
          onCopy={copy}
          onSvg={(kind) =>
            run(`svg-${kind}-${theme}`, 'svg', (generatedAt) =>
              chartSvgBlob(model, language, kind, theme, generatedAt),
            )
          }
          onCsv={() => run('csv', 'csv', async () => rankingCsvBlob(model, language))}
          onXlsx={() => run('xlsx', 'xlsx', () => rankingXlsxBlob(model, language))}
        />
        <div className="export-footer-row">
          <p className="status-line" role="status">
            {status.kind === 'working' && t('export.working')}
            {status.kind === 'done' && t('export.done', { file: status.file })}
            {status.kind === 'message' && t(status.key, { reason: status.reason ?? '' })}
            {status.kind === 'failed' && t('export.failed', { message: status.message })}
          </p>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t('export.close')}
          </button>
        </div>
      </dialog>
      {portal}
    </>
  );
}
