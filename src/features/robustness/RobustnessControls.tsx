import { type FormEvent, useId, useState } from 'react';
import type { Translate } from '../../i18n/useT';
import type { RobustnessOptions } from '../../scoring/robustness';

interface Draft {
  kind: 'dirichlet' | 'uniform';
  concentration: string;
  /** Percent, ± around each weight. */
  spread: string;
  samples: string;
  seed: string;
}

export const SAMPLE_LIMITS = { min: 100, max: 100_000 } as const;
const CONCENTRATION_LIMITS = { min: 0.1, max: 1_000_000 } as const;
const DEFAULT_SPREAD = 0.2;

function draftOf(options: RobustnessOptions): Draft {
  return {
    kind: options.method.kind,
    concentration: String(options.method.kind === 'dirichlet' ? options.method.concentration : 100),
    spread: String(
      Math.round((options.method.kind === 'uniform' ? options.method.spread : DEFAULT_SPREAD) * 100),
    ),
    samples: String(options.samples),
    seed: String(options.seed),
  };
}

function clampNumber(text: string, min: number, max: number, fallback: number): number {
  const value = Number(text);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** The options a draft stands for; out-of-range numbers are clamped into range rather than refused. */
export function optionsFromDraft(draft: Draft, fallback: RobustnessOptions): RobustnessOptions {
  const method: RobustnessOptions['method'] =
    draft.kind === 'dirichlet'
      ? {
          kind: 'dirichlet',
          concentration: clampNumber(
            draft.concentration,
            CONCENTRATION_LIMITS.min,
            CONCENTRATION_LIMITS.max,
            100,
          ),
        }
      : { kind: 'uniform', spread: clampNumber(draft.spread, 0, 100, DEFAULT_SPREAD * 100) / 100 };
  return {
    method,
    samples: Math.round(clampNumber(draft.samples, SAMPLE_LIMITS.min, SAMPLE_LIMITS.max, fallback.samples)),
    seed: Math.round(clampNumber(draft.seed, 0, 2 ** 32 - 1, fallback.seed)),
  };
}

export interface RobustnessControlsProps {
  options: RobustnessOptions;
  t: Translate;
  /** Called with the (clamped) options when the user runs the analysis. */
  onRun: (options: RobustnessOptions) => void;
}

/** Method, its strength, samples and seed, and the "run" button. */
export function RobustnessControls({ options, t, onRun }: RobustnessControlsProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(options));
  const id = useId();
  const set = (field: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [field]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = optionsFromDraft(draft, options);
    setDraft(draftOf(next));
    onRun(next);
  };
  return (
    <form className="robustness-controls" onSubmit={submit}>
      <label htmlFor={`${id}-method`}>{t('robustness.method')}</label>
      <select id={`${id}-method`} value={draft.kind} onChange={set('kind')}>
        <option value="dirichlet">{t('robustness.method.dirichlet')}</option>
        <option value="uniform">{t('robustness.method.uniform')}</option>
      </select>
      {draft.kind === 'dirichlet' ? (
        <>
          <label htmlFor={`${id}-strength`}>{t('robustness.concentration')}</label>
          <input
            id={`${id}-strength`}
            type="number"
            min={CONCENTRATION_LIMITS.min}
            max={CONCENTRATION_LIMITS.max}
            step="any"
            value={draft.concentration}
            onChange={set('concentration')}
            aria-describedby={`${id}-strength-hint`}
          />
          <span id={`${id}-strength-hint`} className="robustness-field-hint">
            {t('robustness.concentrationHint')}
          </span>
        </>
      ) : (
        <>
          <label htmlFor={`${id}-strength`}>{t('robustness.spread')}</label>
          <input
            id={`${id}-strength`}
            type="number"
            min={0}
            max={100}
            step="any"
            value={draft.spread}
            onChange={set('spread')}
          />
        </>
      )}
      <label htmlFor={`${id}-samples`}>{t('robustness.samples')}</label>
      <input
        id={`${id}-samples`}
        type="number"
        min={SAMPLE_LIMITS.min}
        max={SAMPLE_LIMITS.max}
        step={1}
        value={draft.samples}
        onChange={set('samples')}
      />
      <label htmlFor={`${id}-seed`}>{t('robustness.seed')}</label>
      <input id={`${id}-seed`} type="number" min={0} step={1} value={draft.seed} onChange={set('seed')} />
      <button type="submit">{t('robustness.run')}</button>
    </form>
  );
}
