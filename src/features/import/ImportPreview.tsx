import type { BundleTable } from '../../formats/bundle';
import type { Catalogue, ImportPlan } from '../../formats/import/plan';
import { localized } from '../../i18n/format';
import type { Language, MessageKey } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';

const TABLE_NAMES: Record<BundleTable, MessageKey> = {
  categories: 'import.table.categories',
  zones: 'import.table.zones',
  periods: 'import.table.periods',
  indicators: 'import.table.indicators',
  facts: 'import.table.facts',
  targets: 'import.table.targets',
  texts: 'import.table.texts',
  shortfalls: 'import.table.shortfalls',
  judges: 'import.table.judges',
  juryScores: 'import.table.juryScores',
  pointEvents: 'import.table.pointEvents',
  scorecards: 'import.table.scorecards',
};

function tableName(table: string, t: Translate): string {
  const key = TABLE_NAMES[table as BundleTable] as MessageKey | undefined;
  return key === undefined ? table : t(key);
}

/** Rows of the fact preview shown at most; the counts above it cover all of them. */
const PREVIEW_ROWS = 200;

interface ImportPreviewProps {
  plan: ImportPlan;
  catalogue: Catalogue;
  language: Language;
  t: Translate;
}

/** What was detected, how many rows each table gains or changes, the conversions and the facts. */
export function ImportPreview({ plan, catalogue, language, t }: ImportPreviewProps) {
  const zoneName = new Map(catalogue.zones.map((zone) => [zone.id, localized(zone.shortName, language)]));
  const indicatorName = new Map(
    [...catalogue.indicators, ...plan.indicators].map((indicator) => [
      indicator.id,
      localized(indicator.name, language),
    ]),
  );
  const { detected } = plan;
  const facts = plan.facts.filter((change) => change.status !== 'same');
  const details: [string, string | number | undefined][] = [
    [t('import.detected.format'), t(`import.format.${plan.format}`)],
    [t('import.detected.encoding'), detected.encoding],
    [t('import.detected.delimiter'), detected.delimiter],
    [t('import.detected.sheet'), detected.sheet],
    [t('import.detected.headerRow'), detected.headerRow],
    [t('import.detected.unitRow'), detected.unitRow],
    [t('import.detected.dataRows'), detected.dataRows],
  ];
  return (
    <div className="import-preview">
      <p className="import-file">{t('import.file', { file: plan.fileName })}</p>
      <h3>{t('import.detected')}</h3>
      <dl className="import-detected">
        {details
          .filter(([, value]) => value !== undefined)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <table className="import-counts">
        <caption>{t('import.counts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.counts.table')}</th>
            <th scope="col">{t('import.counts.add')}</th>
            <th scope="col">{t('import.counts.change')}</th>
            <th scope="col">{t('import.counts.same')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(plan.counts).map(([table, count]) => (
            <tr key={table}>
              <th scope="row">{tableName(table, t)}</th>
              <td>{count.add}</td>
              <td>{count.change}</td>
              <td>{count.same}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.conversions.length > 0 && (
        <section className="import-conversions">
          <h3>{t('import.conversions', { count: plan.conversions.length })}</h3>
          <ul>
            {plan.conversions.map((conversion) => (
              <li key={`${conversion.row}-${conversion.column}`}>
                {t('import.conversions.item', {
                  place: `${t('import.problems.row')} ${conversion.row} · ${conversion.column}（${conversion.header}）`,
                  raw: conversion.raw,
                  value: conversion.value,
                  unit: conversion.toUnit,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {facts.length > 0 && (
        <table className="import-facts">
          <caption>{t('import.preview')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.problems.row')}</th>
              <th scope="col">{t('import.preview.zone')}</th>
              <th scope="col">{t('import.preview.indicator')}</th>
              <th scope="col">{t('import.preview.period')}</th>
              <th scope="col">{t('import.preview.before')}</th>
              <th scope="col">{t('import.preview.after')}</th>
              <th scope="col">{t('import.preview.status')}</th>
            </tr>
          </thead>
          <tbody>
            {facts.slice(0, PREVIEW_ROWS).map(({ fact, status, before, row, column }) => (
              <tr key={fact.id} className={`import-${status}`}>
                <td>{`${row}${column}`}</td>
                <td>{zoneName.get(fact.zoneId) ?? fact.zoneId}</td>
                <td>{indicatorName.get(fact.indicatorId) ?? fact.indicatorId}</td>
                <td>{fact.periodId}</td>
                <td>{before ?? ''}</td>
                <td>{fact.value}</td>
                <td>{t(`import.status.${status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {facts.length > PREVIEW_ROWS && (
        <p>{t('import.preview.more', { count: facts.length - PREVIEW_ROWS })}</p>
      )}
    </div>
  );
}
