import { useEffect, useLayoutEffect, useRef } from 'react';
import { type EChartsCoreOption, echarts } from './echarts';

export interface ChartHostProps {
  option: EChartsCoreOption;
  /** Accessible description of what the chart shows. */
  label: string;
  renderer?: 'canvas' | 'svg';
  className?: string;
  /** Fixed pixel size (export stages); otherwise the chart follows its container. */
  width?: number;
  height?: number;
  /** Called once the chart has finished drawing the current option. */
  onFinished?: () => void;
  /**
   * Option parts replaced rather than merged on update (e.g. `['series']` when the number of series
   * can change); matched by id, so give those parts ids.
   */
  replaceMerge?: readonly string[];
  /** `data-*` attributes for the host element, e.g. the drawn order for browser tests. */
  dataAttributes?: Readonly<Record<`data-${string}`, string>>;
}

/**
 * The one component that owns an ECharts instance: init, setOption, resize and dispose.
 * Idempotent under React StrictMode's double mount because it reuses the instance on the node.
 */
export function ChartHost({
  option,
  label,
  renderer = 'canvas',
  className,
  width,
  height,
  onFinished,
  replaceMerge,
  dataAttributes,
}: ChartHostProps) {
  const nodeRef = useRef<HTMLDivElement>(null);
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;
  const optionRef = useRef(option);
  optionRef.current = option;
  const replaceRef = useRef(replaceMerge);
  replaceRef.current = replaceMerge;

  useLayoutEffect(() => {
    const node = nodeRef.current;
    if (!node) return;
    const chart =
      echarts.getInstanceByDom(node) ?? echarts.init(node, undefined, { renderer, width, height });
    chart.setOption(optionRef.current);
    const handleFinished = () => finishedRef.current?.();
    chart.on('finished', handleFinished);
    const observer = width === undefined ? new ResizeObserver(() => chart.resize()) : null;
    observer?.observe(node);
    return () => {
      observer?.disconnect();
      chart.off('finished', handleFinished);
      chart.dispose();
    };
  }, [renderer, width, height]);

  useEffect(() => {
    const node = nodeRef.current;
    const chart = node ? echarts.getInstanceByDom(node) : undefined;
    const replace = replaceRef.current;
    chart?.setOption(option, replace ? { replaceMerge: [...replace] } : undefined);
  }, [option]);

  return (
    <div
      {...dataAttributes}
      ref={nodeRef}
      className={className}
      role="img"
      aria-label={label}
      style={width !== undefined ? { width, height } : undefined}
    />
  );
}
