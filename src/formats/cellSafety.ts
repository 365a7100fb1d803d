/**
 * Spreadsheet formula injection (DESIGN §8, OWASP "CSV injection"): a cell a spreadsheet would run
 * as a formula starts with `=`, `+`, `-` or `@`, possibly after leading whitespace (Excel and
 * LibreOffice skip it), or with a tab or carriage return. Both the CSV and the XLSX ranking export
 * pass every text cell through `neutraliseFormula`, so the two files treat a zone named
 * `=HYPERLINK(…)` the same way: shown as text with a leading `'`.
 *
 * Real numbers are not text: the XLSX export stores them as numbers, and the CSV writes them as
 * plain decimal text (`-5`), which a spreadsheet reads as the number it is — so plain numbers pass.
 */

const FORMULA_TRIGGER = /^(?:[\t\r]|\s*[=+\-@])/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** True when a spreadsheet would read the text as the start of a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

/** True for decimal number text such as `-5`, `+3.5`, `1e3`: a spreadsheet reads it as that number. */
export function isPlainNumber(text: string): boolean {
  return PLAIN_NUMBER.test(text);
}

/** The text, or the text behind a `'` when a spreadsheet would otherwise evaluate it. */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) && !isPlainNumber(text) ? `'${text}` : text;
}
