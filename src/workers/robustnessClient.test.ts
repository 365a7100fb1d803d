import { describe, expect, it } from 'vitest';
import type { RobustnessResult } from '../scoring/robustness';
import { createRobustnessClient, type WorkerPort } from './robustnessClient';
import type {
  RobustnessRequest,
  RobustnessRequestMessage,
  RobustnessResponseMessage,
} from './robustnessProtocol';

/** A worker that records what it is sent and answers only when the test says so. */
class FakeWorker implements WorkerPort {
  onmessage: WorkerPort['onmessage'] = null;
  onerror: WorkerPort['onerror'] = null;
  onmessageerror: WorkerPort['onmessageerror'] = null;
  received: RobustnessRequestMessage[] = [];
  isTerminated = false;

  postMessage(message: unknown): void {
    this.received.push(message as RobustnessRequestMessage);
  }

  terminate(): void {
    this.isTerminated = true;
  }

  answer(response: RobustnessResponseMessage): void {
    this.onmessage?.(new MessageEvent('message', { data: response }));
  }

  fail(message: string): void {
    this.onerror?.(new ErrorEvent('error', { message }));
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = createRobustnessClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { client, workers };
}

const request = { input: {}, weights: { a: 1 }, options: {} } as unknown as RobustnessRequest;
const result = { samples: 10 } as unknown as RobustnessResult;

describe('createRobustnessClient', () => {
  it('creates the worker on the first run and resolves with the answer to its request', async () => {
    const { client, workers } = setup();
    expect(workers).toHaveLength(0);
    const outcome = client.run(request);
    const worker = workers[0];
    expect(worker?.received).toEqual([{ ...request, id: 1, inputVersion: 1 }]);
    worker?.answer({ id: 1, ok: true, result, elapsedMs: 12 });
    await expect(outcome).resolves.toEqual({ status: 'done', result, elapsedMs: 12 });
  });

  it('sends the input once per worker: later runs on the same input carry only the weights', async () => {
    const { client, workers } = setup();
    const first = client.run(request);
    workers[0]?.answer({ id: 1, ok: true, result, elapsedMs: 1 });
    await first;
    const second = client.run({ ...request, weights: { moved: 1 } });
    expect(workers[0]?.received[1]).toEqual({
      id: 2,
      inputVersion: 1,
      weights: { moved: 1 },
      options: request.options,
    });
    workers[0]?.answer({ id: 2, ok: true, result, elapsedMs: 1 });
    await second;
    // A new input object is a new version and is sent again.
    void client.run({ ...request, input: { ...request.input } });
    expect(workers[0]?.received[2]).toMatchObject({ id: 3, inputVersion: 2, input: request.input });
  });

  it('sends the input again to a replacement worker after a cancelled run', () => {
    const { client, workers } = setup();
    void client.run(request);
    void client.run(request);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.received[0]).toMatchObject({ inputVersion: 1, input: request.input });
  });

  it('reuses an idle worker for the next run', async () => {
    const { client, workers } = setup();
    const first = client.run(request);
    workers[0]?.answer({ id: 1, ok: true, result, elapsedMs: 1 });
    await first;
    const second = client.run(request);
    workers[0]?.answer({ id: 2, ok: true, result, elapsedMs: 1 });
    await expect(second).resolves.toMatchObject({ status: 'done' });
    expect(workers).toHaveLength(1);
  });

  it('cancels the run in flight when a new one starts: terminates its worker and starts another', async () => {
    const { client, workers } = setup();
    const first = client.run(request);
    const second = client.run(request);
    await expect(first).resolves.toEqual({ status: 'cancelled' });
    expect(workers[0]?.isTerminated).toBe(true);
    // A late answer from the old worker is ignored.
    workers[0]?.answer({ id: 1, ok: true, result, elapsedMs: 1 });
    workers[1]?.answer({ id: 2, ok: true, result, elapsedMs: 3 });
    await expect(second).resolves.toEqual({ status: 'done', result, elapsedMs: 3 });
  });

  it('ignores an answer to another request id', async () => {
    const { client, workers } = setup();
    const outcome = client.run(request);
    workers[0]?.answer({ id: 99, ok: true, result, elapsedMs: 1 });
    workers[0]?.answer({ id: 1, ok: false, message: 'samples must be an integer' });
    await expect(outcome).resolves.toEqual({ status: 'failed', message: 'samples must be an integer' });
  });

  it('reports a crashed worker as a failure and replaces it on the next run', async () => {
    const { client, workers } = setup();
    const outcome = client.run(request);
    workers[0]?.fail('Failed to load the worker script');
    await expect(outcome).resolves.toEqual({ status: 'failed', message: 'Failed to load the worker script' });
    expect(workers[0]?.isTerminated).toBe(true);
    void client.run(request);
    expect(workers).toHaveLength(2);
  });

  it('reports data that cannot be sent as a failure', async () => {
    const failing = createRobustnessClient(() => {
      const worker = new FakeWorker();
      worker.postMessage = () => {
        throw new DOMException('could not be cloned', 'DataCloneError');
      };
      return worker;
    });
    await expect(failing.run(request)).resolves.toEqual({ status: 'failed', message: 'could not be cloned' });
  });

  it('settles the run in flight as cancelled on dispose', async () => {
    const { client, workers } = setup();
    const outcome = client.run(request);
    client.dispose();
    await expect(outcome).resolves.toEqual({ status: 'cancelled' });
    expect(workers[0]?.isTerminated).toBe(true);
  });
});
