import { describe, expect, it } from 'vitest';
import { columnLetter, parseCsvNumber, parseWideCsv, type WideCsvResult } from './wideCsv';

function read(text: string): WideCsvResult {
  return parseWideCsv(text, 'zones.csv', '2023');
}

function valuesOf(result: WideCsvResult): Record<string, Record<string, number>> {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const table: Record<string, Record<string, number>> = {};
  for (const fact of result.value.facts) {
    table[fact.zoneId] = { ...table[fact.zoneId], [fact.indicatorId]: fact.value };
  }
  return table;
}

describe('parseWideCsv', () => {
  it('reads zones from the first column and one fact per numeric cell, in the given period', () => {
    const result = read('zone,output,projects\nhitech,5452,33\nftz,,42\n');
    expect(valuesOf(result)).toEqual({ hitech: { output: 5452, projects: 33 }, ftz: { projects: 42 } });
    if (!result.ok) return;
    expect(result.value.indicatorIds).toEqual(['output', 'projects']);
    expect(result.value.zones.map((zone) => [zone.id, zone.name.zh, zone.name.en])).toEqual([
      ['hitech', 'hitech', 'hitech'],
      ['ftz', 'ftz', 'ftz'],
    ]);
    expect(result.value.facts.every((fact) => fact.periodId === '2023')).toBe(true);
    expect(result.value.facts[0]?.source.text).toBe('zones.csv, row 2, column output: 5452');
  });

  it('accepts a BOM, CRLF, blank rows and RFC 4180 quoting', () => {
    const text = '\uFEFF功能区,"产值, 亿元"\r\n\r\n"高新区 ""一区""",1\r\n"多行\r\n名称",2\r\n,\r\n';
    const result = read(text);
    expect(valuesOf(result)).toEqual({
      '高新区 "一区"': { '产值, 亿元': 1 },
      '多行\r\n名称': { '产值, 亿元': 2 },
    });
  });

  it('reads thousands separators and full-width digits', () => {
    expect(valuesOf(read('zone,a,b,c\nz,"1,234,567.5",１２３４．５,－12\n'))).toEqual({
      z: { a: 1234567.5, b: 1234.5, c: -12 },
    });
  });

  it('names file, row (as a spreadsheet counts it) and column header for a cell that is not a number', () => {
    const result = read('zone,output,growth\n\nhitech,5452亿元,10.19%\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ fileName, row, column }) => ({ fileName, row, column }))).toEqual([
      { fileName: 'zones.csv', row: 3, column: 'output' },
      { fileName: 'zones.csv', row: 3, column: 'growth' },
    ]);
    expect(result.issues[0]?.message.zh).toBe(
      '“5452亿元”不是数字。可写作 1234.5、1,234.5 或 -12；请去掉单位和百分号。',
    );
    expect(result.issues[1]?.message.en).toContain('“10.19%” is not a number');
  });

  it('counts a quoted line break as one row', () => {
    const result = read('zone,a\n"two\nlines",1\nz,x\n');
    expect(result.ok ? [] : result.issues.map((issue) => issue.row)).toEqual([3]);
  });

  it.each([
    ['an unclosed quote', 'zone,a\nz,"1\n', 2, 'B', 'never closed'],
    ['a stray quote', 'zone,a\nz,1"2\n', 2, 'B', 'a quote may only appear in a quoted cell'],
    ['text after a closing quote', 'zone,a\nz,"1"2\n', 2, 'B', 'characters follow the closing quote'],
    ['an empty header', 'zone,a,,b\nz,1,2,3\n', 1, 'C', 'Header column C is empty'],
    ['a repeated header', 'zone,a,a\nz,1,2\n', 1, 'C', 'Header “a” (column C) appears twice'],
    ['an empty zone', 'zone,a\n,1\n', 2, 'A', 'The first column (the zone) is empty'],
    ['a repeated zone', 'zone,a\nz,1\nz,2\n', 3, undefined, '“z” already appears in row 2'],
    ['too many cells', 'zone,a\nz,1,2\n', 2, undefined, 'This row has 3 cells but the header only 2 columns'],
  ])('reports %s', (_label, text, row, column, message) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.issues;
    expect([issue?.fileName, issue?.row, issue?.column]).toEqual(['zones.csv', row, column]);
    expect(issue?.message.en).toContain(message);
  });

  it.each([
    ['no rows', ''],
    ['a header only', 'zone,a\r\n'],
  ])('reports a file with %s as empty', (_label, text) => {
    const result = read(text);
    expect(result.ok ? '' : result.issues[0]?.message.en).toContain(
      'needs a header row and at least one data row',
    );
  });

  it('reports a file that was not saved as UTF-8', () => {
    const result = read('zone,a\n\uFFFD\uFFFD,1\n');
    expect(result.ok ? '' : result.issues[0]?.message.en).toContain('not UTF-8');
  });
});

describe('parseCsvNumber', () => {
  it.each([
    ['42', 42],
    [' -5 ', -5],
    ['+3.5', 3.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['12,345', 12345],
    ['１２，３４５', 12345],
    ['\u22127', -7],
    ['1,23', null],
    ['12,3456', null],
    ['5452亿元', null],
    ['10%', null],
    ['1 234', null],
    ['NaN', null],
    ['Infinity', null],
    ['', null],
  ])('%j → %s', (cell, expected) => {
    expect(parseCsvNumber(cell)).toBe(expected);
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});
