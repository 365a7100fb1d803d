/**
 * The messages between the app and the robustness worker: plain, structured-clonable data only.
 * The handler is a plain function so it runs (and is tested) in Node as well as in the Worker.
 */
import { analyseRankRobustness, type RobustnessOptions, type RobustnessResult } from '../scoring/robustness';
import { prepareScoring } from '../scoring/score';
import type { ScoringInput } from '../scoring/types';

export interface RobustnessRequest {
  /** The scoring input without draft weights: those are `weights`. */
  input: Omit<ScoringInput, 'weights'>;
  /** The weights in force (node id → raw weight), around which samples are drawn. */
  weights: Readonly<Record<string, number>>;
  options: RobustnessOptions;
}

export interface RobustnessRequestMessage extends RobustnessRequest {
  /** Echoed in the response, so a response to an outdated request can be recognised. */
  id: number;
}

export type RobustnessResponseMessage =
  | { id: number; ok: true; result: RobustnessResult; elapsedMs: number }
  | { id: number; ok: false; message: string };

/** Runs one request; never throws: an error becomes an `ok: false` response with its message. */
export function handleRobustnessRequest(
  message: RobustnessRequestMessage,
  now: () => number,
): RobustnessResponseMessage {
  const started = now();
  try {
    const { input, weights, options } = message;
    const prepared = prepareScoring(input);
    const result = analyseRankRobustness(prepared, weights, options);
    return { id: message.id, ok: true, result, elapsedMs: now() - started };
  } catch (error) {
    return { id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
