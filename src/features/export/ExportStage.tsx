import { formatPercent, formatScore, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import { RankingChart } from '../../ui/RankingChart';
import './export.css';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
const CHART_WIDTH = 860;
const CHART_HEIGHT = 720;

export interface ExportStageProps {
  model: BoardModel;
  language: Language;
  t: Translate;
  generatedAt: string;
  theme: 'light' | 'dark';
  onChartFinished: () => void;
}

/** The stage's background per theme; the PNG is filled with it too (no transparent corners). */
export const STAGE_BACKGROUND = { light: '#ffffff', dark: '#0f1b2d' } as const;

/**
 * A static 1920×1080 slide of the leaderboard, laid out for export only: a capture of the live,
 * interactive view would pick up hover states and half-finished animations. It always states the
 * scorecard, its weights, the period and the as-of date, so the picture carries its rules.
 */
export function ExportStage({ model, language, t, generatedAt, theme, onChartFinished }: ExportStageProps) {
  return (
    <div
      className={theme === 'dark' ? 'export-stage export-stage--dark' : 'export-stage'}
      style={{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT, background: STAGE_BACKGROUND[theme] }}
      data-testid="export-stage"
      data-theme={theme}
    >
      <header className="export-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="export-scorecard">{localized(model.scorecard.name, language)}</p>
        </div>
        <p className="export-meta">
          {t('leaderboard.meta', {
            scorecard: `${localized(model.scorecard.name, language)} r${model.scorecard.revision}`,
            period: model.period ? localized(model.period.label, language) : model.scorecard.periodId,
            asOf: model.asOf,
          })}
          <br />
          {t('export.generatedAt', { time: generatedAt })}
        </p>
      </header>
      <div className="export-body">
        <table className="export-table">
          <thead>
            <tr>
              <th scope="col">{t('table.rank')}</th>
              <th scope="col">{t('table.zone')}</th>
              <th scope="col">{t('table.total')}</th>
              {model.dimensions.map((dimension) => (
                <th scope="col" key={dimension.nodeId}>
                  {localized(dimension.name, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.zone.id}>
                <td>
                  {row.rank}
                  {row.isTied ? ` (${t('table.tied')})` : ''}
                </td>
                <th scope="row">
                  <span className="zone-swatch" style={{ background: row.zone.color }} />
                  {localized(row.zone.name, language)}
                </th>
                <td className="export-total">{formatScore(row.total, language, model.totalDigits)}</td>
                {model.dimensions.map((dimension) => (
                  <td key={dimension.nodeId}>
                    {formatScore(row.dimensionScores[dimension.nodeId] ?? null, language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <RankingChart
          model={model}
          language={language}
          label={t('chart.label')}
          theme={theme}
          renderer="svg"
          animate={false}
          width={CHART_WIDTH}
          height={CHART_HEIGHT}
          fontSize={20}
          onFinished={onChartFinished}
        />
      </div>
      <footer className="export-footer">
        <strong>{t('export.weights')}：</strong>
        {model.dimensions.map((dimension) => (
          <span key={dimension.nodeId} className="export-weight">
            {localized(dimension.name, language)} {dimension.weight}（
            {formatPercent(dimension.share, language)}）
          </span>
        ))}
      </footer>
      {model.usesSampleData && (
        <>
          <div className="export-watermark" aria-hidden="true">
            {t('sample.watermark')}
          </div>
          <div className="export-sample-tag">{t('sample.watermark')}</div>
        </>
      )}
    </div>
  );
}
