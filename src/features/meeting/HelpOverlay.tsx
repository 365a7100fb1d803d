import { useEffect, useRef } from 'react';
import type { Translate } from '../../i18n/useT';
import { MEETING_SHORTCUTS } from './useMeetingKeys';

/** The keyboard shortcuts of the meeting windows, in a modal dialog (Escape or the button closes it). */
export function HelpOverlay({ onClose, t }: { onClose: () => void; t: Translate }) {
  const dialog = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open && typeof element.showModal === 'function') element.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="meeting-help" aria-labelledby="meeting-help-heading" onClose={onClose}>
      <h2 id="meeting-help-heading">{t('meeting.helpHeading')}</h2>
      <dl>
        {MEETING_SHORTCUTS.map((shortcut) => (
          <div key={shortcut.id}>
            <dt>
              {shortcut.keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{t(`meeting.key.${shortcut.id}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('meeting.helpTyping')}</p>
      <button type="button" onClick={onClose}>
        {t('meeting.helpClose')}
      </button>
    </dialog>
  );
}
