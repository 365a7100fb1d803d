import { useCallback, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import { loadSvgRenderer } from '../../ui/chart/loadSvgRenderer';
import type { ExportStage as ExportStageComponent } from './ExportStage';
import { renderSlidePng, saveBlob, slideFileName } from './renderSlidePng';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; message: string };

export interface ExportPngButtonProps {
  model: BoardModel;
  language: Language;
  t: Translate;
}

/** Saves the leaderboard as a 1920×1080 PNG slide. */
export function ExportPngButton({ model, language, t }: ExportPngButtonProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [stage, setStage] = useState<{
    model: BoardModel;
    generatedAt: string;
    Stage: typeof ExportStageComponent;
  } | null>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const chartReady = useRef<() => void>(() => {});

  const exportPng = useCallback(async () => {
    setStatus({ kind: 'working' });
    const now = new Date();
    const chartFinished = new Promise<void>((resolve) => {
      chartReady.current = resolve;
    });
    try {
      // The stage (and the chart library it draws with) loads with the first export, not at start.
      const [{ ExportStage }] = await Promise.all([import('./ExportStage'), loadSvgRenderer()]);
      // The model is frozen for the capture, so a weight moved meanwhile cannot tear the picture.
      setStage({ model, generatedAt: now.toLocaleString(language), Stage: ExportStage });
      await chartFinished;
      const node = stageRef.current?.firstElementChild;
      if (!(node instanceof HTMLElement)) throw new Error('export stage did not render');
      const blob = await renderSlidePng(node, 1, '#ffffff');
      const file = slideFileName(localized(model.scorecard.name, language), now);
      saveBlob(blob, file);
      setStatus({ kind: 'done', file });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setStage(null);
    }
  }, [model, language]);

  return (
    <>
      <button type="button" onClick={exportPng} disabled={status.kind === 'working'}>
        {status.kind === 'working' ? t('export.working') : t('export.png')}
      </button>
      <p className="status-line" role="status">
        {status.kind === 'done' && t('export.done', { file: status.file })}
        {status.kind === 'failed' && t('export.failed', { message: status.message })}
      </p>
      {stage &&
        createPortal(
          <div ref={stageRef} className="export-stage-host" aria-hidden="true">
            <stage.Stage
              model={stage.model}
              language={language}
              t={t}
              generatedAt={stage.generatedAt}
              onChartFinished={() => chartReady.current()}
            />
          </div>,
          document.body,
        )}
    </>
  );
}
