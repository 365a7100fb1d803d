import type { ImportIssue } from '../../formats/import/issues';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every problem, errors first, each with its file, row and column (letter and header). */
export function ImportProblems({
  issues,
  language,
  t,
}: {
  issues: readonly ImportIssue[];
  language: Language;
  t: Translate;
}) {
  const sorted = [...issues].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0),
  );
  return (
    <section className="import-problems">
      <h3>{t('import.problems', { count: issues.length })}</h3>
      {issues.length === 0 ? (
        <p>{t('import.problems.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.problems.severity')}</th>
              <th scope="col">{t('import.problems.file')}</th>
              <th scope="col">{t('import.problems.row')}</th>
              <th scope="col">{t('import.problems.column')}</th>
              <th scope="col">{t('import.problems.message')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((issue, index) => (
              // Issues have no id of their own; their order is fixed for a given plan.
              // biome-ignore lint/suspicious/noArrayIndexKey: a plan's issues never reorder
              <tr key={index} className={`import-severity-${issue.severity}`}>
                <td>{t(`import.severity.${issue.severity}`)}</td>
                <td>{issue.fileName}</td>
                <td>{issue.row ?? ''}</td>
                <td>{issue.header ? `${issue.column ?? ''}（${issue.header}）` : (issue.column ?? '')}</td>
                <td>{localized(issue.message, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
