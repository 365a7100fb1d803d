/**
 * The robustness analysis off the main thread (DESIGN §7: 10,000 samples ≤ 300 ms, "off the main
 * thread"). Loaded by `robustnessClient.ts` as a module worker, so Vite emits it, with the engine
 * it imports, as its own file outside the initial bundle.
 */
import { createRobustnessHandler, type RobustnessRequestMessage } from './robustnessProtocol';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<RobustnessRequestMessage>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

const handle = createRobustnessHandler(() => performance.now());

scope.onmessage = (event) => {
  scope.postMessage(handle(event.data));
};
