/**
 * A chart's SVG (ECharts' own `renderToSVGString`: real vector shapes and `<text>`, no
 * foreignObject) wrapped in a slide-sized SVG that also carries the export's metadata lines and,
 * when sample values were used, a sample-data watermark — as SVG text, so they survive any editor
 * the file is opened in. Every piece of text is XML-escaped here; ECharts escapes its own labels.
 */

export interface ChartSvgSlide {
  /** The chart's SVG document (one root `<svg>` element). */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  /** Metadata lines shown above the chart (see exportMetadataLines). */
  lines: readonly string[];
  /** Sample-data watermark text; null when only real values were used. */
  watermark: string | null;
  theme: 'light' | 'dark';
  fontFamily: string;
}

const PADDING = 48;
const TITLE_SIZE = 36;
const LINE_SIZE = 20;
const LINE_GAP = 10;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or a quoted attribute. Characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char)
  );
}

export function buildChartSvgSlide(slide: ChartSvgSlide): string {
  const isDark = slide.theme === 'dark';
  const background = isDark ? '#0f1b2d' : '#ffffff';
  const ink = isDark ? '#e8eef7' : '#1b2533';
  const muted = isDark ? '#9fb0c6' : '#5b6778';
  const chartTop = PADDING + TITLE_SIZE + LINE_GAP + slide.lines.length * (LINE_SIZE + LINE_GAP) + LINE_GAP;
  const width = slide.chartWidth + 2 * PADDING;
  const height = chartTop + slide.chartHeight + PADDING;
  const font = xmlEscape(slide.fontFamily);
  const lines = slide.lines.map(
    (line, index) =>
      `<text x="${PADDING}" y="${PADDING + TITLE_SIZE + LINE_GAP + (index + 1) * (LINE_SIZE + LINE_GAP) - LINE_GAP}" font-size="${LINE_SIZE}" fill="${muted}" class="export-meta">${xmlEscape(line)}</text>`,
  );
  const watermark =
    slide.watermark === null
      ? []
      : [
          `<text x="${width / 2}" y="${height / 2}" font-size="${Math.round(width / 14)}" font-weight="700" fill="#c82828" fill-opacity="0.15" text-anchor="middle" dominant-baseline="middle" transform="rotate(-18 ${width / 2} ${height / 2})" class="export-watermark">${xmlEscape(slide.watermark)}</text>`,
          `<text x="${width - PADDING}" y="${PADDING}" font-size="${LINE_SIZE}" font-weight="700" fill="#c82828" text-anchor="end" class="export-sample-tag">${xmlEscape(slide.watermark)}</text>`,
        ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    `<text x="${PADDING}" y="${PADDING + TITLE_SIZE - 6}" font-size="${TITLE_SIZE}" font-weight="700" fill="${ink}" class="export-title">${xmlEscape(slide.title)}</text>`,
    ...lines,
    nestChart(slide.chartSvg, PADDING, chartTop),
    ...watermark,
    '</svg>',
    '',
  ].join('\n');
}

/** The chart's root `<svg>` placed at (x, y) inside the slide; an XML declaration is dropped. */
function nestChart(chartSvg: string, x: number, y: number): string {
  const body = chartSvg.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  if (!body.startsWith('<svg')) throw new Error('chart SVG must start with its <svg> element');
  return `<svg x="${x}" y="${y}"${body.slice('<svg'.length)}`;
}
