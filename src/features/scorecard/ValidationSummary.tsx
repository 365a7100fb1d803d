import type { ScorecardFileIssue } from '../../formats/scorecardFile';
import { localized } from '../../i18n/format';
import { useEditor } from './EditorFields';
import type { ScorecardWarning } from './scorecardWarnings';
import type { Validation } from './useScorecardValidation';

/** Every problem with its JSON path, then the warnings that do not block saving. */
export function ValidationSummary({
  validation,
  warnings,
}: {
  validation: Validation;
  warnings: readonly ScorecardWarning[];
}) {
  const { language, t } = useEditor();
  const issues: readonly ScorecardFileIssue[] = validation.status === 'done' ? validation.issues : [];
  return (
    <section className="editor-validation" aria-labelledby="editor-validation-title">
      <h2 id="editor-validation-title">{t('editor.section.validation')}</h2>
      <p role="status">
        {validation.status === 'pending'
          ? t('editor.validating')
          : issues.length === 0
            ? t('editor.valid')
            : t('editor.issuesCount', { count: issues.length })}
      </p>
      {issues.length > 0 && (
        <ul className="editor-issues">
          {issues.map((issue) => (
            <li key={`${issue.path} ${issue.message.en}`}>
              <code>{issue.path}</code> {localized(issue.message, language)}
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <>
          <p>{t('editor.warningsTitle')}</p>
          <ul className="editor-warnings">
            {warnings.map((warning) => (
              <li key={`${warning.path} ${warning.message}`}>
                <code>{warning.path}</code> {warning.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
