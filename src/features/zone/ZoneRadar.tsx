import type { ReactNode } from 'react';
import { formatScore } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { RadarAxis, RadarLine } from './zoneRadar';

export interface ZoneRadarProps {
  axes: readonly RadarAxis[];
  lines: readonly RadarLine[];
  /** The chart itself, supplied by the app (it loads ECharts on demand); the table stands alone. */
  chart: ReactNode;
  language: Language;
  t: Translate;
}

/** The radar of this zone vs the leader vs the average, and the same numbers as a table. */
export function ZoneRadar({ axes, lines, chart, language, t }: ZoneRadarProps) {
  return (
    <section className="panel zone-radar" aria-labelledby="zone-radar">
      <h2 id="zone-radar">{t('zone.radar.heading')}</h2>
      <div className="zone-radar-body">
        <div className="zone-radar-chart">{chart}</div>
        <table className="zone-radar-table">
          <caption>{t('zone.radar.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('zone.scores.dimension')}</th>
              {lines.map((line) => (
                <th key={line.id} scope="col">
                  <span
                    className={`radar-key radar-key-${line.lineType}`}
                    style={{ borderColor: line.color }}
                    aria-hidden="true"
                  />
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {axes.map((axis, index) => (
              <tr key={axis.id}>
                <th scope="row">{axis.label}</th>
                {lines.map((line) => (
                  <td key={line.id}>{formatScore(line.values[index] ?? null, language)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
