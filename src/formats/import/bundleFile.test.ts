import { describe, expect, it } from 'vitest';
import { migrateBundle } from './bundleFile';
import { IssueList } from './issues';

describe('migrateBundle', () => {
  it('passes a current (version 1) bundle through unchanged', () => {
    const issues = new IssueList('a.json');
    const record = { format: 'leitai-arena-bundle', version: 1, zones: [] };
    expect(migrateBundle(record, issues)).toEqual({ ok: true, bundle: record });
    expect(issues.items).toEqual([]);
  });

  it('refuses a bundle from a newer app with a message naming both versions', () => {
    const issues = new IssueList('new.json');
    expect(migrateBundle({ version: 3 }, issues).ok).toBe(false);
    expect(issues.items[0]?.key).toBe('import.bundle.newerVersion');
    expect(issues.items[0]?.message.en).toContain('version 3');
    expect(issues.items[0]?.message.zh).toContain('第 3 版');
  });

  it.each([0, 1.5, '1', null, undefined])('refuses the version %j', (version) => {
    const issues = new IssueList('odd.json');
    expect(migrateBundle({ version }, issues).ok).toBe(false);
    expect(issues.items[0]?.key).toBe('import.bundle.badVersion');
  });

  it('runs each step of a chain in order up to the latest version', () => {
    const issues = new IssueList('old.json');
    const chain = {
      1: (bundle: Record<string, unknown>) => ({ ...bundle, steps: ['1→2'] }),
      2: (bundle: Record<string, unknown>) => ({ ...bundle, steps: [...(bundle.steps as string[]), '2→3'] }),
    };
    expect(migrateBundle({ version: 1 }, issues, chain, 3)).toEqual({
      ok: true,
      bundle: { version: 3, steps: ['1→2', '2→3'] },
    });
  });

  it('reports a gap in the chain instead of skipping a step', () => {
    const issues = new IssueList('old.json');
    expect(migrateBundle({ version: 1 }, issues, {}, 2).ok).toBe(false);
    expect(issues.items[0]?.key).toBe('import.bundle.noMigration');
  });
});
