import type { Translate } from '../../i18n/useT';
import type { MeetingAction, MeetingState } from '../../lib/meetingState';

export interface DisplayControlsProps {
  meeting: MeetingState;
  canWrite: boolean;
  dispatch: (action: MeetingAction) => void;
  onOpenAudience: () => void;
  onFullscreen: () => void;
  onHelp: () => void;
  /** Why the audience window did not open (popup blocker), or null. */
  openError: string | null;
  t: Translate;
}

/** The projector window and what it shows: open it, black screen, light/dark theme, fullscreen. */
export function DisplayControls({
  meeting,
  canWrite,
  dispatch,
  onOpenAudience,
  onFullscreen,
  onHelp,
  openError,
  t,
}: DisplayControlsProps) {
  return (
    <section className="panel meeting-panel" aria-labelledby="display-heading">
      <h2 id="display-heading">{t('meeting.display')}</h2>
      <div className="meeting-buttons">
        <button type="button" className="primary" onClick={onOpenAudience}>
          {t('meeting.openAudience')}
        </button>
        <button
          type="button"
          aria-pressed={meeting.isBlack}
          aria-keyshortcuts="B"
          disabled={!canWrite}
          onClick={() => dispatch({ type: 'black/toggle' })}
        >
          {t('meeting.black')}
        </button>
        <fieldset className="segmented" aria-label={t('meeting.theme')}>
          {(['dark', 'light'] as const).map((theme) => (
            <button
              key={theme}
              type="button"
              aria-pressed={meeting.theme === theme}
              disabled={!canWrite}
              onClick={() => dispatch({ type: 'theme/set', theme })}
            >
              {t(theme === 'dark' ? 'meeting.themeDark' : 'meeting.themeLight')}
            </button>
          ))}
        </fieldset>
        <button type="button" aria-keyshortcuts="F" onClick={onFullscreen}>
          {t('meeting.fullscreenPreview')}
        </button>
        <button type="button" aria-keyshortcuts="? H" onClick={onHelp}>
          {t('meeting.help')}
        </button>
      </div>
      {openError && (
        <p className="meeting-error" role="alert">
          {openError}
        </p>
      )}
      <p className="hint">{t('meeting.audienceHint')}</p>
    </section>
  );
}
