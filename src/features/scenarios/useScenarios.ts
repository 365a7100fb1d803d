import { useMemo, useState } from 'react';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import { type BoardData, type BoardModel, buildBoardModel } from '../../lib/boardModel';
import type { Scorecard } from '../../scoring/model';
import type { ScoringInput } from '../../scoring/types';

export interface Scenario {
  id: string;
  label: string;
  /** The saved scorecard it ranks with its own weights; absent for the weights in force now. */
  scorecard?: Scorecard;
}

export const CURRENT_SCENARIO = 'current';

export interface Scenarios {
  options: Scenario[];
  chosen: Scenario[];
  /** One model per chosen scenario, in the same order. */
  models: BoardModel[];
  isChosen: (id: string) => boolean;
  toggle: (id: string) => void;
}

/**
 * The scenarios on offer — the weights in force now, and every saved scorecard with its own
 * weights — and the ranking of each chosen one on the same data. New scorecards start chosen.
 */
export function useScenarios(
  input: Omit<ScoringInput, 'weights'>,
  current: BoardModel,
  scorecards: readonly Scorecard[],
  language: Language,
  t: Translate,
): Scenarios {
  const [unchosen, setUnchosen] = useState<ReadonlySet<string>>(() => new Set());
  const options = useMemo<Scenario[]>(
    () => [
      {
        id: CURRENT_SCENARIO,
        label: t('scenarios.current', { name: localized(current.scorecard.name, language) }),
      },
      ...scorecards.map((scorecard) => ({
        id: `scorecard:${scorecard.id}`,
        label: t('scenarios.saved', {
          name: localized(scorecard.name, language),
          revision: scorecard.revision,
        }),
        scorecard,
      })),
    ],
    [current.scorecard.name, scorecards, language, t],
  );
  const chosen = useMemo(() => options.filter((option) => !unchosen.has(option.id)), [options, unchosen]);
  const savedModels = useMemo(
    () =>
      new Map(
        chosen.flatMap((option) =>
          option.scorecard
            ? [[option.id, buildBoardModel(boardDataFor(input, option.scorecard, current.asOf), {})] as const]
            : [],
        ),
      ),
    [chosen, input, current.asOf],
  );
  const models = useMemo(
    () => chosen.map((option) => savedModels.get(option.id) ?? current),
    [chosen, savedModels, current],
  );
  return {
    options,
    chosen,
    models,
    isChosen: (id) => !unchosen.has(id),
    toggle: (id) =>
      setUnchosen((previous) => {
        const next = new Set(previous);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
  };
}

/** The board's data with another scorecard: the engine input already holds every table. */
function boardDataFor(input: Omit<ScoringInput, 'weights'>, scorecard: Scorecard, asOf: string): BoardData {
  return { ...input, periods: input.periods ?? [], asOf: input.asOf ?? asOf, scorecard };
}
