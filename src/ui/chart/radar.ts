import { RadarChart } from 'echarts/charts';
import { LegendPlainComponent } from 'echarts/components';
import { echarts } from './echarts';

// The zone card's radar, registered only when the card's chart chunk loads, so the leaderboard's
// initial bundle never carries it. RadarChart installs the radar coordinate system itself; the
// plain legend names the three polygons (drawn on the canvas: no HTML from data).
echarts.use([RadarChart, LegendPlainComponent]);

export { echarts };
