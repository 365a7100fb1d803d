import { type ReactNode, useCallback, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import { loadSvgRenderer } from '../../ui/chart/loadSvgRenderer';
import type { ExportStage as ExportStageComponent } from './ExportStage';
import { preloadSlideRenderer, renderSlidePng } from './renderSlidePng';

export type ExportTheme = 'light' | 'dark';

interface MountedStage {
  model: BoardModel;
  generatedAt: string;
  theme: ExportTheme;
  Stage: typeof ExportStageComponent;
}

/**
 * Starts loading the stage, the chart's SVG renderer and the rasteriser while the user is still
 * choosing in the menu, so the first export does not wait for them. A failure here is ignored: the
 * export itself loads them again and reports the error.
 */
function preloadExportStage(): void {
  Promise.all([import('./ExportStage'), loadSvgRenderer(), preloadSlideRenderer()]).catch(() => {});
}

/**
 * Mounts the static export stage off-screen for one capture and rasterises it. The stage (and the
 * chart library's SVG renderer it draws with) loads with the first export, not at start. The model
 * is frozen for the capture, so a weight moved meanwhile cannot tear the picture.
 */
export function useExportStage(language: Language, t: Translate) {
  const [stage, setStage] = useState<MountedStage | null>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const chartReady = useRef<() => void>(() => {});

  const capturePng = useCallback(
    async (
      model: BoardModel,
      generatedAt: string,
      theme: ExportTheme,
      size: { width: number; height: number },
    ): Promise<Blob> => {
      const chartFinished = new Promise<void>((resolve) => {
        chartReady.current = resolve;
      });
      const started = performance.now();
      try {
        const [{ ExportStage, STAGE_BACKGROUND }] = await Promise.all([
          import('./ExportStage'),
          loadSvgRenderer(),
        ]);
        setStage({ model, generatedAt, theme, Stage: ExportStage });
        await chartFinished;
        performance.measure('export-phase:stage', { start: started });
        const node = hostRef.current?.firstElementChild;
        if (!(node instanceof HTMLElement)) throw new Error('export stage did not render');
        return await renderSlidePng(node, size, STAGE_BACKGROUND[theme]);
      } finally {
        setStage(null);
      }
    },
    [],
  );

  const portal: ReactNode =
    stage &&
    createPortal(
      <div ref={hostRef} className="export-stage-host" aria-hidden="true">
        <stage.Stage
          model={stage.model}
          language={language}
          t={t}
          generatedAt={stage.generatedAt}
          theme={stage.theme}
          onChartFinished={() => chartReady.current()}
        />
      </div>,
      document.body,
    );

  return { capturePng, portal, preload: preloadExportStage };
}
