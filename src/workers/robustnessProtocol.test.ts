import { describe, expect, it } from 'vitest';
import {
  buildFacts,
  buildGroup,
  buildIndicator,
  buildLeaf,
  buildScorecard,
  buildScoringInput,
} from '../scoring/testFixtures';
import {
  createRobustnessHandler,
  handleRobustnessRequest,
  type RobustnessRequestMessage,
} from './robustnessProtocol';

const input = buildScoringInput({
  scorecard: buildScorecard([
    buildGroup('output', [buildLeaf('gdp')], { weight: 1 }),
    buildGroup('innovation', [buildLeaf('patents')], { weight: 1 }),
  ]),
  indicators: [buildIndicator('gdp'), buildIndicator('patents')],
  facts: [...buildFacts('gdp', { a: 100, b: 60, c: 10 }), ...buildFacts('patents', { a: 10, b: 50, c: 90 })],
});

function message(overrides: Partial<RobustnessRequestMessage> = {}): RobustnessRequestMessage {
  return {
    id: 4,
    inputVersion: 1,
    input,
    weights: { output: 3, innovation: 1 },
    options: { method: { kind: 'dirichlet', concentration: 20 }, samples: 500, seed: 9 },
    ...overrides,
  };
}

describe('handleRobustnessRequest', () => {
  it('answers with the analysis, its request id and the time it took', () => {
    let clock = 100;
    const response = handleRobustnessRequest(message(), () => (clock += 5));
    expect(response).toMatchObject({ id: 4, ok: true, elapsedMs: 5 });
    if (!response.ok) throw new Error(response.message);
    expect(response.result.zones.map((zone) => [zone.zoneId, zone.chosenRank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(response.result.samples).toBe(500);
  });

  it('answers with plain data that survives structured cloning unchanged', () => {
    const response = handleRobustnessRequest(message(), () => 0);
    expect(structuredClone(response)).toEqual(response);
  });

  it('turns an error into a message instead of throwing', () => {
    const invalid = message({ options: { method: { kind: 'uniform', spread: 2 }, samples: 10, seed: 1 } });
    expect(handleRobustnessRequest(invalid, () => 0)).toEqual({
      id: 4,
      ok: false,
      message: 'uniform spread must be between 0 and 1, got 2',
    });
  });
});

describe('createRobustnessHandler', () => {
  it('keeps the prepared input, so a request with only new weights needs no input', () => {
    const handle = createRobustnessHandler(() => 0);
    const first = handle(message());
    const again = handle(message({ id: 5, input: undefined }));
    expect(first.ok && again.ok).toBe(true);
    if (first.ok && again.ok) expect(again.result).toEqual(first.result);
  });

  it('refuses a request for an input version it was never sent', () => {
    const response = createRobustnessHandler(() => 0)(message({ inputVersion: 2, input: undefined }));
    expect(response).toMatchObject({ ok: false, message: expect.stringContaining('input version 2') });
  });
});
