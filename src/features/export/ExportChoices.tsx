import { useId } from 'react';
import type { Translate } from '../../i18n/useT';
import type { BoardChartKind } from '../../ui/boardChartSvg';
import type { ExportTheme } from './useExportStage';

export interface PixelSize {
  width: number;
  height: number;
}

export const FULL_HD: PixelSize = { width: 1920, height: 1080 };
export const UHD: PixelSize = { width: 3840, height: 2160 };

export interface ExportChoicesProps {
  t: Translate;
  theme: ExportTheme;
  onThemeChange: (theme: ExportTheme) => void;
  isWorking: boolean;
  /** The on-screen size offered as the first PNG. */
  screen: PixelSize;
  onPng: (size: PixelSize) => void;
  onCopy: () => void;
  onSvg: (kind: BoardChartKind) => void;
  onCsv: () => void;
  onXlsx: () => void;
}

/** The export dialog's choices, grouped: theme, images, vector charts, ranking table. */
export function ExportChoices({
  t,
  theme,
  onThemeChange,
  isWorking,
  screen,
  onPng,
  onCopy,
  onSvg,
  onCsv,
  onXlsx,
}: ExportChoicesProps) {
  const themeName = `export-theme-${useId()}`;
  return (
    <>
      <fieldset className="export-theme">
        <legend>{t('export.theme')}</legend>
        {(['light', 'dark'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={themeName}
              value={option}
              checked={theme === option}
              onChange={() => onThemeChange(option)}
            />{' '}
            {t(option === 'light' ? 'export.theme.light' : 'export.theme.dark')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('export.section.image')}</legend>
        <div className="export-choices">
          <button type="button" disabled={isWorking} onClick={() => onPng(screen)}>
            {t('export.pngScreen', { width: screen.width, height: screen.height })}
          </button>
          <button type="button" disabled={isWorking} onClick={() => onPng(FULL_HD)}>
            {t('export.png1080')}
          </button>
          <button type="button" disabled={isWorking} onClick={() => onPng(UHD)}>
            {t('export.png4k')}
          </button>
          <button type="button" disabled={isWorking} onClick={onCopy}>
            {t('export.copy')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('export.section.vector')}</legend>
        <div className="export-choices">
          {(['total', 'contributions'] as const).map((kind) => (
            <button key={kind} type="button" disabled={isWorking} onClick={() => onSvg(kind)}>
              {t(kind === 'total' ? 'export.svgTotal' : 'export.svgContributions')}
            </button>
          ))}
        </div>
        <p className="hint">{t('export.svgNote')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('export.section.table')}</legend>
        <div className="export-choices">
          <button type="button" disabled={isWorking} onClick={onCsv}>
            {t('export.csv')}
          </button>
          <button type="button" disabled={isWorking} onClick={onXlsx}>
            {t('export.xlsx')}
          </button>
        </div>
      </fieldset>
    </>
  );
}
