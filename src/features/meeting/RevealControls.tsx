import type { Translate } from '../../i18n/useT';
import { clampRevealStep, type MeetingAction, type RevealState } from '../../lib/meetingState';

export interface RevealControlsProps {
  reveal: RevealState;
  /** Positions to reveal (the ranking's length). */
  count: number;
  canWrite: boolean;
  dispatch: (action: MeetingAction) => void;
  t: Translate;
}

/** Start the reveal, step it from the last place to the first, back, reset, show all, end. */
export function RevealControls({ reveal, count, canWrite, dispatch, t }: RevealControlsProps) {
  const step = clampRevealStep(reveal.step, count);
  return (
    <section className="panel meeting-panel" aria-labelledby="reveal-heading">
      <h2 id="reveal-heading">{t('reveal.heading')}</h2>
      <p className="meeting-status" role="status" data-reveal-step={reveal.isActive ? step : 'off'}>
        {reveal.isActive
          ? step >= count
            ? t('reveal.statusPodium')
            : t('reveal.status', { step, count })
          : t('reveal.statusOff')}
      </p>
      <div className="meeting-buttons">
        {reveal.isActive ? (
          <button type="button" disabled={!canWrite} onClick={() => dispatch({ type: 'reveal/end' })}>
            {t('reveal.end')}
          </button>
        ) : (
          <button type="button" disabled={!canWrite} onClick={() => dispatch({ type: 'reveal/start' })}>
            {t('reveal.start')}
          </button>
        )}
        <button
          type="button"
          disabled={!canWrite || step === 0 || !reveal.isActive}
          aria-keyshortcuts="ArrowLeft"
          onClick={() => dispatch({ type: 'reveal/back' })}
        >
          {t('reveal.back')}
        </button>
        <button
          type="button"
          disabled={!canWrite || (reveal.isActive && step >= count)}
          aria-keyshortcuts="ArrowRight Space"
          onClick={() => dispatch({ type: 'reveal/next', count })}
        >
          {t('reveal.next')}
        </button>
        <button
          type="button"
          disabled={!canWrite || !reveal.isActive || step === 0}
          onClick={() => dispatch({ type: 'reveal/reset' })}
        >
          {t('reveal.reset')}
        </button>
        <button
          type="button"
          disabled={!canWrite}
          onClick={() => dispatch({ type: 'reveal/showAll', count })}
        >
          {t('reveal.showAll')}
        </button>
      </div>
    </section>
  );
}
