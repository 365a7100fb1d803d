import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Judge, JuryCombination } from '../../scoring/model';
import {
  buildGroup,
  buildIndicator,
  buildJuryIndicator,
  buildJuryScore,
  buildLeaf,
  buildScorecard,
  buildZone,
  text,
} from '../../scoring/testFixtures';
import { isShortOfScores, juryColumnsOf, juryLeavesOf, juryRowsOf } from './juryGrid';

const TRIM_ONE: JuryCombination = { method: 'trimmed-mean', trim: 1 };

function judge(id: string, isSample = false): Judge {
  return { id, name: text(id), isSample };
}

function columnsFor(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    judgeId: `j${index + 1}`,
    name: text(`j${index + 1}`),
    isSample: false,
    isEditable: true,
  }));
}

function rowOf(scores: readonly (number | null)[], combination: JuryCombination) {
  const records = scores.flatMap((score, index) =>
    score === null ? [] : [buildJuryScore(`j${index + 1}`, 'z', 'jury', score)],
  );
  const [row] = juryRowsOf([buildZone('z')], columnsFor(scores.length), records, {
    indicatorId: 'jury',
    combination,
  });
  if (!row) throw new Error('no row');
  return row;
}

describe('juryLeavesOf', () => {
  it('lists jury leaves in tree order with their method and scale, skipping other kinds', () => {
    const card = buildScorecard([
      buildGroup('dim', [
        buildLeaf('leaf-show', { indicatorId: 'show', jury: { method: 'median' } }),
        buildLeaf('leaf-output', { indicatorId: 'output' }),
      ]),
      buildLeaf('leaf-plans', { indicatorId: 'plans' }),
    ]);
    const leaves = juryLeavesOf(card, [
      buildJuryIndicator('show', { scale: { min: 1, max: 10 } }),
      buildIndicator('output'),
      buildJuryIndicator('plans', { scale: undefined }),
    ]);
    expect(leaves.map((leaf) => [leaf.indicatorId, leaf.combination, leaf.scale])).toEqual([
      ['show', { method: 'median' }, { min: 1, max: 10 }],
      // The engine's default method and a 0–100 scale when the data does not say.
      ['plans', TRIM_ONE, { min: 0, max: 100 }],
    ]);
  });
});

describe('juryColumnsOf', () => {
  it('shows real judges first (editable), then sample and unknown judges that scored this indicator', () => {
    const judges = [judge('sample-j2', true), judge('judge-b'), judge('sample-j1', true), judge('judge-a')];
    const scores = [
      buildJuryScore('sample-j1', 'z', 'show', 80, { isSample: true }),
      buildJuryScore('sample-j2', 'z', 'other', 80, { isSample: true }),
      buildJuryScore('ghost', 'z', 'show', 70),
    ];
    expect(juryColumnsOf(judges, scores, 'show').map((c) => [c.judgeId, c.isEditable])).toEqual([
      ['judge-a', true],
      ['judge-b', true],
      ['sample-j1', false],
      ['ghost', false],
    ]);
  });
});

describe('juryRowsOf', () => {
  it('drops one lowest and one highest score and averages the rest (去掉一个最高分和一个最低分)', () => {
    const row = rowOf([80, 95, null, 70, 85], TRIM_ONE);
    expect(row.dropped).toEqual([null, 'highest', null, 'lowest', null]);
    expect(row.combined).toBeCloseTo(82.5, 10);
    expect(row.count).toBe(4);
    expect(isShortOfScores(row)).toBe(false);
  });

  it('drops nothing and flags the zone when a trimmed mean has too few scores', () => {
    const row = rowOf([80, 90, null], TRIM_ONE);
    expect(row.dropped).toEqual([null, null, null]);
    expect(row.combined).toBe(85);
    expect(isShortOfScores(row)).toBe(true);
  });

  it('combines by median and mean without dropping anything', () => {
    expect(rowOf([60, 90, 70], { method: 'median' })).toMatchObject({
      combined: 70,
      dropped: [null, null, null],
    });
    expect(rowOf([60, 90], { method: 'mean' })).toMatchObject({ combined: 75, dropped: [null, null] });
  });

  it('has no combined score and is short without any score', () => {
    const row = rowOf([null, null], TRIM_ONE);
    expect(row.combined).toBeNull();
    expect(isShortOfScores(row)).toBe(true);
  });

  it('marks rows holding sample scores', () => {
    const [row] = juryRowsOf(
      [buildZone('z')],
      columnsFor(1),
      [buildJuryScore('j1', 'z', 'jury', 80, { isSample: true })],
      { indicatorId: 'jury', combination: TRIM_ONE },
    );
    expect(row?.hasSampleScores).toBe(true);
  });

  const cellScores = fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), {
    minLength: 1,
    maxLength: 12,
  });

  it('drops exactly 2·trim scores when there are enough, none otherwise, half of them lowest', () => {
    fc.assert(
      fc.property(cellScores, fc.integer({ min: 0, max: 4 }), (scores, trim) => {
        const row = rowOf(scores, { method: 'trimmed-mean', trim });
        const given = scores.filter((score) => score !== null).length;
        const marks = row.dropped.filter((mark) => mark !== null);
        const expected = trim > 0 && given >= 2 * trim + 1 ? 2 * trim : 0;
        expect(marks).toHaveLength(expected);
        expect(marks.filter((mark) => mark === 'lowest')).toHaveLength(expected / 2);
        // Only given scores are marked, and no kept score is below a dropped lowest or above a dropped highest.
        row.dropped.forEach((mark, column) => {
          if (mark !== null) expect(scores[column]).not.toBeNull();
        });
        const kept = scores.filter(
          (score, column) => score !== null && row.dropped[column] === null,
        ) as number[];
        row.dropped.forEach((mark, column) => {
          const score = scores[column] as number;
          if (mark === 'lowest') expect(score).toBeLessThanOrEqual(Math.min(...kept));
          if (mark === 'highest') expect(score).toBeGreaterThanOrEqual(Math.max(...kept));
        });
      }),
    );
  });

  it('keeps the combined score within the range of the kept scores, for every method', () => {
    const methods = fc.oneof(
      fc.constant<JuryCombination>({ method: 'mean' }),
      fc.constant<JuryCombination>({ method: 'median' }),
      fc.integer({ min: 0, max: 3 }).map((trim): JuryCombination => ({ method: 'trimmed-mean', trim })),
    );
    fc.assert(
      fc.property(cellScores, methods, (scores, combination) => {
        const row = rowOf(scores, combination);
        const kept = scores.filter(
          (score, column) => score !== null && row.dropped[column] === null,
        ) as number[];
        if (kept.length === 0) {
          expect(row.combined).toBeNull();
          return;
        }
        expect(row.combined).not.toBeNull();
        expect(row.combined as number).toBeGreaterThanOrEqual(Math.min(...kept) - 1e-9);
        expect(row.combined as number).toBeLessThanOrEqual(Math.max(...kept) + 1e-9);
      }),
    );
  });
});
