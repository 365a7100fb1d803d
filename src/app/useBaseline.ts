import { useMemo, useState } from 'react';
import type { Snapshot } from '../db/database';
import { useSnapshots } from '../db/useSnapshots';
import type { BaselineRanks } from '../features/leaderboard/rankChange';
import type { BaselineValue, PeriodOption, SnapshotOption } from '../features/leaderboard/SnapshotControls';
import { localized } from '../i18n/format';
import type { Language } from '../i18n/messages';
import { prepareScoring, scorePrepared } from '../scoring/score';
import type { ScoringInput } from '../scoring/types';

export interface BaselineState {
  snapshots: SnapshotOption[];
  periods: PeriodOption[];
  value: BaselineValue;
  setValue: (value: BaselineValue) => void;
  /** The chosen baseline's ranks, null for none. */
  ranks: BaselineRanks | null;
}

/**
 * The baseline the rank-change column compares against: a saved snapshot of this scorecard, or
 * the same scorecard (and the weights in force) scored on an earlier period that has data.
 */
export function useBaseline(
  input: Omit<ScoringInput, 'weights'> | null,
  weights: Readonly<Record<string, number>>,
  language: Language,
): BaselineState {
  const stored = useSnapshots(input?.scorecard.id ?? '');
  const [value, setValue] = useState<BaselineValue>('none');
  const periods = useMemo(() => (input ? earlierPeriodsWithData(input) : []), [input]);
  const periodId = value.startsWith('period:') ? value.slice('period:'.length) : null;
  const prepared = useMemo(
    () =>
      input && periodId && periods.some((period) => period.id === periodId)
        ? prepareScoring({ ...input, scorecard: { ...input.scorecard, periodId } })
        : null,
    [input, periodId, periods],
  );
  const periodRanks = useMemo(
    () =>
      prepared
        ? new Map(scorePrepared(prepared, weights).entities.map((entity) => [entity.zoneId, entity.rank]))
        : null,
    [prepared, weights],
  );
  const snapshot = value.startsWith('snapshot:')
    ? stored.find((candidate) => `snapshot:${candidate.id}` === value)
    : undefined;
  const snapshotRanks = useMemo(() => (snapshot ? ranksOf(snapshot) : null), [snapshot]);
  return {
    snapshots: stored.flatMap((candidate) =>
      candidate.id === undefined
        ? []
        : [{ id: candidate.id, note: candidate.note, createdAt: candidate.createdAt }],
    ),
    periods: periods.map((period) => ({ id: period.id, label: localized(period.label, language) })),
    value: snapshot || periodRanks ? value : 'none',
    setValue,
    ranks: snapshotRanks ?? periodRanks,
  };
}

function ranksOf(snapshot: Snapshot): BaselineRanks {
  return new Map(snapshot.result.map((entry) => [entry.zoneId, entry.rank]));
}

/** Periods that end before the scorecard's period starts and hold at least one fact, latest first. */
function earlierPeriodsWithData(input: Omit<ScoringInput, 'weights'>) {
  const periods = input.periods ?? [];
  const current = periods.find((period) => period.id === input.scorecard.periodId);
  if (!current) return [];
  const withFacts = new Set(input.facts.map((fact) => fact.periodId));
  return periods
    .filter((period) => period.end < current.start && withFacts.has(period.id))
    .sort((a, b) => b.end.localeCompare(a.end));
}
