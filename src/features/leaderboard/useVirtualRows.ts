import { type RefObject, type UIEvent, useCallback, useLayoutEffect, useRef, useState } from 'react';

/** Above this many rows the table renders only the rows in view (1,000 zones stay fluid). */
export const VIRTUALISE_ABOVE = 100;
/** Every body row of a windowed table is this tall (px); styles.css pins it. */
export const ROW_HEIGHT = 36;
const OVERSCAN = 10;
/** Used until the scroll container is measured (and in jsdom, which has no layout). */
const DEFAULT_VIEWPORT = 640;

export interface RowWindow {
  /** First rendered row index (inclusive). */
  start: number;
  /** Last rendered row index (exclusive). */
  end: number;
  /** Heights of the spacers standing in for the rows above and below. */
  paddingTop: number;
  paddingBottom: number;
}

/** The rows to render for a scroll position: those in view plus a margin either side. */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  count: number,
  rowHeight = ROW_HEIGHT,
  overscan = OVERSCAN,
): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.min(count, Math.ceil((Math.max(0, scrollTop) + viewportHeight) / rowHeight) + overscan);
  return {
    start,
    end: Math.max(start, end),
    paddingTop: start * rowHeight,
    paddingBottom: Math.max(0, count - Math.max(start, end)) * rowHeight,
  };
}

/** Windowing state for a scroll container: a ref for it, its scroll handler and the rows to render. */
export function useVirtualRows(
  count: number,
  isEnabled: boolean,
): {
  scrollRef: RefObject<HTMLElement | null>;
  onScroll: (event: UIEvent<HTMLElement>) => void;
  window: RowWindow;
} {
  const scrollRef = useRef<HTMLElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT);
  useLayoutEffect(() => {
    const node = scrollRef.current;
    if (!isEnabled || !node) return;
    const measure = () => setViewport(node.clientHeight > 0 ? node.clientHeight : DEFAULT_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [isEnabled]);
  const onScroll = useCallback(
    (event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop),
    [],
  );
  return { scrollRef, onScroll, window: rowWindow(scrollTop, viewport, count) };
}
