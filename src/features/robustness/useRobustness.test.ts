import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildScoringInput } from '../../scoring/testFixtures';
import type { RobustnessClient } from '../../workers/robustnessClient';
import { useRobustness } from './useRobustness';

const options = { method: { kind: 'dirichlet', concentration: 100 }, samples: 10, seed: 1 } as const;

function fakeClient(): RobustnessClient & { runs: number } {
  const client = {
    runs: 0,
    run: vi.fn(async () => {
      client.runs++;
      return { status: 'cancelled' } as const;
    }),
    cancel: vi.fn(),
    dispose: vi.fn(),
  };
  return client;
}

describe('useRobustness', () => {
  it('without auto re-run, marks the result stale on a weight change and runs only when asked', async () => {
    vi.useFakeTimers();
    const client = fakeClient();
    const input = buildScoringInput();
    const { result, rerender } = renderHook(
      ({ weights }) => useRobustness({ input, weights, options, client, autoRerun: false }),
      { initialProps: { weights: { a: 1 } as Record<string, number> } },
    );
    await act(async () => vi.runAllTimersAsync());
    expect(client.runs).toBe(1);
    rerender({ weights: { a: 2 } });
    await act(async () => vi.runAllTimersAsync());
    expect(client.runs).toBe(1);
    expect(result.current.isStale).toBe(true);
    act(() => result.current.rerun());
    await act(async () => vi.runAllTimersAsync());
    expect(client.runs).toBe(2);
    expect(result.current.isStale).toBe(false);
    vi.useRealTimers();
  });

  it('with auto re-run (the default), follows a weight change by itself', async () => {
    vi.useFakeTimers();
    const client = fakeClient();
    const input = buildScoringInput();
    const { rerender } = renderHook(({ weights }) => useRobustness({ input, weights, options, client }), {
      initialProps: { weights: { a: 1 } as Record<string, number> },
    });
    await act(async () => vi.runAllTimersAsync());
    rerender({ weights: { a: 2 } });
    await act(async () => vi.runAllTimersAsync());
    expect(client.runs).toBe(2);
    vi.useRealTimers();
  });
});
