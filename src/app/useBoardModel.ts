import { useMemo } from 'react';
import { useArenaData, useUserChoices } from '../db/useArenaData';
import { useWeightEditing, type WeightEditing } from '../features/leaderboard/useWeightEditing';
import { type BoardData, type BoardModel, buildBoardModelFrom, scoringInputOf } from '../lib/boardModel';
import type { Scorecard } from '../scoring/model';
import { type PreparedScoring, prepareScoring } from '../scoring/score';
import type { ScoringInput } from '../scoring/types';

export interface BoardState {
  model: BoardModel;
  /** Every scorecard in the database, for the picker. */
  scorecards: Scorecard[];
  editing: WeightEditing;
  /** The engine's input without weights, for work elsewhere (the robustness worker). */
  input: Omit<ScoringInput, 'weights'>;
  /** The weights in force (draft over saved over the scorecard's), by node id. */
  weights: Readonly<Record<string, number>>;
  /** The weight-independent half of the run, for re-scoring with other weights (zone card what-ifs). */
  prepared: PreparedScoring;
}

/**
 * The ranking derived from the live dataset and the weights in force (undefined while loading).
 * The weight-independent work (`prepareScoring`) is redone only when the data or scorecard change,
 * so a slider drag only re-aggregates and re-ranks.
 */
export function useBoardModel(): BoardState | null | undefined {
  const data = useArenaData();
  const choices = useUserChoices();
  const scorecard =
    data?.scorecards.find((card) => card.id === choices?.activeScorecardId) ?? data?.scorecards[0];
  const saved = choices?.weightSets.find((set) => set.scorecardId === scorecard?.id)?.weights;
  const editing = useWeightEditing(scorecard, saved);
  const boardData = useMemo<BoardData | null>(
    () =>
      data && scorecard
        ? {
            zones: data.zones,
            indicators: data.indicators,
            facts: data.facts,
            juryScores: data.juryScores,
            periods: data.periods,
            targets: data.targets,
            pointEvents: data.pointEvents,
            scorecard,
            asOf: data.asOf,
          }
        : null,
    [data, scorecard],
  );
  const input = useMemo(() => (boardData ? scoringInputOf(boardData) : null), [boardData]);
  const prepared = useMemo(() => (input ? prepareScoring(input) : null), [input]);
  const model = useMemo(
    () => (boardData && prepared ? buildBoardModelFrom(boardData, prepared, editing.weights) : null),
    [boardData, prepared, editing.weights],
  );
  // Wait for both queries, so the board never shows the scorecard's weights and then jumps to the saved ones.
  if (data === undefined || choices === undefined) return undefined;
  return model && input && data && prepared
    ? { model, scorecards: data.scorecards, editing, input, weights: editing.weights, prepared }
    : null;
}
