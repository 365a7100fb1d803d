/**
 * One spreadsheet cell → a number in the indicator's unit, or the reason it cannot be read
 * (DESIGN §5, ecosystem notes §5.4). Accepts what is unambiguous — full-width digits, U+2212
 * minus, correct thousands grouping, a unit that converts — and refuses the rest: approximations
 * (约, 以上), ranges, two numbers, incompatible units, text.
 */
import type { MessageKey } from '../../i18n/messages';
import { normaliseUnit, scale, unitFactor } from './units';

export type CellReading =
  | { kind: 'missing' }
  | {
      kind: 'number';
      value: number;
      /** Set when the cell's (or column's) unit differed from the indicator's. */
      conversion?: { fromUnit: string; toUnit: string; factor: number };
    }
  | { kind: 'refused'; reason: MessageKey; params: Record<string, string | number> };

const MISSING = new Set([
  '',
  '-',
  '--',
  '—',
  '——',
  '–',
  '/',
  '无',
  '暂无',
  'n/a',
  'na',
  '#n/a',
  '…',
  '...',
  '……',
]);
const PLAIN_DECIMAL = /^-?\d{1,15}(?:\.\d{1,15})?$/;
const ASCII = /^[\x20-\x7e]*$/;
const MINUS_SIGNS = /[\u2212\u2012\u2013\ufe63]/g;
const APPROXIMATE = /约|大约|近|超|逾|以上|以下|左右|多|余|不足|不到|≈|~|<|>|≤|≥|\+$/;
const LEADING_NUMBER = /^(\()?([+-])?(\d[\d,]*(?:\.\d+)?|\.\d+)(\))?(?:[eE]([+-]?\d+))?/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const RANGE_JOINERS = /^(?:-|~|至|到|—)/;
const RANGE = /\d\s*(?:[-~～至到—–]|\u2212)\s*[-\u2212]?\d/;

/**
 * Reads `raw` as a value of `targetUnit`. A bare number is taken to be in `columnUnit` (from a unit
 * row or a "（亿元）" header) when there is one, else in the indicator's unit.
 */
export function readCellNumber(raw: string, targetUnit: string, columnUnit?: string | null): CellReading {
  // Most cells are plain ASCII decimals: read them without normalising or trying every rule.
  if (
    PLAIN_DECIMAL.test(raw) &&
    (columnUnit === null || columnUnit === undefined || columnUnit === targetUnit)
  ) {
    return { kind: 'number', value: Number(raw) };
  }
  const text = (ASCII.test(raw) ? raw : raw.normalize('NFKC')).trim();
  if (MISSING.has(text.toLowerCase())) return { kind: 'missing' };
  const refused = (reason: MessageKey, params: Record<string, string | number> = {}): CellReading => ({
    kind: 'refused',
    reason,
    params: { value: raw.trim(), ...params },
  });
  if (RANGE.test(text)) return refused('import.cell.range');
  const approximate = APPROXIMATE.exec(text.replace(/^\+(?=\d)/, ''));
  if (approximate) return refused('import.cell.approximate', { word: approximate[0] });
  if (/\d\s+[\d.,]/.test(text)) return refused('import.cell.twoNumbers');
  const compact = text.replace(MINUS_SIGNS, '-').replace(/\s+/g, '');
  const match = LEADING_NUMBER.exec(compact);
  if (!match) return refused('import.cell.notNumber');
  const [whole, open, sign, digits = '', close, exponent] = match;
  if (Boolean(open) !== Boolean(close) || (open && sign)) return refused('import.cell.notNumber');
  if (digits.includes(',') && !GROUPED.test(digits)) return refused('import.cell.badSeparator');
  const rest = compact.slice(whole.length);
  if (/\d/.test(rest)) {
    return refused(RANGE_JOINERS.test(rest) ? 'import.cell.range' : 'import.cell.twoNumbers');
  }
  let value = Number(digits.replace(/,/g, '')) * (exponent === undefined ? 1 : 10 ** Number(exponent));
  if (sign === '-' || open) value = -value;
  if (!Number.isFinite(value)) return refused('import.cell.notNumber');
  const fromUnit = rest === '' ? (columnUnit ?? '') : rest;
  if (fromUnit === '' || normaliseUnit(fromUnit) === normaliseUnit(targetUnit))
    return { kind: 'number', value };
  const factor = unitFactor(fromUnit, targetUnit);
  if (!factor.ok) return refused('import.cell.incompatibleUnit', { unit: fromUnit, expected: targetUnit });
  return {
    kind: 'number',
    value: scale(value, factor.factor),
    conversion: { fromUnit, toUnit: targetUnit, factor: factor.factor },
  };
}
