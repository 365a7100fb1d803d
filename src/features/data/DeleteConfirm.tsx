import { useT } from '../../i18n/useT';
import type { Dependents } from './dependents';

export type PendingDelete =
  | { kind: 'cascade'; rowId: string; dependents: Dependents[] }
  | { kind: 'refused'; rowId: string; scorecardNames: string[] };

/** Says what depends on a row before it goes, and deletes only when the user asks for the cascade. */
export function DeleteConfirm({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: PendingDelete;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  if (pending.kind === 'refused') {
    return (
      <div role="alert" className="delete-confirm">
        <p>
          {t('dataScreen.delete.usedByScorecards', {
            id: pending.rowId,
            names: pending.scorecardNames.join('、'),
          })}
        </p>
        <button type="button" onClick={onCancel}>
          {t('dataScreen.cancel')}
        </button>
      </div>
    );
  }
  const list = pending.dependents
    .map((group) =>
      t('dataScreen.delete.count', {
        table: t(`dataScreen.table.${group.table}` as 'dataScreen.table.facts'),
        count: group.rows.length,
      }),
    )
    .join('，');
  return (
    <div role="alert" className="delete-confirm">
      <p>{t('dataScreen.delete.dependents', { id: pending.rowId, list })}</p>
      <button type="button" onClick={onConfirm}>
        {t('dataScreen.delete.cascade')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('dataScreen.cancel')}
      </button>
    </div>
  );
}
