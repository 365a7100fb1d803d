import { describe, expect, it } from 'vitest';
import { buildGroup, buildLeaf, buildScorecard } from '../../scoring/testFixtures';
import {
  copyIdFor,
  findGroup,
  fullWeightsOf,
  parentOf,
  presetWeightsFor,
  scorecardWithWeights,
  weightRowsOf,
} from './weightTree';

const scorecard = buildScorecard(
  [
    buildGroup('dim-a', [buildLeaf('leaf-a1', { weight: 3 }), buildLeaf('leaf-a2', { weight: 1 })], {
      weight: 60,
    }),
    buildGroup('dim-b', [buildLeaf('leaf-b1')], { weight: 40 }),
  ],
  { id: 'card', revision: 4 },
);

describe('weightRowsOf', () => {
  it('lists every node depth-first with its share of its siblings', () => {
    const rows = weightRowsOf(scorecard, { 'dim-b': 20 });
    expect(rows.map((row) => [row.nodeId, row.depth, row.weight, row.share])).toEqual([
      ['dim-a', 0, 60, 0.75],
      ['leaf-a1', 1, 3, 0.75],
      ['leaf-a2', 1, 1, 0.25],
      ['dim-b', 0, 20, 0.25],
      ['leaf-b1', 1, 1, 1],
    ]);
    expect(rows[1]?.ancestorIds).toEqual(['dim-a']);
  });

  it('gives siblings that are all 0 equal shares', () => {
    const rows = weightRowsOf(scorecard, { 'dim-a': 0, 'dim-b': 0 });
    expect(rows.filter((row) => row.depth === 0).map((row) => row.share)).toEqual([0.5, 0.5]);
  });
});

describe('tree lookups', () => {
  it('finds a node’s parent and a group by id', () => {
    expect(parentOf(scorecard, 'leaf-a2')?.id).toBe('dim-a');
    expect(parentOf(scorecard, 'dim-b')?.id).toBe('root');
    expect(parentOf(scorecard, 'nope')).toBeUndefined();
    expect(findGroup(scorecard, 'root')).toBe(scorecard.root);
    expect(findGroup(scorecard, 'leaf-a1')).toBeUndefined();
  });

  it('lists the weight in force of every node under the root', () => {
    expect(fullWeightsOf(scorecard, { 'leaf-a2': 5, ignored: 3 })).toEqual({
      'dim-a': 60,
      'leaf-a1': 3,
      'leaf-a2': 5,
      'dim-b': 40,
      'leaf-b1': 1,
    });
  });
});

describe('presetWeightsFor', () => {
  it('takes the preset’s weights for the nodes both share, by id', () => {
    const preset = buildScorecard([buildGroup('dim-a', [buildLeaf('other')], { weight: 10 })], {
      id: 'preset',
    });
    expect(presetWeightsFor(scorecard, preset)).toEqual({ 'dim-a': 10 });
  });
});

describe('scorecardWithWeights', () => {
  it('writes the weights in force into a copy with a new id, name and revision 1', () => {
    const copy = scorecardWithWeights(scorecard, { 'dim-a': 10, 'leaf-a2': 7 }, 'card-copy', {
      zh: '副本',
      en: 'Copy',
    });
    expect(copy).toMatchObject({ id: 'card-copy', name: { zh: '副本', en: 'Copy' }, revision: 1 });
    expect(fullWeightsOf(copy, {})).toEqual({
      'dim-a': 10,
      'leaf-a1': 3,
      'leaf-a2': 7,
      'dim-b': 40,
      'leaf-b1': 1,
    });
    // The original is untouched.
    expect(fullWeightsOf(scorecard, {})['dim-a']).toBe(60);
  });

  it('picks the first free copy id', () => {
    expect(copyIdFor('card', ['card'])).toBe('card-copy');
    expect(copyIdFor('card', ['card', 'card-copy', 'card-copy-2'])).toBe('card-copy-3');
  });
});
