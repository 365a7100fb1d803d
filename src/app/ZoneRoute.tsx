import { useCallback } from 'react';
import { useArenaData } from '../db/useArenaData';
import { ZoneCard } from '../features/zone/ZoneCard';
import type { RadarAxis, RadarLine } from '../features/zone/zoneRadar';
import { localized } from '../i18n/format';
import { useT } from '../i18n/useT';
import { LazyRadarChart } from '../ui/LazyRadarChart';
import { useBoardModel } from './useBoardModel';

export function ZoneRoute({ zoneId }: { zoneId: string }) {
  const { language, t } = useT();
  const data = useArenaData();
  const board = useBoardModel();
  const zone = data?.zones.find((candidate) => candidate.id === zoneId);
  const zoneName = zone ? localized(zone.name, language) : zoneId;
  const renderRadar = useCallback(
    (axes: readonly RadarAxis[], lines: readonly RadarLine[]) => (
      <LazyRadarChart
        axes={axes}
        series={lines}
        label={t('zone.radar.label', { zone: zoneName })}
        loadingLabel={t('zone.radar.loading')}
        className="radar-chart"
      />
    ),
    [t, zoneName],
  );
  if (!data) return <p role="status">{t('boot.opening')}</p>;
  if (!zone) return <p role="alert">{t('zone.notFound', { id: zoneId })}</p>;
  return (
    <ZoneCard
      zone={zone}
      board={board ? { model: board.model, prepared: board.prepared, weights: board.weights } : null}
      zones={data.zones}
      facts={data.facts.filter((fact) => fact.zoneId === zoneId)}
      targets={data.targets.filter((target) => target.zoneId === zoneId)}
      texts={data.texts.filter((text) => text.zoneId === zoneId)}
      shortfalls={data.shortfalls.filter(
        (shortfall) => shortfall.zoneId === null || shortfall.zoneId === zoneId,
      )}
      pointEvents={data.pointEvents.filter((event) => event.zoneId === zoneId)}
      indicators={data.indicators}
      sources={data.sources}
      periods={data.periods}
      asOf={data.asOf}
      renderRadar={renderRadar}
      language={language}
      t={t}
    />
  );
}
