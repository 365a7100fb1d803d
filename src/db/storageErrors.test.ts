import { describe, expect, it } from 'vitest';
import { EditConflictError } from './dataEdits';
import { describeStorageError } from './storageErrors';

function named(name: string, inner?: unknown) {
  return Object.assign(new Error(`${name} happened`), { name, inner });
}

describe('describeStorageError', () => {
  it.each([
    [named('QuotaExceededError'), 'storage.error.quota'],
    // Dexie reports a full disk as an AbortError whose cause is the QuotaExceededError.
    [named('AbortError', named('QuotaExceededError')), 'storage.error.quota'],
    [named('OpenFailedError', named('MissingAPIError')), 'storage.error.unavailable'],
    [named('InvalidStateError'), 'storage.error.unavailable'],
    [named('DatabaseClosedError'), 'storage.error.stale'],
    [named('VersionError'), 'storage.error.stale'],
    [new EditConflictError('facts', 'f1'), 'storage.error.conflict'],
  ])('says %s plainly', (error, key) => {
    expect(describeStorageError(error).key).toBe(key);
  });

  it('passes any other error on with its own message', () => {
    expect(describeStorageError(new Error('disk on fire'))).toEqual({
      key: 'data.failed',
      params: { message: 'disk on fire' },
    });
  });
});
