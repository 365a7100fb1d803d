import { useMemo } from 'react';
import { useArenaData } from '../db/useArenaData';
import { useWeightEditing, type WeightEditing } from '../features/leaderboard/useWeightEditing';
import { type BoardData, type BoardModel, buildBoardModel } from '../lib/boardModel';

export interface BoardState {
  model: BoardModel;
  editing: WeightEditing;
}

/** The ranking derived from the live dataset and the weights in force (undefined while loading). */
export function useBoardModel(): BoardState | null | undefined {
  const data = useArenaData();
  const scorecard = data?.scorecards[0];
  const saved = data?.weightSets.find((set) => set.scorecardId === scorecard?.id)?.weights;
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
            scorecard,
            asOf: data.asOf,
          }
        : null,
    [data, scorecard],
  );
  const model = useMemo(
    () => (boardData ? buildBoardModel(boardData, editing.weights) : null),
    [boardData, editing.weights],
  );
  if (data === undefined) return undefined;
  return model ? { model, editing } : null;
}
