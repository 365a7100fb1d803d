import { lazy, Suspense } from 'react';
import type { RobustnessChartProps } from './RobustnessChart';

// The robustness chart registers ECharts' scatter series, mark areas and legend when it loads.
const RobustnessChart = lazy(() =>
  import('./RobustnessChart').then((module) => ({ default: module.RobustnessChart })),
);

/** The robustness chart, loaded on demand; a placeholder holds the layout meanwhile. */
export function LazyRobustnessChart(props: RobustnessChartProps & { loadingLabel: string }) {
  const { loadingLabel, ...chartProps } = props;
  return (
    <Suspense
      fallback={
        <div className={props.className} role="status">
          {loadingLabel}
        </div>
      }
    >
      <RobustnessChart {...chartProps} />
    </Suspense>
  );
}
