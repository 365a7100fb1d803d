import type { LocalizedText } from '../scoring/model';
import type { Language } from './messages';

/** Picks the text of a bilingual field for the UI language. */
export function localized(text: LocalizedText, language: Language): string {
  return language === 'en' ? text.en : text.zh;
}

const scoreFormats = new Map<string, Intl.NumberFormat>();

/** Scores are shown with one decimal; formatting is done here, never by chart templates (float noise). */
export function formatScore(value: number | null, language: Language, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const key = `${language}:${digits}`;
  let format = scoreFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    scoreFormats.set(key, format);
  }
  return format.format(value);
}

export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 4 }).format(value);
}
