/**
 * Registers ECharts' SVG renderer, which only export stages use (vector output stays crisp at any
 * scale); loading it on demand keeps it out of the initial bundle.
 */
export async function loadSvgRenderer(): Promise<void> {
  const [{ echarts }, { install }] = await Promise.all([
    import('./echarts'),
    import('echarts/lib/renderer/installSVGRenderer.js'),
  ]);
  echarts.use([install]);
}
