import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreZones } from '../scoring/score';
import {
  buildFacts,
  buildGroup,
  buildIndicator,
  buildLeaf,
  buildScorecard,
  buildScoringInput,
  buildZone,
  text,
} from '../scoring/testFixtures';
import { isPlainNumber, startsLikeFormula } from './cellSafety';
import { buildRankingSheet, type RankingSheet } from './rankingSheet';
import { buildRankingXlsxRows, type XlsxCell } from './rankingXlsx';

function sheetFor(zoneNames: readonly string[], values: readonly number[]): RankingSheet {
  const scorecard = buildScorecard(
    [
      buildGroup('dim-a', [buildLeaf('output')], { name: text('=SUM(A1)'), weight: 3 }),
      buildGroup('dim-b', [buildLeaf('projects')], { name: text('Projects'), weight: 1 }),
    ],
    { name: text('Quarterly'), revision: 4, periodId: '2023' },
  );
  const zones = zoneNames.map((name, index) => buildZone(`z${index}`, { name: text(name) }));
  const byZone = (offset: number) =>
    Object.fromEntries(zones.map((zone, index) => [zone.id, (values[index] ?? 1) + offset]));
  const input = buildScoringInput({
    scorecard,
    zones,
    indicators: [buildIndicator('output'), buildIndicator('projects')],
    facts: [...buildFacts('output', byZone(0)), ...buildFacts('projects', byZone(2))],
  });
  return buildRankingSheet({
    ranking: scoreZones(input),
    scorecard,
    zones,
    period: { id: '2023', label: text('Year 2023'), start: '2023-01-01', end: '2023-12-31' },
    asOf: '2023-04-14',
    language: 'en',
  });
}

const textOf = (cell: XlsxCell) => (cell?.kind === 'text' ? cell.value : undefined);

describe('buildRankingXlsxRows', () => {
  it('starts with the header block, then a blank row, the column heads and one row per zone', () => {
    const rows = buildRankingXlsxRows(
      sheetFor(['=HYPERLINK("http://x","y")', '@SUM(1)', 'Plain'], [5, 9, 1]),
    );
    expect(rows.slice(0, 6).map((row) => row.map((cell) => (cell === null ? null : cell.value)))).toEqual([
      ['# scorecard', 'Quarterly', 'fixture-card'],
      ['# revision', 4],
      ['# period', 'Year 2023', '2023'],
      ['# as-of', '2023-04-14'],
      ['# weight', "'=SUM(A1)", 3, '75.0%'],
      ['# weight', 'Projects', 1, '25.0%'],
    ]);
    expect(rows[6]).toEqual([]);
    expect(rows[7]?.map(textOf)).toEqual(['rank', 'zone', 'total', "'=SUM(A1)", 'Projects', 'flags']);
    const zoneCells = rows.slice(8).map((row) => textOf(row[1] ?? null));
    expect(zoneCells).toEqual(["'@SUM(1)", `'=HYPERLINK("http://x","y")`, 'Plain']);
  });

  it('keeps ranks and scores as numbers with a display format, unrounded', () => {
    const rows = buildRankingXlsxRows(sheetFor(['A', 'B', 'C'], [1, 2, 3]));
    const first = rows[8] ?? [];
    expect(first[0]).toEqual({ kind: 'number', value: 1, format: null, isBold: false });
    expect(first[2]).toMatchObject({ kind: 'number', format: '0.00' });
    expect(first[0]?.kind === 'number' && Number.isInteger(first[0].value)).toBe(true);
  });

  it('never writes a text cell a spreadsheet would evaluate, and numbers round-trip (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ minLength: 1 }),
            fc.constantFrom('=1+1', '+A1', '-cmd', '@SUM(1)', '\t=x', ' =x', '-5'),
          ),
          { minLength: 2, maxLength: 5 },
        ),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (names, values) => {
          const sheet = sheetFor(names, values);
          const rows = buildRankingXlsxRows(sheet);
          for (const cell of rows.flat()) {
            if (cell?.kind === 'text')
              expect(!startsLikeFormula(cell.value) || isPlainNumber(cell.value)).toBe(true);
          }
          // Every number of the sheet model is written as that same number.
          const table = rows.slice(sheet.header.length + 2);
          sheet.rows.forEach((row, r) => {
            row.forEach((cell, c) => {
              if (typeof cell === 'number')
                expect(table[r]?.[c]).toMatchObject({ kind: 'number', value: cell });
            });
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
