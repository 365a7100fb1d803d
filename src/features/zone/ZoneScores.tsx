import { formatNumber, formatPercent, formatScore, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import type { PointEvent } from '../../scoring/model';
import type { EntityResult } from '../../scoring/types';

export interface ZoneScoresProps {
  model: BoardModel;
  entity: EntityResult;
  pointEvents: readonly PointEvent[];
  language: Language;
  t: Translate;
}

/**
 * Rank, total, coverage and status, then each dimension's score, weight and contribution (points
 * of the total: share used × score for an arithmetic root), and the 加点 / 扣点 that moved the total.
 */
export function ZoneScores({ model, entity, pointEvents, language, t }: ZoneScoresProps) {
  const digits = model.totalDigits;
  const nodes = entity.nodes;
  const rankedCount = model.ranking.entities.filter((other) => other.rank !== null).length;
  const points = entity.flags.find((flag) => flag.rule === 'points');
  const countedIds = new Set(points?.rule === 'points' ? points.eventIds : []);
  return (
    <section className="panel" aria-labelledby="zone-scores">
      <h2 id="zone-scores">{t('zone.scores.heading')}</h2>
      <dl className="zone-stats">
        <div>
          <dt>{t('zone.scores.rank')}</dt>
          <dd>
            {entity.rank === null
              ? t('zone.scores.notRanked')
              : t(entity.isTied ? 'zone.scores.rankTied' : 'zone.scores.rankOf', {
                  rank: entity.rank,
                  count: rankedCount,
                })}
          </dd>
        </div>
        <div>
          <dt>{t('zone.scores.total')}</dt>
          <dd>{formatScore(entity.total, language, digits)}</dd>
        </div>
        <div>
          <dt>{t('zone.scores.coverage')}</dt>
          <dd>{formatPercent(entity.coverage, language)}</dd>
        </div>
      </dl>
      <ZoneStatus entity={entity} language={language} t={t} />
      <table className="zone-scores-table">
        <caption>{t('zone.scores.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('zone.scores.dimension')}</th>
            <th scope="col">{t('zone.scores.score')}</th>
            <th scope="col">{t('zone.scores.weight')}</th>
            <th scope="col">{t('zone.scores.shareUsed')}</th>
            <th scope="col">{t('zone.scores.contribution')}</th>
          </tr>
        </thead>
        <tbody>
          {model.dimensions.map((dimension) => {
            const node = nodes[dimension.nodeId];
            const isMissing = !node || node.isMissing;
            return (
              <tr key={dimension.nodeId} data-dimension={dimension.nodeId}>
                <th scope="row">{localized(dimension.name, language)}</th>
                <td>{isMissing ? t('zone.scores.noData') : formatScore(node.score, language)}</td>
                <td>
                  {t('zone.scores.weightValue', {
                    weight: formatNumber(dimension.weight, language),
                    share: formatPercent(dimension.share, language),
                  })}
                </td>
                <td>{formatPercent(node?.weight ?? 0, language)}</td>
                <td className="contribution">{formatScore(node?.contribution ?? 0, language, digits)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('zone.scores.aggregate')}
            </th>
            <td>{formatScore(entity.aggregate, language, digits)}</td>
          </tr>
          {entity.coefficient !== 1 && (
            <tr>
              <th scope="row" colSpan={4}>
                {t('zone.scores.coefficient')}
              </th>
              <td>×{formatNumber(entity.coefficient, language)}</td>
            </tr>
          )}
          {entity.bonus !== 0 && (
            <tr>
              <th scope="row" colSpan={4}>
                {t('zone.scores.bonus')}
              </th>
              <td>+{formatScore(entity.bonus, language, digits)}</td>
            </tr>
          )}
          {entity.deduction !== 0 && (
            <tr>
              <th scope="row" colSpan={4}>
                {t('zone.scores.deduction')}
              </th>
              <td>−{formatScore(entity.deduction, language, digits)}</td>
            </tr>
          )}
          <tr className="zone-total-row">
            <th scope="row" colSpan={4}>
              {t('zone.scores.total')}
            </th>
            <td>{formatScore(entity.total, language, digits)}</td>
          </tr>
        </tfoot>
      </table>
      <h3>{t('zone.points.heading')}</h3>
      {pointEvents.length === 0 ? (
        <p className="empty">{t('zone.points.none')}</p>
      ) : (
        <ul className="item-list">
          {pointEvents.map((event) => (
            <li key={event.id}>
              {event.date} · {event.points > 0 ? '+' : '−'}
              {formatNumber(Math.abs(event.points), language)} · {localized(event.reason, language)}
              {' · '}
              {t(countedIds.has(event.id) ? 'zone.points.counted' : 'zone.points.outside')}
              {event.isSample && <span className="badge badge-warn">{t('zone.points.sample')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Insufficient data, veto and exclusion, each with its reason; "ranked normally" otherwise. */
function ZoneStatus({ entity, language, t }: { entity: EntityResult; language: Language; t: Translate }) {
  const reasons = entity.vetoReasons.map((reason) => localized(reason, language)).join('；');
  const insufficient = entity.flags.find((flag) => flag.rule === 'insufficient-data');
  const messages: string[] = [];
  if (entity.isVetoed)
    messages.push(t(entity.isExcluded ? 'zone.status.excluded' : 'zone.status.vetoed', { reasons }));
  if (insufficient?.rule === 'insufficient-data') {
    messages.push(
      t('zone.status.insufficient', {
        coverage: formatPercent(insufficient.coverage, language),
        min: formatPercent(insufficient.minCoverage, language),
      }),
    );
  }
  if (messages.length === 0) return <p className="zone-status">{t('zone.status.ok')}</p>;
  return (
    <ul className="zone-status zone-status-warn">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
