import { lazyChart } from './lazyChart';

/** The robustness chart; it registers ECharts' scatter series, mark areas and legend when it loads. */
export const LazyRobustnessChart = lazyChart(() =>
  import('./RobustnessChart').then((module) => module.RobustnessChart),
);
