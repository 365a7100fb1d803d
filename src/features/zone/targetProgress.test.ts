import { describe, expect, it } from 'vitest';
import { buildFact, buildPeriod, buildTarget } from '../../scoring/testFixtures';
import { targetProgress, targetProgressList } from './targetProgress';

const Q1 = buildPeriod('2023Q1', '2023-01-01', '2023-03-31');
const YEAR = buildPeriod('2023', '2023-01-01', '2023-12-31');
const PERIODS = [Q1, YEAR];
const AS_OF = '2023-04-14';

describe('targetProgress', () => {
  it('measures a Q1 fact against a 2023 target: 4000 / 5000 = 80 %, time-pace 80 % ÷ 104/365 ≈ 281 %', () => {
    const target = buildTarget('shanghe', 'platform-enterprises', 5000, { periodId: '2023' });
    const fact = buildFact('shanghe', 'platform-enterprises', 4000, { periodId: '2023Q1' });
    const progress = targetProgress(target, [fact], PERIODS, AS_OF);
    expect(progress.fact).toBe(fact);
    expect(progress.completion).toBeCloseTo(0.8, 12);
    expect(progress.elapsedShare).toBeCloseTo(104 / 365, 12);
    expect(progress.timePace).toBeCloseTo((0.8 * 365) / 104, 12);
    expect(Math.round((progress.timePace ?? 0) * 100)).toBe(281);
  });

  it('reports no completion when the zone has no figure for the indicator', () => {
    const target = buildTarget('shanghe', 'energy-traders', 100, { periodId: '2023' });
    const other = buildFact('shanghe', 'platform-enterprises', 4000, { periodId: '2023Q1' });
    const progress = targetProgress(target, [other], PERIODS, AS_OF);
    expect(progress).toMatchObject({ fact: null, completion: null, timePace: null });
    expect(progress.elapsedShare).toBeCloseTo(104 / 365, 12);
  });

  it('ignores another zone’s fact of the same indicator', () => {
    const target = buildTarget('a', 'output', 10, { periodId: '2023' });
    const progress = targetProgress(target, [buildFact('b', 'output', 5)], PERIODS, AS_OF);
    expect(progress.fact).toBeNull();
  });

  it('has no completion for a target of 0 and no time-pace for a period without dates', () => {
    const zero = buildTarget('a', 'output', 0, { periodId: '2023' });
    expect(targetProgress(zero, [buildFact('a', 'output', 5)], PERIODS, AS_OF).completion).toBeNull();
    const undated = buildTarget('a', 'output', 10, { periodId: '2024' });
    const progress = targetProgress(undated, [buildFact('a', 'output', 5)], PERIODS, AS_OF);
    expect(progress.completion).toBe(0.5);
    expect(progress).toMatchObject({ elapsedShare: null, timePace: null });
  });

  it('prefers the latest fact inside the target period', () => {
    const H1 = buildPeriod('2023H1', '2023-01-01', '2023-06-30');
    const y2022 = buildPeriod('2022', '2022-01-01', '2022-12-31');
    const target = buildTarget('a', 'output', 100, { periodId: '2023' });
    const facts = [
      buildFact('a', 'output', 10, { id: 'q1', periodId: '2023Q1' }),
      buildFact('a', 'output', 60, { id: 'h1', periodId: '2023H1' }),
      buildFact('a', 'output', 90, { id: 'last-year', periodId: '2022' }),
    ];
    const progress = targetProgress(target, facts, [Q1, H1, YEAR, y2022], '2023-06-30');
    expect(progress.fact?.id).toBe('h1');
    expect(progress.timePace).toBeCloseTo(0.6 / (181 / 365), 12);
  });

  it('counts the whole period once the as-of date is past its end', () => {
    const target = buildTarget('a', 'output', 100, { periodId: '2023' });
    const progress = targetProgress(target, [buildFact('a', 'output', 50)], PERIODS, '2024-02-01');
    expect(progress.elapsedShare).toBe(1);
    expect(progress.timePace).toBe(0.5);
  });
});

describe('targetProgressList', () => {
  it('keeps the targets’ order and pairs each with its own zone’s facts', () => {
    const targets = [
      buildTarget('a', 'x', 10, { periodId: '2023' }),
      buildTarget('b', 'x', 10, { periodId: '2023' }),
    ];
    const list = targetProgressList(targets, [buildFact('b', 'x', 5)], PERIODS, AS_OF);
    expect(list.map((entry) => entry.completion)).toEqual([null, 0.5]);
  });
});
