import { useId, useState } from 'react';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import {
  formatClock,
  isTimerRunning,
  MAX_STAGE_MINUTES,
  type MeetingAction,
  type MeetingState,
  MIN_STAGE_MINUTES,
  timerRemainingMs,
} from '../../lib/meetingState';
import type { Zone } from '../../scoring/model';

export interface TimerControlsProps {
  meeting: MeetingState;
  zones: readonly Zone[];
  now: number;
  canWrite: boolean;
  dispatch: (action: MeetingAction) => void;
  language: Language;
  t: Translate;
}

/** The zone on stage, its countdown (also on the projector) and the stage minutes. */
export function TimerControls({ meeting, zones, now, canWrite, dispatch, language, t }: TimerControlsProps) {
  const minutesId = useId();
  // What is being typed; the stored minutes follow a few milliseconds later through Dexie.
  const [minutesDraft, setMinutesDraft] = useState<string | null>(null);
  const zone = zones.find((candidate) => candidate.id === meeting.currentZoneId);
  const remaining = timerRemainingMs(meeting, now);
  const isRunning = isTimerRunning(meeting.timer);
  const isLast = meeting.currentZoneId !== null && meeting.order.at(-1) === meeting.currentZoneId;
  return (
    <section className="panel meeting-panel" aria-labelledby="timer-heading">
      <h2 id="timer-heading">{t('meeting.timer')}</h2>
      <p className="meeting-on-stage">
        {zone ? t('meeting.onStage', { name: localized(zone.name, language) }) : t('meeting.nobodyOnStage')}
      </p>
      <p
        className={`meeting-clock${remaining < 0 ? ' is-over' : ''}`}
        role="timer"
        aria-label={t('meeting.timerLabel')}
      >
        {formatClock(remaining)}
        {remaining < 0 && <span className="meeting-overtime"> {t('audience.overtime')}</span>}
      </p>
      <div className="meeting-buttons">
        <button
          type="button"
          disabled={!canWrite}
          aria-keyshortcuts="T"
          onClick={() => dispatch({ type: 'timer/toggle' })}
        >
          {isRunning ? t('meeting.timerPause') : t('meeting.timerStart')}
        </button>
        <button type="button" disabled={!canWrite} onClick={() => dispatch({ type: 'timer/reset' })}>
          {t('meeting.timerReset')}
        </button>
        <button
          type="button"
          disabled={!canWrite || meeting.currentZoneId === meeting.order[0] || meeting.currentZoneId === null}
          onClick={() => dispatch({ type: 'zone/previous' })}
        >
          {t('meeting.previousZone')}
        </button>
        <button type="button" disabled={!canWrite || isLast} onClick={() => dispatch({ type: 'zone/next' })}>
          {t('meeting.nextZone')}
        </button>
      </div>
      <label className="meeting-minutes" htmlFor={minutesId}>
        {t('meeting.stageMinutes')}
        <input
          id={minutesId}
          type="number"
          min={MIN_STAGE_MINUTES}
          max={MAX_STAGE_MINUTES}
          step={1}
          disabled={!canWrite}
          value={minutesDraft ?? String(meeting.stageMinutes)}
          onChange={(event) => {
            setMinutesDraft(event.currentTarget.value);
            const minutes = event.currentTarget.valueAsNumber;
            if (Number.isFinite(minutes)) dispatch({ type: 'stage/minutes', minutes });
          }}
          onBlur={() => setMinutesDraft(null)}
        />
      </label>
    </section>
  );
}
