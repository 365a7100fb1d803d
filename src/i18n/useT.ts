import { useCallback } from 'react';
import { useSessionStore } from '../store/sessionStore';
import { type Language, type MessageKey, translate } from './messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The active language and a translator bound to it (stable until the language changes). */
export function useT(): { language: Language; t: Translate } {
  const language = useSessionStore((state) => state.language);
  const t = useCallback<Translate>((key, params) => translate(language, key, params), [language]);
  return { language, t };
}
