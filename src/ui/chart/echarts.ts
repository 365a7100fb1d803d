import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the leaderboard draws is registered, to keep ECharts' share of the initial bundle small.
// The SVG renderer (export stages) is registered on demand by loadSvgRenderer.
echarts.use([BarChart, GridComponent, CanvasRenderer]);

export type { EChartsCoreOption } from 'echarts/core';
export { echarts };
