/**
 * Writes the XLSX fixtures of tests/fixtures/import/ with the same library the app reads them with
 * (@e965/xlsx): a merged title row, a merged zone cell, a percent-formatted cell, a second sheet.
 * Run: npx tsx scripts/makeImportXlsxFixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { utils, write } from '@e965/xlsx';

const OUT = new URL('../tests/fixtures/import/', import.meta.url);

function mergedTitle(): Uint8Array {
  const sheet = utils.aoa_to_sheet([
    ['2023年一季度 功能区指标', null, null, null],
    ['功能区', '引进落地项目', '规上工业企业研发机构覆盖率', '辖区银行机构贷款余额（亿元）'],
    ['高新区', 41, 0.1019, '1,700'],
    ['金家岭', '暂无', 0.85, 2345.6],
  ]);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
  // Percent number format: the cell holds the fraction, Excel shows 10.19%.
  for (const address of ['C3', 'C4']) {
    const cell = sheet[address];
    if (cell) cell.z = '0.00%';
  }
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, '一季度');
  utils.book_append_sheet(book, utils.aoa_to_sheet([['说明'], ['本表由测试生成']]), '说明');
  return write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

/** A header merged over two rows (name above, unit below) and a zone merged over two rows. */
function mergedZone(): Uint8Array {
  const sheet = utils.aoa_to_sheet([
    ['功能区', '引进落地项目', '产业基金总规模'],
    [null, null, '亿元'],
    ['上合示范区', 12, '1.2万亿元'],
    [null, 13, 5],
  ]);
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
    { s: { r: 0, c: 1 }, e: { r: 1, c: 1 } },
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
  ];
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Sheet1');
  return write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

writeFileSync(new URL('wide-merged-title.xlsx', OUT), mergedTitle());
writeFileSync(new URL('wide-merged-zone.xlsx', OUT), mergedZone());
