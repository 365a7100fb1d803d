import { lazy, Suspense } from 'react';
import type { RankingChartProps } from './RankingChart';

// ECharts is the largest part of the app; the table and weights are usable before it arrives.
const RankingChart = lazy(() =>
  import('./RankingChart').then((module) => ({ default: module.RankingChart })),
);

/** The bar race, loaded on demand; a placeholder of the same box holds the layout meanwhile. */
export function LazyRankingChart(props: RankingChartProps & { loadingLabel: string }) {
  const { loadingLabel, ...chartProps } = props;
  return (
    <Suspense
      fallback={
        <div className={props.className} role="status">
          {loadingLabel}
        </div>
      }
    >
      <RankingChart {...chartProps} />
    </Suspense>
  );
}
