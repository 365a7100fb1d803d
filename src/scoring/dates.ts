import type { Period } from './model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO date (`2023-04-14`, or the date part of a date-time), in UTC
 * so no time zone or daylight saving shifts a day. Throws with the value and what it belongs to.
 */
export function dayNumber(date: string, what: string): number {
  const match = ISO_DATE.exec(date);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  const time = Date.UTC(year, month - 1, day);
  if (!match || new Date(time).getUTCDate() !== day || month < 1 || month > 12) {
    throw new Error(`${what}: "${date}" is not an ISO date (YYYY-MM-DD)`);
  }
  return Math.round(time / MS_PER_DAY);
}

/** Days in a period, both ends included. */
export function periodDays(period: Period): number {
  return (
    dayNumber(period.end, `period "${period.id}" end`) -
    dayNumber(period.start, `period "${period.id}" start`) +
    1
  );
}

/**
 * The same calendar date one year earlier. A month's last day maps to that month's last day
 * (2024-02-29 → 2023-02-28, 2025-02-28 → 2024-02-29), so month and quarter periods line up.
 */
export function oneYearEarlier(date: string, what: string): string {
  const days = dayNumber(date, what);
  const current = new Date(days * MS_PER_DAY);
  const year = current.getUTCFullYear() - 1;
  const month = current.getUTCMonth();
  const isMonthEnd = new Date((days + 1) * MS_PER_DAY).getUTCDate() === 1;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = isMonthEnd ? lastDay : Math.min(current.getUTCDate(), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Elapsed share of a period at `asOf` (序时进度's denominator): days from the start through `asOf`
 * inclusive ÷ days in the period, clamped to (0, 1] — before the start it counts one day, after
 * the end the whole period.
 */
export function elapsedShare(period: Period, asOf: string): number {
  const total = periodDays(period);
  const elapsed = dayNumber(asOf, 'asOf') - dayNumber(period.start, `period "${period.id}" start`) + 1;
  return Math.min(1, Math.max(1, elapsed) / total);
}

/** The period whose start and end are each one year before `period`'s; undefined when there is none. */
export function findPeriodOneYearEarlier(period: Period, periods: readonly Period[]): Period | undefined {
  const start = oneYearEarlier(period.start, `period "${period.id}" start`);
  const end = oneYearEarlier(period.end, `period "${period.id}" end`);
  return periods.find((candidate) => candidate.start === start && candidate.end === end);
}

/**
 * Periods containing `period` by dates (itself included), shortest first, ties in input order:
 * where a target for the scored period is looked for by default.
 */
export function containingPeriods(period: Period, periods: readonly Period[]): Period[] {
  const start = dayNumber(period.start, `period "${period.id}" start`);
  const end = dayNumber(period.end, `period "${period.id}" end`);
  return periods
    .map((candidate, index) => ({
      candidate,
      index,
      start: dayNumber(candidate.start, `period "${candidate.id}" start`),
      end: dayNumber(candidate.end, `period "${candidate.id}" end`),
    }))
    .filter((entry) => entry.start <= start && entry.end >= end)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || a.index - b.index)
    .map((entry) => entry.candidate);
}
