import { type ComponentType, lazy, Suspense } from 'react';

/**
 * A chart component loaded on first render: ECharts and the chart types it registers stay out of
 * the initial bundle. A placeholder of the same box (the chart's className) says it is loading.
 */
export function lazyChart<P extends { className?: string }>(load: () => Promise<ComponentType<P>>) {
  const Chart = lazy(async () => ({ default: await load() }));
  return function LazyChart(props: P & { loadingLabel: string }) {
    const { loadingLabel, ...chartProps } = props;
    return (
      <Suspense
        fallback={
          <div className={props.className} role="status">
            {loadingLabel}
          </div>
        }
      >
        {/* Everything but loadingLabel, which is exactly P. */}
        <Chart {...(chartProps as unknown as P)} />
      </Suspense>
    );
  };
}
