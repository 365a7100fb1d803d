import { useEffect, useMemo, useState } from 'react';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import { DEFAULT_ROBUSTNESS_OPTIONS, type RobustnessOptions } from '../../scoring/robustness';
import type { ScoringInput } from '../../scoring/types';
import { createRobustnessClient, type RobustnessClient } from '../../workers/robustnessClient';
import { RobustnessControls } from './RobustnessControls';
import { RobustnessTable } from './RobustnessTable';
import { buildRobustnessTiers } from './robustnessTiers';
import { useRobustness } from './useRobustness';
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
    ...(debounceMs === undefined ? {} : { debounceMs }),
  });
  const tiers = useMemo(
    () => (analysis.run ? buildRobustnessTiers(input.zones, analysis.run.result) : []),
    [analysis.run, input.zones],
  );
  const shown = analysis.run?.result;

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
        {analysis.isComputing
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
