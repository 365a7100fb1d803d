import { useCallback, useRef, useState } from 'react';
import { useDatabase } from '../db/DatabaseContext';
import { WeightsPanel } from '../features/leaderboard/WeightsPanel';
import { AudienceStage } from '../features/meeting/AudienceStage';
import { DisplayControls } from '../features/meeting/DisplayControls';
import { FreezeResult } from '../features/meeting/FreezeResult';
import { toggleFullscreen } from '../features/meeting/fullscreen';
import { HelpOverlay } from '../features/meeting/HelpOverlay';
import { PresenterLayout } from '../features/meeting/PresenterLayout';
import { PresenterStatus } from '../features/meeting/PresenterStatus';
import { RevealControls } from '../features/meeting/RevealControls';
import { RunningOrder } from '../features/meeting/RunningOrder';
import { ScaledStage } from '../features/meeting/ScaledStage';
import { TimerControls } from '../features/meeting/TimerControls';
import { useMeetingCommands } from '../features/meeting/useMeetingCommands';
import { useMeetingKeys } from '../features/meeting/useMeetingKeys';
import { usePresenterRole } from '../features/meeting/usePresenterRole';
import { useT } from '../i18n/useT';
import { freezeBoard } from './freezeBoard';
import { JuryRoute } from './JuryRoute';
import { useDefaultRunningOrder } from './useDefaultRunningOrder';
import { useMeetingScreen } from './useMeetingScreen';

/** The audience window's address: this page's, with the audience route (and the same ?lang). */
function audienceUrl(): string {
  const url = new URL(window.location.href);
  url.hash = '#/audience';
  return url.toString();
}

/**
 * The presenter console (#/present): the only window that writes the meeting state. The jury score
 * grid (评委打分) lists the zones in the running order, so the operator types them as they present.
 */
export function PresentRoute() {
  const { language, t } = useT();
  const db = useDatabase();
  const screen = useMeetingScreen();
  const defaultOrder = useDefaultRunningOrder(screen ? screen.zoneIds : null);
  const role = usePresenterRole(screen?.record, defaultOrder);
  const stageBox = useRef<HTMLElement | null>(null);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const count = screen?.board.model.rows.length ?? 0;
  const canWrite = role.status === 'presenter';
  const { dispatch } = role;

  const fullscreen = useCallback(() => {
    toggleFullscreen(stageBox.current).catch(() => setMessage(t('meeting.fullscreenFailed')));
  }, [t]);
  useMeetingKeys({
    fullscreen,
    next: () => dispatch({ type: 'reveal/next', count }),
    back: () => dispatch({ type: 'reveal/back' }),
    black: () => dispatch({ type: 'black/toggle' }),
    timer: () => dispatch({ type: 'timer/toggle' }),
    help: () => setIsHelpOpen((open) => !open),
    close: () => setIsHelpOpen(false),
  });
  useMeetingCommands(canWrite ? dispatch : null);

  const openAudience = () => {
    // Called straight from the click, so the popup blocker sees a user gesture.
    const opened = window.open(audienceUrl(), 'leitai-arena-audience', 'popup,width=1280,height=720');
    setMessage(opened ? null : t('meeting.popupBlocked', { url: audienceUrl() }));
  };

  if (screen === undefined) return <p role="status">{t('boot.opening')}</p>;
  if (screen === null) return <p>{t('leaderboard.empty')}</p>;
  const { board, meeting, zones, now } = screen;
  const weights = (
    // A window that is not the presenter shows the weights but cannot move them.
    <fieldset className="meeting-weights" disabled={!canWrite}>
      <WeightsPanel
        scorecard={board.model.scorecard}
        editing={board.editing}
        presets={board.scorecards}
        language={language}
        t={t}
      />
    </fieldset>
  );

  return (
    <>
      <PresenterLayout
        t={t}
        status={<PresenterStatus status={role.status} error={role.error} onTakeOver={role.takeOver} t={t} />}
        stage={
          <ScaledStage boxRef={stageBox} label={t('audience.label')}>
            <AudienceStage
              model={board.model}
              meeting={meeting}
              zones={zones}
              now={now}
              baseline={screen.baseline}
              language={language}
              t={t}
            />
          </ScaledStage>
        }
        timer={
          <TimerControls
            meeting={meeting}
            zones={zones}
            now={now}
            canWrite={canWrite}
            dispatch={dispatch}
            language={language}
            t={t}
          />
        }
        order={
          <RunningOrder
            order={meeting.order}
            zones={zones}
            currentZoneId={meeting.currentZoneId}
            canWrite={canWrite}
            dispatch={dispatch}
            language={language}
            t={t}
          />
        }
        reveal={
          <RevealControls
            reveal={meeting.reveal}
            count={count}
            canWrite={canWrite}
            dispatch={dispatch}
            t={t}
          />
        }
        display={
          <DisplayControls
            meeting={meeting}
            canWrite={canWrite}
            dispatch={dispatch}
            onOpenAudience={openAudience}
            onFullscreen={fullscreen}
            onHelp={() => setIsHelpOpen(true)}
            openError={message}
            t={t}
          />
        }
        freeze={
          <FreezeResult
            canWrite={canWrite}
            latest={screen.latestSnapshot}
            t={t}
            onFreeze={(note) => freezeBoard(db, board, note)}
          />
        }
        weights={weights}
        jury={<JuryRoute embedded zoneOrder={meeting.order} />}
      />
      {isHelpOpen && <HelpOverlay onClose={() => setIsHelpOpen(false)} t={t} />}
    </>
  );
}
