import { formatScore } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel, BoardRow } from '../../lib/boardModel';
import { isRevealed } from '../../lib/meetingState';
import { stageName } from './stageName';

/** Rows the stage has room for at legible size; a longer ranking shows a window of it. */
export const STAGE_MAX_ROWS = 10;
const ROW_HEIGHT = 84;

export interface StageBoardProps {
  model: BoardModel;
  /** Reveal step when revealing (positions from the last are shown); null shows every row. */
  revealStep: number | null;
  /** Ranks of the last frozen result, for ▲/▼; null shows no change. */
  baseline: ReadonlyMap<string, number | null> | null;
  language: Language;
  t: Translate;
}

/** The first row shown: the top, or while revealing the window that holds the latest revealed row. */
function firstShown(count: number, revealStep: number | null): number {
  if (count <= STAGE_MAX_ROWS || revealStep === null) return 0;
  const latest = Math.max(0, count - revealStep);
  return Math.min(Math.max(0, latest), count - STAGE_MAX_ROWS);
}

/**
 * The ranking in large type. Every row is keyed by its zone and placed by its position with a CSS
 * transform, so a re-ranking slides rows to their new places (no motion when the system asks for
 * less: see meeting.css). While revealing, a hidden position carries no name or score at all.
 */
export function StageBoard({ model, revealStep, baseline, language, t }: StageBoardProps) {
  const count = model.rows.length;
  const first = firstShown(count, revealStep);
  const isHidden = (index: number) => revealStep !== null && !isRevealed(index, revealStep, count);
  return (
    <ol className="stage-board" style={{ height: Math.min(count, STAGE_MAX_ROWS) * ROW_HEIGHT }}>
      {model.rows.map((row, index) => {
        const place = index - first;
        const isShown = place >= 0 && place < STAGE_MAX_ROWS;
        const hidden = isHidden(index);
        return (
          <li
            key={hidden ? `hidden-${index}` : row.zone.id}
            className={`stage-row${hidden ? ' is-hidden' : ''}${isShown ? '' : ' is-offstage'}`}
            style={{ transform: `translateY(${place * ROW_HEIGHT}px)` }}
            data-zone-id={hidden ? undefined : row.zone.id}
            data-rank={hidden ? undefined : (row.rank ?? '')}
            data-position={index + 1}
            aria-hidden={isShown ? undefined : true}
          >
            {hidden ? (
              <HiddenRow t={t} />
            ) : (
              <ShownRow row={row} model={model} baseline={baseline} language={language} t={t} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

function HiddenRow({ t }: { t: Translate }) {
  return (
    <>
      <span className="stage-rank">?</span>
      <span className="stage-name">{t('reveal.hidden')}</span>
    </>
  );
}

function ShownRow({
  row,
  model,
  baseline,
  language,
  t,
}: {
  row: BoardRow;
  model: BoardModel;
  baseline: ReadonlyMap<string, number | null> | null;
  language: Language;
  t: Translate;
}) {
  const share = row.total === null ? 0 : Math.min(1, Math.max(0, row.total / 100));
  const before = baseline?.get(row.zone.id);
  const change = before != null && row.rank !== null ? before - row.rank : 0;
  return (
    <>
      <span className="stage-rank">{row.rank ?? '—'}</span>
      <span className="stage-chip" style={{ background: row.zone.color }} />
      <span className="stage-name">{stageName(row.zone, language)}</span>
      <span className="stage-bar-track">
        <span className="stage-bar" style={{ width: `${share * 100}%`, background: row.zone.color }} />
      </span>
      <span className="stage-total">{formatScore(row.total, language, model.totalDigits)}</span>
      <span className={`stage-change${change > 0 ? ' is-up' : change < 0 ? ' is-down' : ''}`}>
        {change !== 0 && (
          <>
            <span aria-hidden="true">{change > 0 ? `▲${change}` : `▼${-change}`}</span>
            <span className="visually-hidden">
              {t(change > 0 ? 'audience.up' : 'audience.down', { count: Math.abs(change) })}
            </span>
          </>
        )}
      </span>
      {row.isVetoed && <span className="stage-flag">{t('audience.vetoed')}</span>}
    </>
  );
}
