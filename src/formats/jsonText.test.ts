import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError, parseJsonText } from './jsonText';

describe('parseJsonText', () => {
  it('parses JSON after a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('removes __proto__, constructor and prototype keys at every depth', () => {
    const result = parseJsonText('{"__proto__": {"x": 1}, "a": {"constructor": 1, "prototype": 2, "b": 3}}');
    expect(result).toEqual({ ok: true, value: { a: { b: 3 } } });
    if (result.ok) expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });
});

describe('locateJsonSyntaxError', () => {
  it.each([
    ['{"a": 1,}', 1, 9, '}'],
    ['{\n  "a": tru\n}', 2, 8, 't'],
    ['[1, 2', 1, 6, null],
    ['{"a": "line\nbreak"}', 1, 12, '\n'],
    ['{"a": "\\x"}', 1, 8, '\\'],
    ['{"a": 01}', 1, 8, '1'],
    ['{} x', 1, 4, 'x'],
    ["{'a': 1}", 1, 2, "'"],
  ])('%j fails at line %i, column %i', (text, line, column, found) => {
    expect(locateJsonSyntaxError(text)).toEqual({ line, column, found });
  });

  it('agrees with JSON.parse on valid text by pointing past the end', () => {
    expect(locateJsonSyntaxError('{"a": [1, -2.5e3, true, null, "\\u00e9"]}')).toEqual({
      line: 1,
      column: 41,
      found: null,
    });
  });
});
