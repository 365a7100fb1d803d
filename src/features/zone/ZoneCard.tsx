import { type ReactNode, useMemo } from 'react';
import { formatScore, localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { BoardModel } from '../../lib/boardModel';
import type {
  Fact,
  Indicator,
  Period,
  PointEvent,
  Shortfall,
  Source,
  Target,
  Zone,
  ZoneText,
} from '../../scoring/model';
import type { PreparedScoring } from '../../scoring/score';
import { leafStandings, strengthsAndWeaknesses } from './fieldStanding';
import { targetProgressList } from './targetProgress';
import { WhatWouldItTake } from './WhatWouldItTake';
import { ZoneAchievements, ZoneShortfalls, ZoneTexts } from './ZoneEvidence';
import { ZoneRadar } from './ZoneRadar';
import { ZoneScores } from './ZoneScores';
import { ZoneStanding } from './ZoneStanding';
import { ZoneTargets } from './ZoneTargets';
import { type RadarAxis, type RadarLine, zoneRadarData } from './zoneRadar';

/** The ranking side of the card; absent while the board is not scored (no scorecard). */
export interface ZoneBoard {
  model: BoardModel;
  prepared: PreparedScoring;
  weights: Readonly<Record<string, number>>;
}

export interface ZoneCardProps {
  zone: Zone;
  board: ZoneBoard | null;
  zones: readonly Zone[];
  facts: readonly Fact[];
  targets: readonly Target[];
  texts: readonly ZoneText[];
  shortfalls: readonly Shortfall[];
  pointEvents: readonly PointEvent[];
  indicators: readonly Indicator[];
  sources: readonly Source[];
  periods: readonly Period[];
  asOf: string;
  /** Draws the radar (the app passes the lazily loaded ECharts radar). */
  renderRadar: (axes: readonly RadarAxis[], lines: readonly RadarLine[]) => ReactNode;
  language: Language;
  t: Translate;
}

/**
 * A zone's card (DESIGN §4 screen 2): rank and contributions, radar against the leader and the
 * average, what would lift it a place, strengths and weaknesses, then 展实绩 / 谈打算 / 晒不足 with
 * every figure's source sentence.
 */
export function ZoneCard(props: ZoneCardProps) {
  const { zone, board, facts, targets, texts, indicators, sources, periods, asOf, language, t } = props;
  const progress = useMemo(
    () => targetProgressList(targets, facts, periods, asOf),
    [targets, facts, periods, asOf],
  );
  const entity = board?.model.ranking.entities.find((candidate) => candidate.zoneId === zone.id);
  const evidence = { sources, language, t };
  return (
    <article className="zone-card" aria-labelledby="zone-title">
      <a href="#/" className="back-link">
        ← {t('zone.back')}
      </a>
      <header className="page-header">
        <h1 id="zone-title">
          <span className="zone-swatch" style={{ background: zone.color }} aria-hidden="true" />
          {localized(zone.name, language)}
        </h1>
        {entity && entity.rank !== null && (
          <p className="meta">
            {t('zone.rank', {
              rank: entity.rank,
              total: formatScore(entity.total, language, board?.model.totalDigits),
            })}
          </p>
        )}
      </header>
      {board && entity && <ZoneAnalysis {...props} board={board} />}
      <div className="zone-grid">
        <ZoneAchievements facts={facts} texts={texts} indicators={indicators} {...evidence} />
        <ZoneTargets
          progress={progress}
          indicators={indicators}
          periods={periods}
          asOf={asOf}
          {...evidence}
        />
        <ZoneTexts kind="plan" heading={t('zone.plans')} texts={texts} {...evidence} />
        <ZoneShortfalls shortfalls={props.shortfalls} {...evidence} />
      </div>
    </article>
  );
}

/** The scored half of the card: everything derived from the ranking. */
function ZoneAnalysis(props: ZoneCardProps & { board: ZoneBoard }) {
  const { zone, board, zones, pointEvents, renderRadar, language, t } = props;
  const { model } = board;
  const entity = model.ranking.entities.find((candidate) => candidate.zoneId === zone.id);
  const radar = useMemo(
    () => zoneRadarData(model, zone.id, language, t('zone.radar.average')),
    [model, zone.id, language, t],
  );
  const standing = useMemo(
    () => strengthsAndWeaknesses(leafStandings(model.ranking, model.scorecard.root, zone.id)),
    [model, zone.id],
  );
  if (!entity) return null;
  return (
    <div className="zone-grid">
      <ZoneScores model={model} entity={entity} pointEvents={pointEvents} language={language} t={t} />
      <ZoneRadar
        axes={radar.axes}
        lines={radar.lines}
        chart={renderRadar(radar.axes, radar.lines)}
        language={language}
        t={t}
      />
      <WhatWouldItTake
        zoneId={zone.id}
        model={model}
        prepared={board.prepared}
        weights={board.weights}
        zones={zones}
        language={language}
        t={t}
      />
      <ZoneStanding
        strengths={standing.strengths}
        weaknesses={standing.weaknesses}
        language={language}
        t={t}
      />
    </div>
  );
}
