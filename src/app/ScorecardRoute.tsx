import { useEffect, useMemo } from 'react';
import { useDatabase } from '../db/DatabaseContext';
import { saveScorecard } from '../db/scorecards';
import { setActiveScorecard } from '../db/settings';
import { useArenaData, useUserChoices } from '../db/useArenaData';
import { copyIdFor } from '../features/leaderboard/weightTree';
import { ScorecardEditor } from '../features/scorecard/ScorecardEditor';
import { ScorecardPicker } from '../features/scorecard/ScorecardPicker';
import { bakeWeights } from '../formats/scorecardExport';
import { localized } from '../i18n/format';
import { translate } from '../i18n/messages';
import { useT } from '../i18n/useT';
import type { Scorecard } from '../scoring/model';
import { scorecardKey, useScorecardDraftStore } from '../store/scorecardDraftStore';
import { useSessionStore } from '../store/sessionStore';
import { runUndoable } from './runUndoable';
import { parseHash } from './useHashRoute';

/** `#/scorecard`: the editor on a draft of the active scorecard; saving writes it with a backup. */
export function ScorecardRoute() {
  const { language, t } = useT();
  const db = useDatabase();
  const data = useArenaData();
  const choices = useUserChoices();
  const stored = useScorecardDraftStore((state) => state.draft);
  const baseKey = useScorecardDraftStore((state) => state.baseKey);
  useEffect(installLeaveGuard, []);

  const active =
    data?.scorecards.find((card) => card.id === choices?.activeScorecardId) ?? data?.scorecards[0];
  const savedWeights = choices?.weightSets.find((set) => set.scorecardId === active?.id)?.weights;
  // The weights in force are the saved slider weights, if any: the editor starts from those.
  const saved = useMemo(
    () => (active ? { ...bakeWeights(active, savedWeights ?? {}), revision: active.revision } : undefined),
    [active, savedWeights],
  );
  const catalogue = useMemo(
    () =>
      data
        ? {
            indicators: data.indicators,
            periods: data.periods,
            zones: data.zones,
            categories: data.categories,
          }
        : null,
    [data],
  );
  if (data === undefined || choices === undefined) return <p role="status">{t('boot.opening')}</p>;
  if (!data || !saved || !catalogue || !active) return <p>{t('leaderboard.empty')}</p>;
  const key = scorecardKey(active);
  const draft = stored && baseKey === key ? stored : saved;
  const { setDraft, clearDraft } = useScorecardDraftStore.getState();

  const write = (scorecard: Scorecard) =>
    runUndoable(
      async () => {
        const backupId = await saveScorecard(db, scorecard);
        await setActiveScorecard(db, scorecard.id);
        clearDraft();
        return backupId;
      },
      'toast.scorecardEdited',
      { name: localized(scorecard.name, language), revision: scorecard.revision },
    );

  return (
    <ScorecardEditor
      saved={saved}
      draft={draft}
      onDraftChange={(next) => {
        if (JSON.stringify(next) === JSON.stringify(saved)) clearDraft();
        else setDraft(next, key);
      }}
      catalogue={catalogue}
      facts={data.facts}
      juryScores={data.juryScores}
      language={language}
      t={t}
      onSave={(edited) => {
        const previous = data.scorecards.find((card) => card.id === edited.id);
        void write({ ...edited, revision: Math.max(edited.revision, previous?.revision ?? 0) + 1 });
      }}
      onSaveAs={(edited) => {
        const id = copyIdFor(
          edited.id,
          data.scorecards.map((card) => card.id),
        );
        void write({ ...edited, id, revision: 1 });
      }}
      onDiscard={clearDraft}
      picker={
        <ScorecardPicker
          scorecards={data.scorecards}
          activeId={active.id}
          language={language}
          t={t}
          onSelect={(scorecardId) => {
            if (useScorecardDraftStore.getState().draft && !window.confirm(t('editor.leaveConfirm'))) return;
            clearDraft();
            void setActiveScorecard(db, scorecardId);
          }}
        />
      }
    />
  );
}

let isLeaveGuardInstalled = false;

/**
 * Warns before unsaved edits are left behind: on closing or reloading the tab (beforeunload) and
 * on leaving the editor inside the app. Installed once for the page and never removed, so it
 * still runs when the route change has already unmounted the editor; the draft itself stays in
 * its store either way.
 */
function installLeaveGuard(): void {
  if (isLeaveGuardInstalled) return;
  isLeaveGuardInstalled = true;
  const hasDraft = () => useScorecardDraftStore.getState().draft !== null;
  window.addEventListener('beforeunload', (event) => {
    if (hasDraft()) event.preventDefault();
  });
  window.addEventListener('hashchange', (event) => {
    if (!hasDraft()) return;
    const from = parseHash(new URL(event.oldURL).hash);
    const to = parseHash(window.location.hash);
    if (from.name !== 'scorecard' || to.name === 'scorecard') return;
    const message = translate(useSessionStore.getState().language, 'editor.leaveConfirm');
    if (!window.confirm(message)) window.location.hash = '#/scorecard';
  });
}
