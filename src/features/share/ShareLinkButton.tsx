import { useEffect, useRef, useState } from 'react';
import { encodeShareLink } from '../../formats/shareLink';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Scorecard } from '../../scoring/model';

export interface ShareLinkButtonProps {
  scorecard: Scorecard;
  /** Weight overrides in force (node id → raw weight); the link reproduces the ranking they give. */
  weights: Readonly<Record<string, number>>;
  language: Language;
  t: Translate;
  /** The full link for a payload; by default this page's address with `#/share/<payload>`. */
  linkFor?: (payload: string) => string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'copied'; link: string }
  | { kind: 'manual'; link: string }
  | { kind: 'failed'; message: string };

/**
 * Copies a link that carries the scorecard and its weights (never the data). Where the clipboard
 * is unavailable or refused, the link is shown selected in a read-only field to copy by hand.
 */
export function ShareLinkButton({
  scorecard,
  weights,
  language,
  t,
  linkFor = linkFromHere,
}: ShareLinkButtonProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);

  // A link shown for other weights would mislead: changing the scorecard or weights clears it.
  const sharedKey = `${scorecard.id} r${scorecard.revision} ${JSON.stringify(weights)}`;
  const [shownFor, setShownFor] = useState(sharedKey);
  if (shownFor !== sharedKey) {
    setShownFor(sharedKey);
    setStatus({ kind: 'idle' });
  }

  useEffect(() => {
    if (status.kind !== 'manual') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [status]);

  const copy = async () => {
    const encoded = await encodeShareLink({ scorecard, weights: { ...weights } });
    if (!encoded.ok) {
      setStatus({ kind: 'failed', message: localized(encoded.problem.message, language) });
      return;
    }
    const link = linkFor(encoded.value);
    try {
      // Missing in insecure contexts (a file opened from a USB stick over http), refused without permission.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setStatus({ kind: 'copied', link });
    } catch {
      setStatus({ kind: 'manual', link });
    }
  };

  return (
    <div className="share-link">
      <button type="button" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      <p className="status-line" role="status">
        {status.kind === 'copied' && t('share.copied')}
        {status.kind === 'manual' && t('share.copyManually')}
      </p>
      {(status.kind === 'copied' || status.kind === 'manual') && (
        <input
          ref={fieldRef}
          className="share-link-field"
          type="text"
          readOnly
          value={status.link}
          aria-label={t('share.linkField')}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      {status.kind === 'failed' && <p role="alert">{t('share.failed', { message: status.message })}</p>}
    </div>
  );
}

function linkFromHere(payload: string): string {
  const url = new URL(window.location.href);
  url.hash = `/share/${payload}`;
  return url.toString();
}
