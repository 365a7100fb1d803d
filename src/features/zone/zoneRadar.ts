import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { BoardModel } from '../../lib/boardModel';

export interface RadarAxis {
  id: string;
  label: string;
}

export interface RadarLine {
  id: 'zone' | 'leader' | 'average';
  label: string;
  values: (number | null)[];
  color: string;
  lineType: 'solid' | 'dashed' | 'dotted';
  isFilled: boolean;
}

const AVERAGE_COLOR = '#516074';
const LEADER_FALLBACK_COLOR = '#0b5cad';

/**
 * The radar's data: one axis per dimension, the zone's scores, the leader's (the first-ranked
 * zone, left out when it is this zone) and the field average (mean of the zones with a score on
 * that dimension). The same numbers feed the chart and its table.
 */
export function zoneRadarData(
  model: BoardModel,
  zoneId: string,
  language: Language,
  averageLabel: string,
): { axes: RadarAxis[]; lines: RadarLine[] } {
  const axes = model.dimensions.map((dimension) => ({
    id: dimension.nodeId,
    label: localized(dimension.name, language),
  }));
  const row = model.rows.find((candidate) => candidate.zone.id === zoneId);
  const leader = model.rows.find((candidate) => candidate.rank === 1);
  const scoresOf = (scores: Record<string, number | null>) => axes.map((axis) => scores[axis.id] ?? null);
  const lines: RadarLine[] = [];
  if (row) {
    lines.push({
      id: 'zone',
      label: localized(row.zone.shortName, language),
      values: scoresOf(row.dimensionScores),
      color: row.zone.color,
      lineType: 'solid',
      isFilled: true,
    });
  }
  if (leader && leader.zone.id !== zoneId) {
    lines.push({
      id: 'leader',
      label: localized(leader.zone.shortName, language),
      values: scoresOf(leader.dimensionScores),
      color: leader.zone.color === row?.zone.color ? LEADER_FALLBACK_COLOR : leader.zone.color,
      lineType: 'dashed',
      isFilled: false,
    });
  }
  lines.push({
    id: 'average',
    label: averageLabel,
    values: axes.map((axis) => {
      const scores = model.rows.flatMap((other) => {
        const score = other.dimensionScores[axis.id];
        return score === null || score === undefined ? [] : [score];
      });
      return scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
    }),
    color: AVERAGE_COLOR,
    lineType: 'dotted',
    isFilled: false,
  });
  return { axes, lines };
}
