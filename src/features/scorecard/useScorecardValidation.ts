import { useEffect, useState } from 'react';
import type { ScorecardFileIssue } from '../../formats/scorecardFile';
import type { Scorecard } from '../../scoring/model';

export type Validation = { status: 'pending' } | { status: 'done'; issues: readonly ScorecardFileIssue[] };

/** How long typing pauses before the draft is validated again. */
export const VALIDATION_DELAY_MS = 200;

/**
 * Validates the draft with the scorecard file's own rules (the zod schema, loaded on demand so it
 * stays out of the initial bundle), debounced; issues carry the JSON path (`$.root.children[0].weight`).
 */
export function useScorecardValidation(draft: Scorecard): Validation {
  const [validation, setValidation] = useState<Validation>({ status: 'pending' });
  useEffect(() => {
    let isCurrent = true;
    setValidation((previous) => (previous.status === 'pending' ? previous : { status: 'pending' }));
    const timer = setTimeout(() => {
      void import('../../formats/scorecardFile').then(({ parseScorecardFile }) => {
        if (!isCurrent) return;
        const result = parseScorecardFile(JSON.stringify(draft), 'draft');
        setValidation({ status: 'done', issues: result.ok ? [] : result.issues });
      });
    }, VALIDATION_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [draft]);
  return validation;
}
