import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Zone } from '../../scoring/model';

/** Characters of a full name that still fit a stage row at hall-readable size. */
const FITS: Record<Language, number> = { 'zh-CN': 11, en: 24 };

/** The zone's full name when it fits the stage, otherwise its short name (English names run long). */
export function stageName(zone: Zone, language: Language): string {
  const full = localized(zone.name, language);
  return full.length <= FITS[language] ? full : localized(zone.shortName, language);
}
