import { LANGUAGES, type Language } from './messages';

/** `?lang=zh-CN|en` forces the UI language (DESIGN §4); anything else means the default, zh-CN. */
export function languageFromSearch(search: string): Language {
  const requested = new URLSearchParams(search).get('lang');
  return LANGUAGES.find((language) => language === requested) ?? 'zh-CN';
}
