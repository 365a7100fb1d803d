/**
 * Talks to the robustness worker. One analysis runs at a time: starting a new one terminates the
 * worker busy with the old one (a running Monte Carlo loop cannot be interrupted any other way)
 * and settles the old promise as cancelled. Responses carry their request id, so a late answer
 * to an outdated request is ignored.
 */

import type { RobustnessResult } from '../scoring/robustness';
import type {
  RobustnessRequest,
  RobustnessRequestMessage,
  RobustnessResponseMessage,
} from './robustnessProtocol';

export type RobustnessOutcome =
  | { status: 'done'; result: RobustnessResult; elapsedMs: number }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

export interface RobustnessClient {
  /** Starts an analysis, cancelling the one in flight; never rejects. */
  run(request: RobustnessRequest): Promise<RobustnessOutcome>;
  /** Cancels the analysis in flight, if any. */
  cancel(): void;
  /** Cancels and releases the worker; `run` may still be called and starts a new one. */
  dispose(): void;
}

/** The part of `Worker` the client uses, so tests can pass a fake. */
export interface WorkerPort {
  onmessage: ((event: MessageEvent<RobustnessResponseMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

export function createRobustnessWorker(): WorkerPort {
  return new Worker(new URL('./robustness.worker.ts', import.meta.url), {
    type: 'module',
    name: 'robustness',
  });
}

interface Pending {
  id: number;
  settle: (outcome: RobustnessOutcome) => void;
}

export function createRobustnessClient(
  createWorker: () => WorkerPort = createRobustnessWorker,
): RobustnessClient {
  let worker: WorkerPort | null = null;
  let pending: Pending | null = null;
  let nextId = 1;
  // Inputs are versioned by identity: the board hands over the same object until the data changes.
  const versions = new WeakMap<object, number>();
  let nextVersion = 1;
  /** The input version the current worker holds; a new worker holds none. */
  let workerInputVersion: number | null = null;

  const settle = (outcome: RobustnessOutcome) => {
    const current = pending;
    pending = null;
    current?.settle(outcome);
  };

  const release = () => {
    worker?.terminate();
    worker = null;
    workerInputVersion = null;
  };

  const connect = (): WorkerPort => {
    const port = createWorker();
    port.onmessage = (event) => {
      if (port !== worker || event.data.id !== pending?.id) return;
      const response = event.data;
      settle(
        response.ok
          ? { status: 'done', result: response.result, elapsedMs: response.elapsedMs }
          : { status: 'failed', message: response.message },
      );
    };
    port.onerror = (event) => {
      if (port !== worker) return;
      event.preventDefault?.();
      // A worker that failed to load or crashed is replaced on the next run.
      release();
      settle({ status: 'failed', message: event.message || 'the robustness worker failed' });
    };
    port.onmessageerror = () => {
      if (port !== worker) return;
      settle({ status: 'failed', message: 'the robustness result could not be read' });
    };
    return port;
  };

  const cancel = () => {
    if (!pending) return;
    release();
    settle({ status: 'cancelled' });
  };

  return {
    run(request) {
      cancel();
      worker ??= connect();
      const id = nextId++;
      const port = worker;
      let inputVersion = versions.get(request.input);
      if (inputVersion === undefined) {
        inputVersion = nextVersion++;
        versions.set(request.input, inputVersion);
      }
      const { input, weights, options } = request;
      const message: RobustnessRequestMessage =
        workerInputVersion === inputVersion
          ? { id, inputVersion, weights, options }
          : { id, inputVersion, input, weights, options };
      return new Promise<RobustnessOutcome>((resolve) => {
        pending = { id, settle: resolve };
        try {
          port.postMessage(message);
          workerInputVersion = inputVersion;
        } catch (error) {
          settle({ status: 'failed', message: messageOf(error) });
        }
      });
    },
    cancel,
    dispose() {
      cancel();
      release();
    },
  };
}

/** The message of an Error or a DOMException (not an Error subclass everywhere), else the value as text. */
function messageOf(error: unknown): string {
  if (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  ) {
    return error.message;
  }
  return String(error);
}
