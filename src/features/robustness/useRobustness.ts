import { useCallback, useEffect, useRef, useState } from 'react';
import type { RobustnessOptions, RobustnessResult } from '../../scoring/robustness';
import type { ScoringInput } from '../../scoring/types';
import type { RobustnessClient } from '../../workers/robustnessClient';

export interface RobustnessRun {
  result: RobustnessResult;
  elapsedMs: number;
}

export interface RobustnessState {
  /** True from the moment the inputs change until the new result arrives (including the debounce). */
  isComputing: boolean;
  /** The weights or data changed since the shown result, and no analysis follows by itself. */
  isStale: boolean;
  /** The latest finished analysis; kept while a new one is computed so the table does not flicker. */
  run: RobustnessRun | null;
  /** The message of the latest failure, cleared by the next success. */
  error: string | null;
}

export interface UseRobustnessArgs {
  input: Omit<ScoringInput, 'weights'>;
  weights: Readonly<Record<string, number>>;
  options: RobustnessOptions;
  client: RobustnessClient;
  /** Wait this long after the input or weights last changed (a slider drag) before starting. */
  debounceMs?: number;
  /**
   * Re-run by itself when the input or weights change (default). Off for large fields, where one
   * analysis takes seconds: each move would cancel the worker and clone the data to a new one.
   */
  autoRerun?: boolean;
}

/** Up to this many zones the analysis follows the weights by itself (10,000 samples ≈ 0.1 s at 9). */
export const AUTO_RERUN_MAX_ZONES = 60;

export const ROBUSTNESS_DEBOUNCE_MS = 400;

/**
 * Keeps a robustness analysis of the current input and weights: re-runs, debounced, when they
 * change, and at once on `rerun()` (the "run" button, new options). The client cancels the
 * outdated analysis when a new one starts.
 */
export function useRobustness({
  input,
  weights,
  options,
  client,
  debounceMs = ROBUSTNESS_DEBOUNCE_MS,
  autoRerun = true,
}: UseRobustnessArgs): RobustnessState & { rerun: () => void } {
  const [state, setState] = useState<RobustnessState>({
    isComputing: true,
    isStale: false,
    run: null,
    error: null,
  });
  const [runCount, setRunCount] = useState(0);
  // The first analysis and explicit runs start at once; changes of input or weights wait.
  const isImmediate = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runCount is the trigger of an explicit run.
  useEffect(() => {
    if (!autoRerun && !isImmediate.current) {
      setState((previous) => ({ ...previous, isComputing: false, isStale: true }));
      return;
    }
    let isCurrent = true;
    setState((previous) =>
      previous.isComputing && !previous.isStale
        ? previous
        : { ...previous, isComputing: true, isStale: false },
    );
    const delay = isImmediate.current ? 0 : debounceMs;
    isImmediate.current = false;
    let hasStarted = false;
    const timer = setTimeout(() => {
      hasStarted = true;
      void client.run({ input, weights, options }).then((outcome) => {
        if (!isCurrent || outcome.status === 'cancelled') return;
        setState((previous) =>
          outcome.status === 'done'
            ? {
                isComputing: false,
                isStale: false,
                run: { result: outcome.result, elapsedMs: outcome.elapsedMs },
                error: null,
              }
            : { isComputing: false, isStale: false, run: previous.run, error: outcome.message },
        );
      });
    }, delay);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
      // An immediate run that never started (React's development double effect) stays immediate.
      if (!hasStarted && delay === 0) isImmediate.current = true;
      client.cancel();
    };
  }, [client, input, weights, options, debounceMs, autoRerun, runCount]);

  const rerun = useCallback(() => {
    isImmediate.current = true;
    setRunCount((count) => count + 1);
  }, []);

  return { ...state, rerun };
}
