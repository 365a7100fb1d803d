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

/**
 * What crosses to the worker. The input (every fact of every zone) is cloned only when the worker
 * does not hold that version yet: cloning 100,000 facts costs the main thread ~100 ms, which a
 * slider must not pay on every move.
 */
export interface RobustnessRequestMessage extends Omit<RobustnessRequest, 'input'> {
  /** Echoed in the response, so a response to an outdated request can be recognised. */
  id: number;
  /** Identifies the input; the worker keeps the prepared input of the last version it was sent. */
  inputVersion: number;
  input?: RobustnessRequest['input'];
}

export type RobustnessResponseMessage =
  | { id: number; ok: true; result: RobustnessResult; elapsedMs: number }
  | { id: number; ok: false; message: string };

export type RobustnessHandler = (message: RobustnessRequestMessage) => RobustnessResponseMessage;

/**
 * A handler that keeps the prepared input of the last input version it received, so requests that
 * only change the weights skip both the clone and `prepareScoring`. Never throws: an error becomes
 * an `ok: false` response with its message.
 */
export function createRobustnessHandler(now: () => number): RobustnessHandler {
  let cached: { version: number; prepared: ReturnType<typeof prepareScoring> } | null = null;
  return (message) => {
    const started = now();
    try {
      if (message.input) cached = { version: message.inputVersion, prepared: prepareScoring(message.input) };
      if (cached?.version !== message.inputVersion) {
        throw new Error(`the worker does not hold input version ${message.inputVersion}`);
      }
      const result = analyseRankRobustness(cached.prepared, message.weights, message.options);
      return { id: message.id, ok: true, result, elapsedMs: now() - started };
    } catch (error) {
      return { id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  };
}

/** Runs one self-contained request (its input included) with a fresh handler. */
export function handleRobustnessRequest(
  message: RobustnessRequestMessage,
  now: () => number,
): RobustnessResponseMessage {
  return createRobustnessHandler(now)(message);
}
