import { useEffect, useMemo, useState } from 'react';
import { formatPercent, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import { DEFAULT_ROBUSTNESS_OPTIONS, type RobustnessOptions } from '../../scoring/robustness';
import type { ScoringInput } from '../../scoring/types';
import { RACE_MAX_BARS } from '../../ui/chart/rankingChartOption';
import { LazyRobustnessChart } from '../../ui/LazyRobustnessChart';
import { createRobustnessClient, type RobustnessClient } from '../../workers/robustnessClient';
import { RobustnessControls } from './RobustnessControls';
import { RobustnessTable } from './RobustnessTable';
import { buildRobustnessTiers, tierLabel } from './robustnessTiers';
import { AUTO_RERUN_MAX_ZONES, useRobustness } from './useRobustness';
import './robustnessPanel.css';

export interface RobustnessPanelProps {
  /** The scoring input without draft weights; zone names and colours come from its zones. */
  input: Omit<ScoringInput, 'weights'>;
  /** The weights in force (node id → raw weight): the samples are drawn around them. */
  weights: Readonly<Record<string, number>>;
  language: Language;
  t: Translate;
  /** Where the analysis runs; by default a Web Worker. Tests pass a fake. */
  client?: RobustnessClient;
  debounceMs?: number;
  initialOptions?: RobustnessOptions;
}

/** DESIGN §3 Robustness: how firmly each zone holds its place when the weights move a little. */
export function RobustnessPanel({
  input,
  weights,
  language,
  t,
  client: injectedClient,
  debounceMs,
  initialOptions = DEFAULT_ROBUSTNESS_OPTIONS,
}: RobustnessPanelProps) {
  const [connection] = useState(() => ({
    client: injectedClient ?? createRobustnessClient(),
    isOwned: injectedClient === undefined,
  }));
  useEffect(
    () => () => {
      if (connection.isOwned) connection.client.dispose();
    },
    [connection],
  );
  const [options, setOptions] = useState(initialOptions);
  const analysis = useRobustness({
    input,
    weights,
    options,
    client: connection.client,
    autoRerun: input.zones.length <= AUTO_RERUN_MAX_ZONES,
    ...(debounceMs === undefined ? {} : { debounceMs }),
  });
  const tiers = useMemo(
    () => (analysis.run ? buildRobustnessTiers(input.zones, analysis.run.result) : []),
    [analysis.run, input.zones],
  );
  const shown = analysis.run?.result;
  const chart = useMemo(() => {
    if (!shown) return null;
    const zonesById = new Map(input.zones.map((zone) => [zone.id, zone]));
    return {
      // The first places only, as in the bar race (the table below lists every zone). A stable sort
      // by current rank keeps the input order within ties, which the chart keeps too.
      rows: [...shown.zones]
        .sort(
          (a, b) => (a.chosenRank ?? Number.POSITIVE_INFINITY) - (b.chosenRank ?? Number.POSITIVE_INFINITY),
        )
        .slice(0, RACE_MAX_BARS)
        .flatMap((summary) => {
          const zone = zonesById.get(summary.zoneId);
          return zone
            ? [
                {
                  id: zone.id,
                  label: localized(zone.shortName, language),
                  color: zone.color,
                  chosenRank: summary.chosenRank,
                  medianRank: summary.medianRank,
                  interval: summary.interval,
                  firstProbability: summary.firstProbability,
                },
              ]
            : [];
        }),
      tiers: tiers.flatMap((tier) =>
        tier.index !== null && tier.span
          ? [{ label: t('robustness.tierLabel', { tier: tierLabel(tier.index) }), ...tier.span }]
          : [],
      ),
      names: {
        interval: t('robustness.interval'),
        median: t('robustness.medianRank'),
        current: t('robustness.currentRank'),
      },
      formatFirst: (probability: number) =>
        t('robustness.firstLabel', { p: formatPercent(probability, language) }),
    };
  }, [shown, tiers, input.zones, language, t]);

  return (
    <section
      className="panel robustness-panel"
      aria-labelledby="robustness-heading"
      aria-busy={analysis.isComputing}
    >
      <h2 id="robustness-heading">{t('robustness.heading')}</h2>
      <p className="hint">{t('robustness.intro')}</p>
      <RobustnessControls
        options={options}
        t={t}
        onRun={(next) => {
          setOptions(next);
          analysis.rerun();
        }}
      />
      <p role="status" className="status-line robustness-status">
        {analysis.isStale
          ? t('robustness.stale')
          : analysis.isComputing
            ? t('robustness.computing', { samples: options.samples.toLocaleString(language) })
            : shown && analysis.run
              ? t('robustness.done', {
                  samples: shown.samples.toLocaleString(language),
                  ms: Math.round(analysis.run.elapsedMs).toLocaleString(language),
                  seed: shown.options.seed,
                })
              : ''}
      </p>
      {analysis.error && (
        <p role="alert" className="robustness-error">
          {t('robustness.failed', { message: analysis.error })}
        </p>
      )}
      {shown && (
        <div className={analysis.isComputing ? 'robustness-result is-stale' : 'robustness-result'}>
          {chart && (
            <LazyRobustnessChart
              {...chart}
              zoneCount={shown.zones.length}
              label={t('robustness.chartLabel')}
              loadingLabel={t('chart.loading')}
              className="robustness-chart"
            />
          )}
          <RobustnessTable
            tiers={tiers}
            zoneCount={shown.zones.length}
            samples={shown.samples}
            language={language}
            t={t}
          />
          <p className="hint robustness-tier-note">{t('robustness.tierNote')}</p>
        </div>
      )}
    </section>
  );
}
