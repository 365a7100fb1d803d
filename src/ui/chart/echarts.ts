import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// Only what the leaderboard draws is registered, to keep ECharts' share of the initial bundle small.
// The SVG renderer is for export stages: vector output stays crisp at any scale.
echarts.use([BarChart, GridComponent, AriaComponent, CanvasRenderer, SVGRenderer]);

export type { EChartsCoreOption } from 'echarts/core';
export { echarts };
