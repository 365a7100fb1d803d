import { create } from 'zustand';
import type { Language } from '../i18n/messages';

interface SessionState {
  language: Language;
  setLanguage: (language: Language) => void;
}

/** UI session state that is not data: the interface language. */
export const useSessionStore = create<SessionState>()((set) => ({
  language: 'zh-CN',
  setLanguage: (language) => set({ language }),
}));
