import { formatScore, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import type { Scorecard } from '../../scoring/model';
import type { ScoringInput } from '../../scoring/types';
import { LazyRankingChart } from '../../ui/LazyRankingChart';
import { ScenarioRankTable } from './ScenarioRankTable';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import { useScenarioPlayback } from './useScenarioPlayback';
import { type Scenario, useScenarios } from './useScenarios';

/** How long each scenario stays on screen while playing (issue #4: "a step every ~2.5 s"). */
export const SCENARIO_STEP_MS = 2500;

export interface ScenarioRaceProps {
  /** The data every scenario ranks (its scorecard is replaced per scenario). */
  input: Omit<ScoringInput, 'weights'>;
  /** The board as it stands, with the weights in force: the "current weights" scenario. */
  current: BoardModel;
  /** The saved scorecards, each a scenario with its own weights. */
  scorecards: readonly Scorecard[];
  language: Language;
  t: Translate;
  stepMs?: number;
}

/**
 * Scenario race: the bar chart moves from one scenario's ranking to the next, so the room sees
 * which zones' places depend on the weighting. Without motion when the system asks for less.
 */
export function ScenarioRace({
  input,
  current,
  scorecards,
  language,
  t,
  stepMs = SCENARIO_STEP_MS,
}: ScenarioRaceProps) {
  const scenarios = useScenarios(input, current, scorecards, language, t);
  const playback = useScenarioPlayback(scenarios.chosen.length, stepMs);
  const isReducedMotion = usePrefersReducedMotion();
  const shown = scenarios.chosen[playback.index];
  const model = scenarios.models[playback.index];
  const canRace = scenarios.chosen.length >= 2;

  return (
    <section className="panel scenario-race" aria-labelledby="scenario-race-heading">
      <h2 id="scenario-race-heading">{t('scenarios.heading')}</h2>
      <p className="hint">{t('scenarios.intro')}</p>
      <fieldset className="scenario-choice">
        <legend>{t('scenarios.choose')}</legend>
        {scenarios.options.map((option) => (
          <label key={option.id}>
            <input
              type="checkbox"
              checked={scenarios.isChosen(option.id)}
              onChange={() => scenarios.toggle(option.id)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {!canRace || !shown || !model ? (
        <p role="status">{t('scenarios.needTwo')}</p>
      ) : (
        <>
          <fieldset className="scenario-controls" aria-label={t('scenarios.controls')}>
            <button type="button" onClick={playback.previous}>
              {t('scenarios.previous')}
            </button>
            <button type="button" onClick={playback.isPlaying ? playback.pause : playback.play}>
              {playback.isPlaying ? t('scenarios.pause') : t('scenarios.play')}
            </button>
            <button type="button" onClick={playback.next}>
              {t('scenarios.next')}
            </button>
          </fieldset>
          <p className="scenario-showing" role="status" aria-live="polite">
            {t('scenarios.showing', {
              index: playback.index + 1,
              count: scenarios.chosen.length,
              name: shown.label,
            })}
          </p>
          {isReducedMotion && <p className="hint">{t('scenarios.reducedMotion')}</p>}
          <div className="scenario-stage">
            <LazyRankingChart
              loadingLabel={t('chart.loading')}
              model={model}
              language={language}
              label={t('scenarios.chart', { name: shown.label })}
              animate={!isReducedMotion}
              className="ranking-chart scenario-chart"
            />
            <ScenarioOrder scenario={shown} model={model} language={language} t={t} />
          </div>
          <ScenarioRankTable
            scenarios={scenarios.chosen}
            models={scenarios.models}
            shownIndex={playback.index}
            language={language}
            t={t}
          />
        </>
      )}
    </section>
  );
}

interface ScenarioOrderProps {
  scenario: Scenario;
  model: BoardModel;
  language: Language;
  t: Translate;
}

/** The shown scenario's ranking as text: what the chart draws, readable without it. */
function ScenarioOrder({ scenario, model, language, t }: ScenarioOrderProps) {
  return (
    <ol className="scenario-order" aria-label={t('scenarios.order', { name: scenario.label })}>
      {model.rows
        .filter((row) => row.rank !== null)
        .map((row) => (
          <li key={row.zone.id} value={row.rank ?? undefined} data-zone-id={row.zone.id} data-rank={row.rank}>
            <span className="scenario-order-zone">{localized(row.zone.shortName, language)}</span>{' '}
            <span className="scenario-order-total">
              {formatScore(row.total, language, model.totalDigits)}
            </span>
          </li>
        ))}
    </ol>
  );
}
