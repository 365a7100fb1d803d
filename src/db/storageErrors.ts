import type { MessageKey } from '../i18n/messages';

export interface ErrorDescription {
  key: MessageKey;
  params?: Record<string, string | number>;
}

interface NamedError {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

/** The error's own name and those of the errors it wraps (Dexie puts the cause in `.inner`). */
function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const named = current as NamedError;
    if (typeof named.name === 'string') names.push(named.name);
    current = named.inner;
  }
  return names;
}

/**
 * A storage failure in plain words in the user's language (DESIGN §8): a full disk, private mode,
 * a database upgraded by a newer tab, an edit overtaken by another change. Anything else is shown
 * with its own message, never swallowed.
 */
export function describeStorageError(error: unknown): ErrorDescription {
  const names = namesOf(error);
  const has = (name: string) => names.includes(name);
  if (has('QuotaExceededError')) return { key: 'storage.error.quota' };
  if (has('DatabaseClosedError') || has('VersionError')) return { key: 'storage.error.stale' };
  if (has('MissingAPIError') || has('InvalidStateError') || has('SecurityError')) {
    return { key: 'storage.error.unavailable' };
  }
  if (has('EditConflictError')) return { key: 'storage.error.conflict' };
  const message = error instanceof Error ? error.message : String(error);
  return { key: 'data.failed', params: { message } };
}
