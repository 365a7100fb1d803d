import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import {
  clampRevealStep,
  formatClock,
  isPodiumShown,
  type MeetingState,
  timerRemainingMs,
} from '../../lib/meetingState';
import type { Zone } from '../../scoring/model';
import { Podium } from './Podium';
import { StageBoard } from './StageBoard';
import { stageName } from './stageName';
import './meeting.css';

export interface AudienceStageProps {
  model: BoardModel;
  meeting: MeetingState;
  zones: readonly Zone[];
  now: number;
  baseline: ReadonlyMap<string, number | null> | null;
  language: Language;
  t: Translate;
}

/** What the projector shows, in 1920×1080 stage pixels (ScaledStage fits it to the screen). */
export function AudienceStage({ model, meeting, zones, now, baseline, language, t }: AudienceStageProps) {
  const count = model.rows.length;
  const step = clampRevealStep(meeting.reveal.step, count);
  const showsPodium = isPodiumShown(meeting.reveal, count);
  const onStage = zones.find((zone) => zone.id === meeting.currentZoneId);
  return (
    <div
      className="stage"
      data-theme={meeting.theme}
      data-black={meeting.isBlack ? 'true' : 'false'}
      data-reveal={meeting.reveal.isActive ? step : 'off'}
      data-current-zone={meeting.currentZoneId ?? ''}
    >
      {meeting.isBlack ? (
        <div className="stage-black" role="img" aria-label={t('audience.blackScreen')} />
      ) : (
        <>
          <header className="stage-top">
            <div className="stage-title">
              <h1>{meeting.reveal.isActive ? t('reveal.title') : t('audience.title')}</h1>
              <p>{localized(model.scorecard.name, language)}</p>
            </div>
            {onStage && <StageClock zone={onStage} meeting={meeting} now={now} language={language} t={t} />}
          </header>
          <div className="stage-main">
            {showsPodium ? (
              <Podium model={model} language={language} t={t} />
            ) : (
              <StageBoard
                model={model}
                revealStep={meeting.reveal.isActive ? step : null}
                baseline={baseline}
                language={language}
                t={t}
              />
            )}
          </div>
          <footer className="stage-footer">
            <span>
              {t('audience.footer', {
                period: model.period ? localized(model.period.label, language) : model.scorecard.periodId,
                asOf: model.asOf,
              })}
            </span>
            {baseline && <span>{t('audience.changeSince')}</span>}
            {model.usesSampleData && <span className="stage-sample">{t('sample.watermark')}</span>}
          </footer>
        </>
      )}
    </div>
  );
}

function StageClock({
  zone,
  meeting,
  now,
  language,
  t,
}: {
  zone: Zone;
  meeting: MeetingState;
  now: number;
  language: Language;
  t: Translate;
}) {
  const remaining = timerRemainingMs(meeting, now);
  const isOver = remaining < 0;
  return (
    <div className={`stage-clock${isOver ? ' is-over' : ''}`} data-running={meeting.timer.startedAt !== null}>
      <span className="stage-clock-label">{t('audience.onStage')}</span>
      <span className="stage-clock-zone">{stageName(zone, language)}</span>
      <span className="stage-clock-time" role="timer" aria-label={t('meeting.timerLabel')}>
        {formatClock(remaining)}
      </span>
      {isOver && <span className="stage-clock-over">{t('audience.overtime')}</span>}
    </div>
  );
}
