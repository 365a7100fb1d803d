import { ScatterChart } from 'echarts/charts';
import { LegendPlainComponent, MarkAreaComponent } from 'echarts/components';
import { echarts } from './echarts';

// The robustness chart's markers (scatter), tier bands (markArea) and legend, registered only when
// the robustness chart's chunk loads, so the leaderboard's initial bundle never carries them.
echarts.use([ScatterChart, MarkAreaComponent, LegendPlainComponent]);

export { echarts };
