import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainNumber, neutraliseFormula, startsLikeFormula } from './cellSafety';
import { csvCell } from './rankingCsv';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['@SUM(1)', "'@SUM(1)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['  =1+1', "'  =1+1"],
    ['\u3000@A1', "'\u3000@A1"],
    ['\n=1', "'\n=1"],
    ['-5', '-5'],
    ['+3.5', '+3.5'],
    ['-1e3', '-1e3'],
    ['崂山区', '崂山区'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });
});

/** Strings biased towards formula triggers, whitespace and number-like text. */
const cellText = fc.oneof(
  fc.string(),
  fc
    .tuple(
      fc.constantFrom('', ' ', '  ', '\t', '\r', '\n', '\u3000', '\u00a0'),
      fc.constantFrom('=', '+', '-', '@', '', '1', "'"),
      fc.string(),
    )
    .map((parts) => parts.join('')),
);

describe('formula neutralisation properties', () => {
  it('never leaves text that starts like a formula, unless it is a plain number', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const out = neutraliseFormula(text);
        expect(!startsLikeFormula(out) || isPlainNumber(out)).toBe(true);
        // Nothing is lost: the original text follows the added quote.
        expect(out === text || out === `'${text}`).toBe(true);
      }),
    );
  });

  it('keeps numbers as they are: a CSV number cell reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(Number(csvCell(value))).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});
