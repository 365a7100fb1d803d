import { describe, expect, it } from 'vitest';
import {
  containingPeriods,
  dayNumber,
  elapsedShare,
  findPeriodOneYearEarlier,
  oneYearEarlier,
  periodDays,
} from './dates';
import { buildPeriod } from './testFixtures';

const year = buildPeriod('2023', '2023-01-01', '2023-12-31');
const q1 = buildPeriod('2023Q1', '2023-01-01', '2023-03-31');
const h1 = buildPeriod('2023H1', '2023-01-01', '2023-06-30');

describe('dayNumber', () => {
  it('counts days since 1970-01-01 in UTC', () => {
    expect(dayNumber('1970-01-02', 'x')).toBe(1);
    expect(dayNumber('2023-04-14', 'x') - dayNumber('2023-01-01', 'x')).toBe(103);
  });

  it('reads the date part of a date-time', () => {
    expect(dayNumber('2023-04-14T23:59:00+08:00', 'x')).toBe(dayNumber('2023-04-14', 'x'));
  });

  it.each(['2023-02-30', '2023-13-01', '14/04/2023', ''])('rejects %j, naming what it belongs to', (date) => {
    expect(() => dayNumber(date, 'asOf')).toThrow(`asOf: "${date}" is not an ISO date`);
  });
});

describe('periodDays', () => {
  it('counts both ends: 2023 has 365 days, its first quarter 90', () => {
    expect(periodDays(year)).toBe(365);
    expect(periodDays(q1)).toBe(90);
  });
});

describe('elapsedShare', () => {
  it('counts the as-of day itself: 14 April is day 104 of 365', () => {
    expect(elapsedShare(year, '2023-04-14')).toBe(104 / 365);
  });

  it('is one day before the period starts and 1 after it ends', () => {
    expect(elapsedShare(year, '2022-06-01')).toBe(1 / 365);
    expect(elapsedShare(year, '2024-02-01')).toBe(1);
  });
});

describe('oneYearEarlier', () => {
  it.each([
    ['2023-04-14', '2022-04-14'],
    ['2023-03-31', '2022-03-31'],
    ['2024-02-29', '2023-02-28'],
    ['2025-02-28', '2024-02-29'],
    ['2023-01-01', '2022-01-01'],
  ])('%s → %s', (date, expected) => {
    expect(oneYearEarlier(date, 'x')).toBe(expected);
  });
});

describe('findPeriodOneYearEarlier', () => {
  it('finds the period whose start and end are both one year earlier', () => {
    const last = buildPeriod('2022Q1', '2022-01-01', '2022-03-31');
    expect(findPeriodOneYearEarlier(q1, [year, last, q1])).toBe(last);
    expect(findPeriodOneYearEarlier(q1, [year, q1])).toBeUndefined();
  });
});

describe('containingPeriods', () => {
  it('lists the periods containing a period, itself included, shortest first', () => {
    expect(containingPeriods(q1, [year, h1, q1]).map((period) => period.id)).toEqual([
      '2023Q1',
      '2023H1',
      '2023',
    ]);
    expect(containingPeriods(h1, [year, h1, q1]).map((period) => period.id)).toEqual(['2023H1', '2023']);
  });
});
