import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { MeetingAction } from '../../lib/meetingState';
import type { Zone } from '../../scoring/model';
import { stageName } from './stageName';

export interface RunningOrderProps {
  order: readonly string[];
  zones: readonly Zone[];
  currentZoneId: string | null;
  canWrite: boolean;
  dispatch: (action: MeetingAction) => void;
  language: Language;
  t: Translate;
}

/** The order the zones take the stage: call one, or move it up and down (buttons, so the keyboard works). */
export function RunningOrder({
  order,
  zones,
  currentZoneId,
  canWrite,
  dispatch,
  language,
  t,
}: RunningOrderProps) {
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  return (
    <section className="panel meeting-panel" aria-labelledby="running-order-heading">
      <h2 id="running-order-heading">{t('meeting.order')}</h2>
      <ol className="running-order">
        {order.map((zoneId, index) => {
          const zone = byId.get(zoneId);
          if (!zone) return null;
          const name = stageName(zone, language);
          const isCurrent = zoneId === currentZoneId;
          return (
            <li key={zoneId} className={isCurrent ? 'is-current' : undefined} data-zone-id={zoneId}>
              <span className="running-order-index">{index + 1}</span>
              <span className="running-order-name" aria-current={isCurrent ? 'step' : undefined}>
                {name}
              </span>
              <button
                type="button"
                disabled={!canWrite || isCurrent}
                aria-label={t('meeting.callZone', { name })}
                onClick={() => dispatch({ type: 'zone/select', zoneId })}
              >
                {isCurrent ? t('meeting.onStageShort') : t('meeting.callShort')}
              </button>
              <button
                type="button"
                disabled={!canWrite || index === 0}
                aria-label={t('meeting.moveUp', { name })}
                onClick={() => dispatch({ type: 'order/move', zoneId, delta: -1 })}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={!canWrite || index === order.length - 1}
                aria-label={t('meeting.moveDown', { name })}
                onClick={() => dispatch({ type: 'order/move', zoneId, delta: 1 })}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
