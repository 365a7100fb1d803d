import { useCallback, useEffect, useState } from 'react';

export interface ScenarioPlayback {
  /** Index of the scenario on show, always within 0…count − 1. */
  index: number;
  isPlaying: boolean;
  play: () => void;
  pause: () => void;
  next: () => void;
  previous: () => void;
}

/** Steps through `count` scenarios, every `stepMs` while playing, wrapping round at either end. */
export function useScenarioPlayback(count: number, stepMs: number): ScenarioPlayback {
  const [step, setStep] = useState(0);
  const [isPlaying, setPlaying] = useState(false);
  const canPlay = count >= 2;

  useEffect(() => {
    if (!isPlaying || !canPlay) return;
    const timer = setInterval(() => setStep((current) => (current + 1) % count), stepMs);
    return () => clearInterval(timer);
  }, [isPlaying, canPlay, count, stepMs]);

  const next = useCallback(() => setStep((current) => (current + 1) % Math.max(count, 1)), [count]);
  const previous = useCallback(
    () => setStep((current) => (current - 1 + Math.max(count, 1)) % Math.max(count, 1)),
    [count],
  );
  return {
    index: count > 0 ? step % count : 0,
    isPlaying: isPlaying && canPlay,
    play: useCallback(() => setPlaying(true), []),
    pause: useCallback(() => setPlaying(false), []),
    next,
    previous,
  };
}
