/**
 * Units as staff write them: an optional Chinese multiplier (万, 亿, 万亿 …) before a base word
 * (元, 美元, 家, 个, 平方米, 元/亩 …). Two units convert only when their base words are the same;
 * 亿美元 never becomes 亿元 (no exchange rate is guessed) and 个 never becomes 家.
 */

const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
  ['千', 1e3],
];

/** A unit split into multiplier and base: 亿元 → 1e8 × 元; % → 1 × %; 万 → 1e4 × ''. */
export interface UnitParts {
  multiplier: number;
  base: string;
}

/** NFKC (％ → %), no spaces, no surrounding brackets: "（亿元）" → 亿元. */
export function normaliseUnit(unit: string): string {
  return unit
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[([【[]+|[)\]】\]]+$/g, '');
}

export function splitUnit(unit: string): UnitParts {
  const text = normaliseUnit(unit);
  for (const [prefix, multiplier] of MULTIPLIERS) {
    if (text.startsWith(prefix)) return { multiplier, base: text.slice(prefix.length) };
  }
  return { multiplier: 1, base: text };
}

export type UnitConversionResult = { ok: true; factor: number } | { ok: false; reason: 'incompatible' };

/**
 * The factor that turns a value in `from` into one in `to`. A bare multiplier ("5452亿" in a 亿元
 * column) takes the target's base word; a percent never converts to anything else.
 */
export function unitFactor(from: string, to: string): UnitConversionResult {
  const source = splitUnit(from);
  const target = splitUnit(to);
  const sourceBase = source.base === '' && target.base !== '%' ? target.base : source.base;
  if (sourceBase !== target.base) return { ok: false, reason: 'incompatible' };
  return { ok: true, factor: source.multiplier / target.multiplier };
}

/** value × factor without binary noise: 1.5 × 1e4 = 15000, 1700 × 1e4 = 17000000. */
export function scale(value: number, factor: number): number {
  if (factor === 1) return value;
  const scaled = factor >= 1 ? value * factor : value / (1 / factor);
  return Number(scaled.toPrecision(15));
}

/** "重点推进项目总投资（亿元）" → { name: 重点推进项目总投资, unit: 亿元 }; no brackets → no unit. */
export function splitHeaderUnit(header: string): { name: string; unit: string | null } {
  const text = header.normalize('NFKC').trim();
  const match = /^(.*?)\s*[([【]([^()[\]【】]+)[)\]】]$/.exec(text);
  if (!match || (match[1] ?? '') === '') return { name: text, unit: null };
  return { name: (match[1] ?? '').trim(), unit: normaliseUnit(match[2] ?? '') };
}
