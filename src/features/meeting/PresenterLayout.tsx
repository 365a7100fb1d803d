import type { ReactNode } from 'react';
import type { Translate } from '../../i18n/useT';

export interface PresenterLayoutProps {
  /** Who controls the meeting (this window, or read-only with a take-over button). */
  status: ReactNode;
  /** The projector preview. */
  stage: ReactNode;
  order: ReactNode;
  timer: ReactNode;
  reveal: ReactNode;
  display: ReactNode;
  freeze: ReactNode;
  /** The what-if weights panel, composed in by the app. */
  weights: ReactNode;
  /** The jury score grid (评委打分), composed in by the app when it exists. */
  jury?: ReactNode;
  t: Translate;
}

/** The presenter console's layout: running order and timer | preview and controls | weights; jury below. */
export function PresenterLayout({
  status,
  stage,
  order,
  timer,
  reveal,
  display,
  freeze,
  weights,
  jury,
  t,
}: PresenterLayoutProps) {
  return (
    <div className="presenter">
      <header className="page-header presenter-header">
        <h1>{t('meeting.heading')}</h1>
        {status}
      </header>
      <div className="presenter-grid">
        <div className="presenter-column">
          {timer}
          {order}
        </div>
        <div className="presenter-column presenter-centre">
          <section className="panel meeting-panel" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t('meeting.preview')}</h2>
            <div className="presenter-preview">{stage}</div>
          </section>
          {reveal}
          {display}
          {freeze}
        </div>
        <div className="presenter-column">{weights}</div>
      </div>
      <section className="panel meeting-panel presenter-jury" aria-labelledby="jury-heading">
        <h2 id="jury-heading">{t('meeting.jury')}</h2>
        {jury ?? <p className="hint">{t('meeting.juryPending')}</p>}
      </section>
    </div>
  );
}
