import type { ShareLinkProblem } from '../../formats/shareLink';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';

export interface SharedLinkBannerProps {
  /** The shared scorecard's name, in the UI language. */
  name: string;
  /** The name of this browser's scorecard with the same id, which saving would replace. */
  replaces: string | null;
  isViewing: boolean;
  t: Translate;
  onView: () => void;
  onSave: () => void;
}

/** What a share link brought, and the two things to do with it: view it on this data, or save it. */
export function SharedLinkBanner({ name, replaces, isViewing, t, onView, onSave }: SharedLinkBannerProps) {
  return (
    <section className="share-banner" aria-labelledby="share-banner-heading">
      <h2 id="share-banner-heading">{t('share.banner', { name })}</h2>
      <p>{t('share.bannerNote')}</p>
      {replaces !== null && <p>{t('share.replaces', { name: replaces })}</p>}
      <div className="actions">
        <button type="button" onClick={onView} aria-pressed={isViewing}>
          {t('share.view')}
        </button>
        <button type="button" onClick={onSave}>
          {t('share.save')}
        </button>
        <a href="#/">{t('share.dismiss')}</a>
      </div>
      <p className="status-line" role="status">
        {isViewing && t('share.viewing')}
      </p>
    </section>
  );
}

export interface ShareLinkProblemViewProps {
  problem: ShareLinkProblem;
  language: Language;
  t: Translate;
}

/** Why a share link cannot be opened, as plain text (the link's content is never HTML). */
export function ShareLinkProblemView({ problem, language, t }: ShareLinkProblemViewProps) {
  return (
    <div className="share-banner import-issues" role="alert">
      <p>
        {t('share.invalid')} {localized(problem.message, language)}
      </p>
      {problem.issues && problem.issues.length > 0 && (
        <ul>
          {problem.issues.map((issue) => (
            <li key={`${issue.path} ${issue.message.en}`}>
              <code>{issue.path}</code> {localized(issue.message, language)}
            </li>
          ))}
        </ul>
      )}
      <a href="#/">{t('share.dismiss')}</a>
    </div>
  );
}
