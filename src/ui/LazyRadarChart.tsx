import { lazyChart } from './lazyChart';

/** The radar; it registers ECharts' radar chart when it loads. */
export const LazyRadarChart = lazyChart(() => import('./RadarChart').then((module) => module.RadarChart));
