import { lazy, Suspense } from 'react';
import type { RadarChartProps } from './RadarChart';

// The radar registers ECharts' radar chart when it loads: neither is part of the initial bundle.
const RadarChart = lazy(() => import('./RadarChart').then((module) => ({ default: module.RadarChart })));

/** The radar, loaded on demand; a placeholder of the same box holds the layout meanwhile. */
export function LazyRadarChart(props: RadarChartProps & { loadingLabel: string }) {
  const { loadingLabel, ...chartProps } = props;
  return (
    <Suspense
      fallback={
        <div className={props.className} role="status">
          {loadingLabel}
        </div>
      }
    >
      <RadarChart {...chartProps} />
    </Suspense>
  );
}
