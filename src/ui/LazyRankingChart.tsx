import { lazyChart } from './lazyChart';

/** The bar race; ECharts is the largest part of the app and the table is usable before it arrives. */
export const LazyRankingChart = lazyChart(() =>
  import('./RankingChart').then((module) => module.RankingChart),
);
