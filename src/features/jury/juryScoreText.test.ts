import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScoreText, startsScoreText, toHalfWidth } from './juryScoreText';

const SCALE = { min: 0, max: 100 };

describe('parseScoreText', () => {
  it.each([
    ['85', 85],
    [' 85 ', 85],
    ['85.5', 85.5],
    ['８５', 85],
    ['８５．５', 85.5],
    ['\u3000９０\u3000', 90],
    ['0', 0],
    ['100', 100],
    ['.5', 0.5],
    ['-0', 0],
  ])('reads %j as %d', (text, score) => {
    expect(parseScoreText(text, SCALE)).toEqual({ ok: true, score });
  });

  it.each(['', '   ', '\u3000'])('reads blank %j as no score', (text) => {
    expect(parseScoreText(text, SCALE)).toEqual({ ok: true, score: null });
  });

  it.each(['85分', '八十五', 'abc', '8 5', '1,000', '85。5', '1e2', 'NaN', 'Infinity', '--5'])(
    'refuses %j as not a number',
    (text) => {
      expect(parseScoreText(text, SCALE)).toEqual({ ok: false, issue: { kind: 'not-a-number', text } });
    },
  );

  it.each([
    ['101', 101],
    ['-1', -1],
    ['１０１', 101],
    ['100.01', 100.01],
  ])('refuses %j as out of range', (text, value) => {
    expect(parseScoreText(text, SCALE)).toEqual({
      ok: false,
      issue: { kind: 'out-of-range', value, min: 0, max: 100 },
    });
  });

  it('checks against the indicator’s own scale', () => {
    expect(parseScoreText('9', { min: 1, max: 10 })).toEqual({ ok: true, score: 9 });
    expect(parseScoreText('11', { min: 1, max: 10 })).toMatchObject({ ok: false });
    expect(parseScoreText('0', { min: 1, max: 10 })).toMatchObject({ ok: false });
  });

  it('accepts every number inside the scale, typed half- or full-width, and no number outside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: -200, max: 200, noNaN: true }),
        fc.boolean(),
        (min, span, value, isFullWidth) => {
          const scale = { min, max: min + span };
          const typed = String(value);
          // String(value) may use exponent notation for tiny values, which a person does not type.
          fc.pre(!/e/i.test(typed));
          const text = isFullWidth
            ? typed.replace(/[0-9.-]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0))
            : typed;
          const parsed = parseScoreText(text, scale);
          const isInside = value >= scale.min && value <= scale.max;
          expect(parsed.ok).toBe(isInside);
          if (parsed.ok) expect(parsed.score).toBe(value === 0 ? 0 : value);
        },
      ),
    );
  });
});

describe('toHalfWidth', () => {
  it('maps full-width digits and the full-width point, leaving other text alone', () => {
    expect(toHalfWidth('１２３．４５')).toBe('123.45');
    expect(toHalfWidth('八十五分')).toBe('八十五分');
  });
});

describe('startsScoreText', () => {
  it.each(['0', '9', '５', '.', '-', '＋'])('starts editing on %j', (key) => {
    expect(startsScoreText(key)).toBe(true);
  });
  it.each(['a', 'Enter', 'ArrowDown', ' ', '分'])('does not start editing on %j', (key) => {
    expect(startsScoreText(key)).toBe(false);
  });
});
