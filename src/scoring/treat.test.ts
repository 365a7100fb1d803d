import { describe, expect, it } from 'vitest';
import {
  presentSorted,
  quantile,
  TREAT_LOG_NON_POSITIVE,
  TREAT_OK,
  TREAT_WINSORISED,
  treatColumn,
} from './treat';

const column = (...values: number[]) => Float64Array.from(values);

describe('treatColumn', () => {
  it('takes the natural log and drops values ≤ 0 with a status', () => {
    const treated = treatColumn(column(Math.E, 1, 0, -3, Number.NaN), { log: true });
    expect(Array.from(treated.values)).toEqual([1, 0, Number.NaN, Number.NaN, Number.NaN]);
    expect(Array.from(treated.status)).toEqual([
      TREAT_OK,
      TREAT_OK,
      TREAT_LOG_NON_POSITIVE,
      TREAT_LOG_NON_POSITIVE,
      TREAT_OK,
    ]);
  });

  it('winsorises to the quantiles of the present values and marks what moved', () => {
    // 0 … 9 plus 100: the 10 % quantile is 1 and the 90 % quantile 9 (positions 1 and 9 of 0…10)
    const values = column(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100);
    const treated = treatColumn(values, { winsorise: { lower: 0.1, upper: 0.9 } });
    expect(treated.values[0]).toBe(1);
    expect(treated.values[10]).toBe(9);
    expect(treated.values[5]).toBe(5);
    expect(treated.status[0]).toBe(TREAT_WINSORISED);
    expect(treated.status[10]).toBe(TREAT_WINSORISED);
    expect(treated.status[5]).toBe(TREAT_OK);
  });

  it('logs first, then winsorises on the logged values', () => {
    const treated = treatColumn(column(1, Math.E, Math.E ** 2), {
      log: true,
      winsorise: { lower: 0, upper: 0.5 },
    });
    expect(Array.from(treated.values)).toEqual([0, 1, 1]);
  });

  it('leaves the input unchanged', () => {
    const values = column(-1, 5);
    treatColumn(values, { log: true });
    expect(Array.from(values)).toEqual([-1, 5]);
  });

  it('rejects quantiles outside 0 ≤ lower ≤ upper ≤ 1', () => {
    expect(() => treatColumn(column(1), { winsorise: { lower: 0.9, upper: 0.1 } })).toThrow(
      'winsorise quantiles must satisfy 0 ≤ lower ≤ upper ≤ 1, got lower 0.9 and upper 0.1',
    );
  });
});

describe('quantile', () => {
  it('interpolates between order statistics (numpy default, R type 7)', () => {
    expect(quantile(column(1, 2, 3, 4), 0.5)).toBe(2.5);
    expect(quantile(column(1, 2, 3, 4), 0)).toBe(1);
    expect(quantile(column(1, 2, 3, 4), 1)).toBe(4);
    expect(quantile(column(10, 20), 0.25)).toBe(12.5);
  });

  it('does not overflow on a span wider than the largest double', () => {
    expect(quantile(column(-1e308, 1e308), 0.5)).toBe(0);
  });
});

describe('presentSorted', () => {
  it('drops NaN and sorts ascending', () => {
    expect(Array.from(presentSorted(column(3, Number.NaN, -1, 2)))).toEqual([-1, 2, 3]);
  });
});
