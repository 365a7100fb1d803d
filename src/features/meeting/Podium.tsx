import { formatScore } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import { stageName } from './stageName';

const SLOTS = ['second', 'first', 'third'] as const;

/** The top three (second, first, third from left to right, as on a real podium); ties keep their shared rank. */
export function Podium({ model, language, t }: { model: BoardModel; language: Language; t: Translate }) {
  const top = model.rows.slice(0, 3);
  const layout = [top[1], top[0], top[2]];
  return (
    <ol className="podium" aria-label={t('reveal.podium')}>
      {layout.map((row, place) =>
        row ? (
          <li
            key={row.zone.id}
            className={`podium-step podium-step-${place}`}
            data-zone-id={row.zone.id}
            data-rank={row.rank ?? ''}
          >
            <span className="podium-name">{stageName(row.zone, language)}</span>
            <span className="podium-total">{formatScore(row.total, language, model.totalDigits)}</span>
            <span className="podium-block" style={{ borderTopColor: row.zone.color }}>
              <span className="podium-rank">{row.rank ?? '—'}</span>
            </span>
          </li>
        ) : (
          <li key={SLOTS[place]} className="podium-step" />
        ),
      )}
    </ol>
  );
}
