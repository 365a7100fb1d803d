import { useMemo } from 'react';
import { formatNumber, formatPercent, formatScore, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import { WEIGHT_MAX } from '../../lib/weightLimits';
import type { Zone } from '../../scoring/model';
import type { PreparedScoring } from '../../scoring/score';
import {
  type DimensionScoreLift,
  dimensionScoreLifts,
  dimensionWeightLifts,
  liftStatus,
} from './whatWouldItTake';

export interface WhatWouldItTakeProps {
  zoneId: string;
  model: BoardModel;
  prepared: PreparedScoring;
  weights: Readonly<Record<string, number>>;
  zones: readonly Zone[];
  language: Language;
  t: Translate;
}

/** "What would it take" to move up one place: one dimension score, or one dimension weight. */
export function WhatWouldItTake({
  zoneId,
  model,
  prepared,
  weights,
  zones,
  language,
  t,
}: WhatWouldItTakeProps) {
  const { ranking, scorecard } = model;
  const status = useMemo(() => liftStatus(ranking, zoneId), [ranking, zoneId]);
  const scoreLifts = useMemo(
    () => dimensionScoreLifts(ranking, zoneId, scorecard.root, scorecard.ranking?.precision),
    [ranking, zoneId, scorecard],
  );
  const weightLifts = useMemo(
    () =>
      status.kind === 'leader' || status.kind === 'unranked'
        ? []
        : dimensionWeightLifts(prepared, weights, zoneId, WEIGHT_MAX),
    [prepared, weights, zoneId, status.kind],
  );
  const zoneName = (id: string) => {
    const zone = zones.find((candidate) => candidate.id === id);
    return zone ? localized(zone.name, language) : id;
  };
  const dimensionName = (nodeId: string) => {
    const dimension = model.dimensions.find((candidate) => candidate.nodeId === nodeId);
    return dimension ? localized(dimension.name, language) : nodeId;
  };
  const digits = model.totalDigits;
  const entity = ranking.entities.find((candidate) => candidate.zoneId === zoneId);

  return (
    <section className="panel what-would-it-take" aria-labelledby="zone-lift">
      <h2 id="zone-lift">{t('zone.lift.heading')}</h2>
      {status.kind === 'leader' && <p>{t('zone.lift.leader')}</p>}
      {status.kind === 'unranked' && <p>{t('zone.lift.unranked')}</p>}
      {(status.kind === 'behind' || status.kind === 'other-tier') && (
        <p>
          {t('zone.lift.ahead', {
            zone: zoneName(status.ahead.zoneId),
            total: formatScore(status.ahead.total, language, digits),
            gap: formatScore((status.ahead.total ?? 0) - (entity?.total ?? 0), language, digits),
          })}
        </p>
      )}
      {status.kind === 'other-tier' && (
        <p className="zone-status-warn">
          {t(status.reason === 'vetoed' ? 'zone.lift.vetoed' : 'zone.lift.insufficient')}
        </p>
      )}
      {status.kind === 'behind' && (
        <>
          <h3>{t('zone.lift.scoresHeading')}</h3>
          <ul className="item-list lift-list" aria-label={t('zone.lift.scoresHeading')}>
            {scoreLifts.map((lift) => (
              <li key={lift.nodeId}>{scoreLine(lift, dimensionName(lift.nodeId), language, t)}</li>
            ))}
          </ul>
        </>
      )}
      {weightLifts.length > 0 && (
        <>
          <h3>{t('zone.lift.weightsHeading')}</h3>
          <ul className="item-list lift-list" aria-label={t('zone.lift.weightsHeading')}>
            {weightLifts.map(({ nodeId, fromWeight, fromShare, lift }) => (
              <li key={nodeId}>
                {lift.kind === 'possible'
                  ? t('zone.lift.weightLine', {
                      dimension: dimensionName(nodeId),
                      from: formatNumber(fromWeight, language),
                      to: formatNumber(lift.toWeight, language),
                      fromShare: formatPercent(fromShare, language),
                      toShare: formatPercent(lift.toShare, language),
                      rank: lift.newRank,
                    })
                  : t('zone.lift.weightImpossible', { dimension: dimensionName(nodeId) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {status.kind === 'behind' && <p className="meta">{t('zone.lift.note')}</p>}
    </section>
  );
}

function scoreLine(lift: DimensionScoreLift, dimension: string, language: Language, t: Translate): string {
  switch (lift.lift.kind) {
    case 'possible':
      return t('zone.lift.scoreLine', {
        dimension,
        from: formatScore(lift.score, language, 2),
        // Rounded up: "to above 86.54" must be a promise that holds, not one a hair short.
        to: formatScore(roundUp(lift.lift.newScore), language, 2),
        increase: formatScore(roundUp(lift.lift.increase), language, 2),
      });
    case 'impossible':
      return t('zone.lift.scoreImpossible', { dimension, from: formatScore(lift.score, language) });
    case 'no-score':
      return t('zone.lift.scoreNoScore', { dimension });
    case 'no-weight':
      return t('zone.lift.scoreNoWeight', { dimension });
  }
}

function roundUp(value: number): number {
  return Math.ceil(value * 100 - 1e-9) / 100;
}
