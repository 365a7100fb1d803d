import { create } from 'zustand';
import type { Scorecard } from '../scoring/model';

interface ScorecardDraftState {
  /** The scorecard being edited, while it differs from the saved one; null when there is nothing unsaved. */
  draft: Scorecard | null;
  /** `id@revision` of the saved scorecard the draft started from: a draft of another revision is stale. */
  baseKey: string | null;
  setDraft: (draft: Scorecard, baseKey: string) => void;
  clearDraft: () => void;
}

/**
 * The scorecard editor's draft (DESIGN §4 screen 3). It lives here rather than in the editor, so
 * leaving the screen does not lose it; nothing is written to Dexie until the user saves.
 */
export const useScorecardDraftStore = create<ScorecardDraftState>()((set) => ({
  draft: null,
  baseKey: null,
  setDraft: (draft, baseKey) => set({ draft, baseKey }),
  clearDraft: () => set({ draft: null, baseKey: null }),
}));

/** `id@revision`: names one saved state of a scorecard. */
export function scorecardKey(scorecard: Scorecard): string {
  return `${scorecard.id}@${scorecard.revision}`;
}
