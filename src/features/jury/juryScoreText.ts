/** The range a jury indicator's scores must fall in (DESIGN §2: `Indicator.scale`). */
export interface ScoreScale {
  min: number;
  max: number;
}

/** Jury scores are 0–100 unless the indicator says otherwise (normalisation `none` passes them through). */
export const DEFAULT_JURY_SCALE: ScoreScale = { min: 0, max: 100 };

export type ScoreTextIssue =
  | { kind: 'not-a-number'; text: string }
  | { kind: 'out-of-range'; value: number; min: number; max: number };

/** A typed cell: a score, `null` for "no score" (an empty cell), or why it was refused. */
export type ParsedScoreText = { ok: true; score: number | null } | { ok: false; issue: ScoreTextIssue };

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Turns full-width digits, signs, point and spaces (typed with a Chinese IME) into ASCII, so
 * "８５．５" reads as 85.5. Nothing else is translated: "85分" or "八十五" stay text and are refused.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u3002]/g, (char) => {
    if (char === '\u3000') return ' ';
    // 。 is a full stop, not a decimal point: left alone so "85。5" is refused rather than guessed.
    if (char === '\u3002') return char;
    return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
  });
}

/**
 * Reads what the operator typed into a score cell: a plain decimal number (half- or full-width)
 * inside `scale`, inclusive. Blank means the judge gave no score. Text, thousands separators,
 * units and out-of-range values are refused; nothing is clamped or rounded.
 */
export function parseScoreText(text: string, scale: ScoreScale): ParsedScoreText {
  const trimmed = toHalfWidth(text).trim();
  if (trimmed === '') return { ok: true, score: null };
  if (!PLAIN_NUMBER.test(trimmed)) return { ok: false, issue: { kind: 'not-a-number', text } };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, issue: { kind: 'not-a-number', text } };
  if (value < scale.min || value > scale.max) {
    return { ok: false, issue: { kind: 'out-of-range', value, min: scale.min, max: scale.max } };
  }
  // -0 would show as "-0" in some formats.
  return { ok: true, score: value === 0 ? 0 : value };
}

/** Whether a key pressed on a cell starts typing a score (a digit, sign or point, either width). */
export function startsScoreText(key: string): boolean {
  return key.length === 1 && /^[0-9.+-]$/.test(toHalfWidth(key));
}
