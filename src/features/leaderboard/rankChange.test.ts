import { describe, expect, it } from 'vitest';
import { buildGroup, buildLeaf, buildScorecard } from '../../scoring/testFixtures';
import { leafColumnsOf, rankChangeMark, rankChangeOf, rankChangeSortValue } from './rankChange';
import { rowWindow } from './useVirtualRows';

describe('rankChangeOf', () => {
  it.each([
    [1, 3, '▲2'],
    [4, 2, '▼2'],
    [2, 2, '='],
    [2, undefined, '新'],
    [2, null, '新'],
    [null, 2, '—'],
  ] as const)('rank %s against baseline %s reads %s', (current, baseline, mark) => {
    expect(rankChangeMark(rankChangeOf(current, baseline))).toBe(mark);
  });

  it('sorts the biggest rise first and new entries after every drop', () => {
    const values = [
      rankChangeOf(5, 6),
      rankChangeOf(1, 5),
      rankChangeOf(3, 3),
      rankChangeOf(2, undefined),
      rankChangeOf(9, 2),
    ]
      .map(rankChangeSortValue)
      .sort((a, b) => b - a);
    expect(values).toEqual([4, 1, 0, -7, -1e9]);
  });
});

describe('leafColumnsOf', () => {
  it('lists every indicator at any depth in scorecard order', () => {
    const card = buildScorecard([
      buildGroup('a', [buildLeaf('x'), buildGroup('b', [buildLeaf('y')])]),
      buildLeaf('z'),
    ]);
    expect(leafColumnsOf(card.root).map((leaf) => leaf.nodeId)).toEqual(['x', 'y', 'z']);
  });
});

describe('rowWindow', () => {
  it('renders the rows in view plus a margin, with spacers for the rest', () => {
    expect(rowWindow(0, 360, 1000, 36, 5)).toEqual({
      start: 0,
      end: 15,
      paddingTop: 0,
      paddingBottom: 985 * 36,
    });
    expect(rowWindow(3600, 360, 1000, 36, 5)).toEqual({
      start: 95,
      end: 115,
      paddingTop: 95 * 36,
      paddingBottom: 885 * 36,
    });
  });

  it('stays inside the rows at the end', () => {
    expect(rowWindow(999_999, 360, 20, 36, 5)).toMatchObject({ start: 20, end: 20, paddingBottom: 0 });
  });
});
