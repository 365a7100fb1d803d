import { LegendPlainComponent } from 'echarts/components';
import { echarts } from './echarts';

// The leaderboard's contributions view needs a legend of the dimensions; registered only when that
// view's chunk loads. The plain legend is drawn on the canvas: no HTML from data.
echarts.use([LegendPlainComponent]);

export { echarts };
