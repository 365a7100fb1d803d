import { useCallback, useRef, useState } from 'react';
import { AudienceStage } from '../features/meeting/AudienceStage';
import { toggleFullscreen } from '../features/meeting/fullscreen';
import { HelpOverlay } from '../features/meeting/HelpOverlay';
import { ScaledStage } from '../features/meeting/ScaledStage';
import { sendMeetingCommand } from '../features/meeting/useMeetingCommands';
import { useMeetingKeys } from '../features/meeting/useMeetingKeys';
import { useT } from '../i18n/useT';
import { useMeetingScreen } from './useMeetingScreen';

/**
 * The projector window (#/audience): no app chrome and no controls, read-only. Its keys are the
 * presenter's: F fullscreens this window (a gesture here is required), the others are sent to the
 * presenter window, the meeting's only writer.
 */
export function AudienceRoute() {
  const { language, t } = useT();
  const screen = useMeetingScreen();
  const stageBox = useRef<HTMLElement | null>(null);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const count = screen?.board.model.rows.length ?? 0;
  const fullscreen = useCallback(() => {
    // Fullscreen needs a gesture in this window; a refusal leaves the letterboxed window as it is.
    toggleFullscreen(stageBox.current).catch(() => undefined);
  }, []);
  useMeetingKeys({
    fullscreen,
    next: () => sendMeetingCommand({ type: 'reveal/next', count }),
    back: () => sendMeetingCommand({ type: 'reveal/back' }),
    black: () => sendMeetingCommand({ type: 'black/toggle' }),
    timer: () => sendMeetingCommand({ type: 'timer/toggle' }),
    help: () => setIsHelpOpen((open) => !open),
    close: () => setIsHelpOpen(false),
  });
  if (screen === undefined) return <p role="status">{t('boot.opening')}</p>;
  if (screen === null) return <p>{t('leaderboard.empty')}</p>;
  return (
    <div className="audience">
      <ScaledStage boxRef={stageBox} label={t('audience.label')}>
        <AudienceStage
          model={screen.board.model}
          meeting={screen.meeting}
          zones={screen.zones}
          now={screen.now}
          baseline={screen.baseline}
          language={language}
          t={t}
        />
      </ScaledStage>
      {isHelpOpen && <HelpOverlay onClose={() => setIsHelpOpen(false)} t={t} />}
    </div>
  );
}
