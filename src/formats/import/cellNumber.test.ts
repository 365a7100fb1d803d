import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCellNumber } from './cellNumber';

describe('readCellNumber', () => {
  it.each([
    ['5452亿元', '亿元', 5452],
    ['4.5亿元', '万元', 45000],
    ['10.19%', '%', 10.19],
    ['10.19％', '%', 10.19],
    ['1.5万家', '家', 15000],
    ['1,700亿元', '亿元', 1700],
    ['1,700亿元', '万亿元', 0.17],
    ['５４５２亿元', '亿元', 5452],
    ['１２，３４５．６', '个', 12345.6],
    ['\u22123.5', '亿元', -3.5],
    ['(123)', '个', -123],
    ['3500元/亩', '万元/亩', 0.35],
    ['5452亿', '亿元', 5452],
    ['1e3', '个', 1000],
  ])('reads %s as a %s value', (raw, unit, expected) => {
    const reading = readCellNumber(raw, unit);
    expect(reading.kind === 'number' ? reading.value : reading).toBe(expected);
  });

  it('takes a bare number in the column unit and reports the conversion', () => {
    expect(readCellNumber('350000', '亿元', '万元')).toEqual({
      kind: 'number',
      value: 35,
      conversion: { fromUnit: '万元', toUnit: '亿元', factor: 1e-4 },
    });
  });

  it.each(['', '—', '-', '无', 'N/A', '暂无', '#N/A'])('treats %j as missing', (raw) => {
    expect(readCellNumber(raw, '个')).toEqual({ kind: 'missing' });
  });

  it.each([
    ['4.5亿美元', '亿元', 'import.cell.incompatibleUnit'],
    ['12个', '家', 'import.cell.incompatibleUnit'],
    ['10%', '个', 'import.cell.incompatibleUnit'],
    ['约30', '个', 'import.cell.approximate'],
    ['230个以上', '个', 'import.cell.approximate'],
    ['100+', '个', 'import.cell.approximate'],
    ['3-5', '个', 'import.cell.range'],
    ['3至5个', '个', 'import.cell.range'],
    ['5 6', '个', 'import.cell.twoNumbers'],
    ['5个，6家', '个', 'import.cell.twoNumbers'],
    ['1,70', '个', 'import.cell.badSeparator'],
    ['12,34,567', '个', 'import.cell.badSeparator'],
    ['见附件', '个', 'import.cell.notNumber'],
  ])('refuses %s for %s with %s', (raw, unit, reason) => {
    const reading = readCellNumber(raw, unit);
    expect(reading.kind === 'refused' ? reading.reason : reading).toBe(reason);
  });
});

/** Formats a number the ways spreadsheets show it: thousands groups, full-width, a unit. */
function grouped(value: number, decimals: number): string {
  const [whole = '', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${withCommas}${fraction === undefined ? '' : `.${fraction}`}`;
}

function fullWidth(text: string): string {
  return text.replace(/[0-9,.\-%]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

const amounts = fc
  .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }))
  .map(([cents, decimals]) => ({
    value: Number((cents / 10 ** decimals).toFixed(decimals)),
    decimals,
  }));

describe('readCellNumber properties', () => {
  it('reads back a number written with thousands separators', () => {
    fc.assert(
      fc.property(amounts, ({ value, decimals }) => {
        const reading = readCellNumber(grouped(value, decimals), '个');
        expect(reading).toEqual({ kind: 'number', value });
      }),
    );
  });

  it('reads back a number written in full-width characters', () => {
    fc.assert(
      fc.property(amounts, ({ value, decimals }) => {
        const reading = readCellNumber(fullWidth(grouped(value, decimals)), '个');
        expect(reading).toEqual({ kind: 'number', value });
      }),
    );
  });

  it('converts 万/亿 amounts into the indicator unit and back', () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom('万元', '亿元', '万亿元'), ({ value, decimals }, unit) => {
        const reading = readCellNumber(`${grouped(value, decimals)}${unit}`, '元');
        const factor = unit === '万元' ? 1e4 : unit === '亿元' ? 1e8 : 1e12;
        expect(reading.kind).toBe('number');
        if (reading.kind === 'number') expect(reading.value / factor).toBeCloseTo(value, 6);
      }),
    );
  });

  it('keeps a percentage as percentage points', () => {
    fc.assert(
      fc.property(amounts, ({ value, decimals }) => {
        expect(readCellNumber(`${value.toFixed(decimals)}%`, '%')).toEqual({ kind: 'number', value });
      }),
    );
  });

  it('never throws, whatever the cell holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom('亿元', '%', '家', ''), (raw, unit) => {
        expect(['missing', 'number', 'refused']).toContain(readCellNumber(raw, unit).kind);
      }),
    );
  });
});
