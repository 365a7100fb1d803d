import { useArenaData } from '../db/useArenaData';
import { ZoneCard } from '../features/zone/ZoneCard';
import { useT } from '../i18n/useT';
import { useBoardModel } from './useBoardModel';

export function ZoneRoute({ zoneId }: { zoneId: string }) {
  const { language, t } = useT();
  const data = useArenaData();
  const board = useBoardModel();
  if (!data) return <p role="status">{t('boot.opening')}</p>;
  const zone = data.zones.find((candidate) => candidate.id === zoneId);
  if (!zone) return <p role="alert">{t('zone.notFound', { id: zoneId })}</p>;
  const row = board?.model.rows.find((candidate) => candidate.zone.id === zoneId);
  return (
    <ZoneCard
      zone={zone}
      rank={row?.rank ?? null}
      total={row?.total ?? null}
      facts={data.facts.filter((fact) => fact.zoneId === zoneId)}
      targets={data.targets.filter((target) => target.zoneId === zoneId)}
      texts={data.texts.filter((text) => text.zoneId === zoneId)}
      shortfalls={data.shortfalls.filter(
        (shortfall) => shortfall.zoneId === null || shortfall.zoneId === zoneId,
      )}
      indicators={data.indicators}
      sources={data.sources}
      language={language}
      t={t}
    />
  );
}
