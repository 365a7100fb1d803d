import { exportMetadataLines } from '../../formats/exportMetadata';
import { buildRankingCsv } from '../../formats/rankingCsv';
import type { RankingExportInput } from '../../formats/rankingSheet';
import { buildRankingSheet } from '../../formats/rankingSheet';
import { buildRankingXlsxRows } from '../../formats/rankingXlsx';
import { buildChartSvgSlide } from '../../formats/svgExport';
import type { Language } from '../../i18n/messages';
import { translate } from '../../i18n/messages';
import type { BoardModel } from '../../lib/boardModel';
import type { BoardChartKind } from '../../ui/boardChartSvg';
import { FONT_STACK } from '../../ui/fonts';

/** What every export states about the board (DESIGN §4.6), from the model frozen at export time. */
export function metadataLinesOf(model: BoardModel, language: Language, generatedAt: string): string[] {
  return exportMetadataLines(
    {
      scorecard: model.scorecard,
      periodLabel: model.period?.label ?? null,
      periodId: model.scorecard.periodId,
      asOf: model.asOf,
      weights: model.dimensions,
      generatedAt,
    },
    language,
  );
}

function rankingInputOf(model: BoardModel, language: Language): RankingExportInput {
  return {
    ranking: model.ranking,
    scorecard: model.scorecard,
    zones: model.rows.map((row) => row.zone),
    period: model.period,
    asOf: model.asOf,
    weights: Object.fromEntries(model.dimensions.map((dimension) => [dimension.nodeId, dimension.weight])),
    language,
  };
}

export function rankingCsvBlob(model: BoardModel, language: Language): Blob {
  return new Blob([buildRankingCsv(rankingInputOf(model, language))], { type: 'text/csv;charset=utf-8' });
}

/** The XLSX writer (write-excel-file, ≈19 KB gzip) loads with the first XLSX export. */
export async function rankingXlsxBlob(model: BoardModel, language: Language): Promise<Blob> {
  const sheet = buildRankingSheet(rankingInputOf(model, language));
  const rows = buildRankingXlsxRows(sheet);
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = rows.map((row) =>
    row.map((cell) => {
      if (cell === null) return null;
      const fontWeight = cell.isBold ? ('bold' as const) : undefined;
      return cell.kind === 'number'
        ? { type: Number, value: cell.value, format: cell.format ?? undefined, fontWeight }
        : { type: String, value: cell.value, fontWeight };
    }),
  );
  const widths = [14, 24, 12, ...model.dimensions.map(() => 14), 24];
  return writeXlsxFile(data, {
    sheet: translate(language, 'export.section.table'),
    columns: widths.map((width) => ({ width })),
  }).toBlob();
}

const SVG_CHART = { width: 1600, height: 820 };

/** A chart as a vector SVG slide with the metadata lines and, for sample data, the watermark. */
export async function chartSvgBlob(
  model: BoardModel,
  language: Language,
  kind: BoardChartKind,
  theme: 'light' | 'dark',
  generatedAt: string,
): Promise<Blob> {
  const { renderBoardChartSvg } = await import('../../ui/boardChartSvg');
  const chartSvg = await renderBoardChartSvg(model, language, kind, theme, SVG_CHART);
  const view = translate(language, kind === 'total' ? 'chart.view.total' : 'chart.view.contributions');
  const svg = buildChartSvgSlide({
    chartSvg,
    chartWidth: SVG_CHART.width,
    chartHeight: SVG_CHART.height,
    title: `${translate(language, 'app.title')} · ${view}`,
    lines: metadataLinesOf(model, language, generatedAt),
    watermark: model.usesSampleData ? translate(language, 'export.sampleWatermark') : null,
    theme,
    fontFamily: FONT_STACK,
  });
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}
