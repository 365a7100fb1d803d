import { type EChartsCoreOption, echarts } from './echarts';
import { loadSvgRenderer } from './loadSvgRenderer';

/**
 * Draws an option with ECharts' SVG renderer in server-side mode and returns the SVG document:
 * real vector shapes and `<text>` (ECharts escapes the text), no foreignObject — the only SVG that
 * PowerPoint, WPS and Illustrator open faithfully. No DOM node is needed; in the browser ECharts
 * still measures text with a canvas, so labels are laid out as on screen.
 */
export async function renderChartSvg(
  option: EChartsCoreOption,
  width: number,
  height: number,
  needsLegend: boolean,
): Promise<string> {
  await Promise.all([loadSvgRenderer(), needsLegend ? import('./contributions') : undefined]);
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
