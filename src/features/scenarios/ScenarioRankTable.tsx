import { useMemo } from 'react';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import { buildScenarioRanks, largestMovers } from './buildScenarioRanks';
import type { Scenario } from './useScenarios';

export interface ScenarioRankTableProps {
  scenarios: readonly Scenario[];
  models: readonly BoardModel[];
  /** Index of the scenario on show; its column is marked. */
  shownIndex: number;
  language: Language;
  t: Translate;
}

/** Each zone's rank in each scenario and its range, largest movers first, with a one-line summary. */
export function ScenarioRankTable({ scenarios, models, shownIndex, language, t }: ScenarioRankTableProps) {
  const rows = useMemo(() => buildScenarioRanks(models.map((model) => model.rows)), [models]);
  const movers = largestMovers(rows);
  return (
    <>
      <p className="scenario-movers">
        {movers.length === 0
          ? t('scenarios.noMovers')
          : t('scenarios.movers', {
              zones: movers
                .map((row) =>
                  t('scenarios.mover', {
                    zone: localized(row.zone.shortName, language),
                    best: row.best ?? '—',
                    worst: row.worst ?? '—',
                  }),
                )
                .join(language === 'en' ? ', ' : '、'),
            })}
      </p>
      <table className="scenario-table">
        <caption>{t('scenarios.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scenarios.zone')}</th>
            {scenarios.map((scenario, index) => (
              <th
                key={scenario.id}
                scope="col"
                className={index === shownIndex ? 'is-shown' : undefined}
                aria-current={index === shownIndex ? 'true' : undefined}
              >
                {scenario.label}
              </th>
            ))}
            <th scope="col">{t('scenarios.range')}</th>
            <th scope="col">{t('scenarios.spread')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.zone.id} data-zone-id={row.zone.id}>
              <th scope="row">{localized(row.zone.shortName, language)}</th>
              {row.ranks.map((rank, index) => (
                <td
                  key={scenarios[index]?.id ?? index}
                  className={index === shownIndex ? 'is-shown' : undefined}
                >
                  {rank ?? t('scenarios.notRanked')}
                </td>
              ))}
              <td>
                {row.best === null ? '—' : row.best === row.worst ? row.best : `${row.best}–${row.worst}`}
              </td>
              <td>{row.spread}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
