import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName';

describe('exportFileName', () => {
  it('names a file <scorecard-id>-<period>-<yyyymmdd-hhmm>.<ext> in local time', () => {
    expect(exportFileName('qd-2023', '2023Q1', new Date(2026, 0, 5, 9, 7), 'png')).toBe(
      'qd-2023-2023Q1-20260105-0907.png',
    );
  });

  it('replaces characters file systems refuse', () => {
    expect(exportFileName('a/b:c', 'x y', new Date(2026, 11, 31, 23, 59), 'xlsx')).toBe(
      'a_b_c-x_y-20261231-2359.xlsx',
    );
    expect(exportFileName('', '', new Date(2026, 11, 31, 23, 59), 'csv')).toBe('_-_-20261231-2359.csv');
  });
});
