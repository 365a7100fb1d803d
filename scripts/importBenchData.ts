/**
 * A messy wide CSV of `rows` zones × `indicators` columns (title row, unit strings, thousands
 * separators, full-width digits, missing cells) and the catalogue it matches, for `npm run bench`.
 */
import type { Catalogue } from '../src/formats/import/plan';

export function buildImportBenchInput(
  rows: number,
  indicators: number,
): { bytes: Uint8Array; catalogue: Catalogue } {
  const catalogue: Catalogue = {
    zones: Array.from({ length: rows }, (_, index) => ({
      id: `z${index}`,
      name: { zh: `功能区${index}`, en: `Zone ${index}` },
      shortName: { zh: `区${index}`, en: `Z${index}` },
      categoryId: 'c',
      color: '#000000',
    })),
    indicators: Array.from({ length: indicators }, (_, index) => ({
      id: `i${index}`,
      name: { zh: `指标${index}`, en: `Indicator ${index}` },
      unit: index % 2 === 0 ? '亿元' : '家',
      direction: 'higher' as const,
      kind: 'quantitative' as const,
    })),
    periods: [
      { id: '2023Q1', label: { zh: '2023年一季度', en: '2023 Q1' }, start: '2023-01-01', end: '2023-03-31' },
    ],
    facts: [],
  };
  const cell = (row: number, column: number): string => {
    const n = (row * 7919 + column * 104729) % 100_000;
    switch ((row + column) % 5) {
      case 0:
        return `"${(n * 10).toLocaleString('en')}.5"`;
      case 1:
        return column % 2 === 0 ? `${n}万元` : `${(n / 100).toFixed(2)}万家`;
      case 2:
        return String(n).replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
      case 3:
        return n % 17 === 0 ? '—' : String(n / 10);
      default:
        return String(n);
    }
  };
  const lines = [
    `2023年一季度数据${','.repeat(indicators)}`,
    ['功能区', ...catalogue.indicators.map((indicator) => indicator.name.zh)].join(','),
    ...Array.from({ length: rows }, (_, row) =>
      [`功能区${row}`, ...Array.from({ length: indicators }, (_, column) => cell(row, column))].join(','),
    ),
  ];
  return { bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`), catalogue };
}
