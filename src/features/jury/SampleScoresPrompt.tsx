import { useEffect, useId, useRef } from 'react';
import type { Translate } from '../../i18n/useT';

interface Props {
  indicatorName: string;
  count: number;
  t: Translate;
  onChoose: (choice: 'clear' | 'keep' | 'cancel') => void;
}

/**
 * Asked once per indicator when the first real score is typed while sample scores are still
 * there: clear them (backed up, undoable), keep them with the rows marked, or do not save.
 */
export function SampleScoresPrompt({ indicatorName, count, t, onChoose }: Props) {
  const titleId = useId();
  const textId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="jury-sample-prompt"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onChoose('cancel');
      }}
    >
      <strong id={titleId}>{t('jury.sample.title')}</strong>
      <p id={textId}>{t('jury.sample.ask', { indicator: indicatorName, count })}</p>
      <div className="jury-sample-actions">
        <button type="button" ref={first} onClick={() => onChoose('clear')}>
          {t('jury.sample.clear')}
        </button>
        <button type="button" onClick={() => onChoose('keep')}>
          {t('jury.sample.keep')}
        </button>
        <button type="button" onClick={() => onChoose('cancel')}>
          {t('jury.sample.cancel')}
        </button>
      </div>
    </div>
  );
}
