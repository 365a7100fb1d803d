import { type ReactNode, type RefObject, useLayoutEffect, useState } from 'react';

export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export interface ScaledStageProps {
  /** The outer box: measured for the scale, and what fullscreen targets. */
  boxRef: RefObject<HTMLElement | null>;
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * A 1920×1080 stage scaled to fit its box, letterboxed: the projector shows the same slide at
 * any window size, and type sizes are designed once in stage pixels. In fullscreen the box fills
 * the screen and the stage keeps 16:9 with black bars as needed.
 */
export function ScaledStage({ boxRef, label, className, children }: ScaledStageProps) {
  const [scale, setScale] = useState(0);
  useLayoutEffect(() => {
    const element = boxRef.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      setScale(Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT));
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [boxRef]);
  return (
    <section ref={boxRef} className={`stage-box ${className ?? ''}`} aria-label={label}>
      <div
        className="stage-scaler"
        style={{
          width: STAGE_WIDTH,
          height: STAGE_HEIGHT,
          transform: `translate(-50%, -50%) scale(${scale || 0.0001})`,
        }}
      >
        {children}
      </div>
    </section>
  );
}
