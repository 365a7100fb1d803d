import { describe, expect, it } from 'vitest';
import { buildSelectionIndex, selectLeafInput } from './select';
import {
  buildFact,
  buildIndicator,
  buildJuryIndicator,
  buildJuryScore,
  buildJuryScores,
  buildLeaf,
} from './testFixtures';

const output = buildIndicator('output');
const pitch = buildJuryIndicator('pitch');

describe('selectLeafInput', () => {
  it('takes the fact of the scored period', () => {
    const facts = [buildFact('a', 'output', 5, { periodId: '2022' }), buildFact('a', 'output', 7)];
    const index = buildSelectionIndex(facts, [], '2023');
    expect(selectLeafInput(buildLeaf('output'), output, 'a', index)).toEqual({
      nodeId: 'output',
      indicatorId: 'output',
      rawValue: 7,
      factId: 'a/output/2023',
      usesSampleData: false,
    });
  });

  it('takes the last of several facts for the same zone, indicator and period', () => {
    const facts = [
      buildFact('a', 'output', 5, { id: 'first' }),
      buildFact('a', 'output', 6, { id: 'second' }),
    ];
    const input = selectLeafInput(buildLeaf('output'), output, 'a', buildSelectionIndex(facts, [], '2023'));
    expect(input.rawValue).toBe(6);
    expect(input.factId).toBe('second');
  });

  it('has no value without a fact, or with a non-finite one', () => {
    const index = buildSelectionIndex([buildFact('b', 'output', Number.NaN)], [], '2023');
    expect(selectLeafInput(buildLeaf('output'), output, 'a', index).rawValue).toBeNull();
    expect(selectLeafInput(buildLeaf('output'), output, 'b', index).rawValue).toBeNull();
  });

  it('combines jury scores with a trimmed mean by default and names the dropped scores', () => {
    const index = buildSelectionIndex([], buildJuryScores('a', 'pitch', [60, 70, 80, 90, 100]), '2023');
    expect(selectLeafInput(buildLeaf('pitch'), pitch, 'a', index)).toEqual({
      nodeId: 'pitch',
      indicatorId: 'pitch',
      rawValue: 80,
      juryCount: 5,
      droppedJuryScoreIds: ['j1/a/pitch', 'j5/a/pitch'],
      usesSampleData: false,
    });
  });

  it("uses the leaf's own jury combination", () => {
    const index = buildSelectionIndex([], buildJuryScores('a', 'pitch', [60, 70, 100]), '2023');
    const leaf = buildLeaf('pitch', { jury: { method: 'median' } });
    expect(selectLeafInput(leaf, pitch, 'a', index)).toMatchObject({ rawValue: 70, droppedJuryScoreIds: [] });
  });

  it('marks sample data when any jury score of the zone is a sample', () => {
    const scores = [
      ...buildJuryScores('a', 'pitch', [80, 90]),
      buildJuryScore('demo', 'a', 'pitch', 85, { isSample: true }),
    ];
    const input = selectLeafInput(buildLeaf('pitch'), pitch, 'a', buildSelectionIndex([], scores, '2023'));
    expect(input.usesSampleData).toBe(true);
  });

  it('has no value for a zone without jury scores', () => {
    const index = buildSelectionIndex([], buildJuryScores('a', 'pitch', [80]), '2023');
    expect(selectLeafInput(buildLeaf('pitch'), pitch, 'b', index)).toMatchObject({
      rawValue: null,
      juryCount: 0,
    });
  });
});
