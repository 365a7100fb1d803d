// echarts publishes no types for its per-renderer entry; this is the installer that
// `echarts/renderers` re-exports as SVGRenderer. Importing it directly lets the bundler put the
// SVG renderer in its own chunk instead of the initial one.
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  import type { SVGRenderer } from 'echarts/renderers';
  export const install: typeof SVGRenderer;
}
