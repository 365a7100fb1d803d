import { useMemo } from 'react';
import { useDatabase } from '../db/DatabaseContext';
import { applyImportPlan } from '../db/importData';
import { useArenaData, useUserChoices } from '../db/useArenaData';
import { ImportPanel } from '../features/import/ImportPanel';
import type { Catalogue } from '../formats/import/plan';
import { useT } from '../i18n/useT';
import { runUndoable } from './runUndoable';

/**
 * The import panel wired to the database: files are checked against the stored dataset and a
 * wide sheet's period defaults to the active scorecard's. The Data screen will host this.
 */
export function ImportSection() {
  const db = useDatabase();
  const data = useArenaData();
  const choices = useUserChoices();
  const { language, t } = useT();
  const catalogue = useMemo<Catalogue | null>(
    () =>
      data
        ? { zones: data.zones, indicators: data.indicators, periods: data.periods, facts: data.facts }
        : null,
    [data],
  );
  if (data === undefined || choices === undefined) return <p role="status">{t('boot.opening')}</p>;
  if (data === null || catalogue === null) return <p>{t('leaderboard.empty')}</p>;
  const active = data.scorecards.find((card) => card.id === choices.activeScorecardId) ?? data.scorecards[0];
  const defaultPeriodId = active?.periodId ?? data.periods[0]?.id ?? '';
  return (
    <ImportPanel
      catalogue={catalogue}
      periods={data.periods}
      defaultPeriodId={defaultPeriodId}
      language={language}
      t={t}
      onCommit={async (plan, mode) => {
        let failure: unknown = null;
        await runUndoable(
          async () => {
            try {
              return await applyImportPlan(db, plan, mode);
            } catch (error) {
              failure = error;
              throw error;
            }
          },
          'import.done',
          { file: plan.fileName },
        );
        if (failure !== null) throw failure;
      }}
    />
  );
}
