// @vitest-environment node
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/qingdao-2023-arena.json';
import { assertBundleEnvelope } from './bundle';
import { bundleFileName, serialiseBundleFile } from './bundleFile';

const schema = JSON.parse(
  readFileSync(new URL('../../public/schema/bundle.v1.schema.json', import.meta.url), 'utf8'),
) as object;
const bundle = assertBundleEnvelope(structuredClone(bundled), 'qingdao-2023-arena.json');

describe('serialiseBundleFile', () => {
  it('writes a bundle with the user weights and an edited figure that the JSON Schema accepts', () => {
    const fact = bundle.facts[0];
    if (!fact) throw new Error('no facts');
    const edited = {
      ...bundle,
      facts: [{ ...fact, value: 1, userEdit: { editedAt: 'x', originalValue: fact.value } }],
    };
    const text = serialiseBundleFile(edited, [
      { scorecardId: 'contest-2023', weights: { a: 2 }, updatedAt: 'y' },
    ]);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const parsed = JSON.parse(text) as unknown;
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(assertBundleEnvelope(parsed, 'x.json').facts[0]?.userEdit?.originalValue).toBe(fact.value);
  });

  it('gives the same bytes for the same data, keys in the documented order', () => {
    const text = serialiseBundleFile(bundle, []);
    expect(serialiseBundleFile(structuredClone(bundle), [])).toBe(text);
    expect(Object.keys(JSON.parse(text) as object).slice(0, 4)).toEqual([
      'format',
      'version',
      'meta',
      'categories',
    ]);
  });
});

describe('bundleFileName', () => {
  it('names the file with the local date', () => {
    expect(bundleFileName(new Date(2026, 11, 2, 23, 59))).toBe('leitai-arena-2026-12-02.json');
    expect(bundleFileName(new Date(2023, 3, 4), 'backup-3')).toBe('leitai-arena-2023-04-04-backup-3.json');
  });
});
