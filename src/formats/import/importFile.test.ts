import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, planImport, planTextImport } from './importFile';
import type { Catalogue } from './plan';
import { MAX_DATA_ROWS } from './tabular';

const catalogue: Catalogue = {
  zones: [
    {
      id: 'z',
      name: { zh: '区', en: 'Zone' },
      shortName: { zh: '区', en: 'Z' },
      categoryId: 'c',
      color: '#000',
    },
  ],
  indicators: [
    { id: 'i', name: { zh: '指标', en: 'I' }, unit: '亿元', direction: 'higher', kind: 'quantitative' },
  ],
  periods: [{ id: '2023Q1', label: { zh: '一季度', en: 'Q1' }, start: '2023-01-01', end: '2023-03-31' }],
  facts: [],
};
const options = { periodId: '2023Q1' };

describe('planImport limits', () => {
  it('refuses a file over 20 MB without reading it, saying how large it is', async () => {
    const plan = await planImport('big.csv', new Uint8Array(MAX_IMPORT_BYTES + 1), catalogue, options);
    expect(plan.issues).toHaveLength(1);
    expect(plan.issues[0]?.key).toBe('import.tooLarge');
    expect(plan.issues[0]?.message.en).toBe('The file is 20.0 MB, over the 20 MB limit; it was not read.');
  });

  it('refuses a sheet with more data rows than the limit', () => {
    const text = `zone,i\n${'z,1\n'.repeat(MAX_DATA_ROWS + 1)}`;
    const plan = planTextImport('long.csv', new TextEncoder().encode(text), catalogue, options);
    expect(plan.issues.map((issue) => issue.key)).toEqual(['import.tooManyRows']);
    expect(plan.facts).toEqual([]);
  });

  it('refuses a wide sheet for a period the dataset does not have', () => {
    const plan = planTextImport('w.csv', new TextEncoder().encode('zone,i\nz,1\n'), catalogue, {
      periodId: '2031',
    });
    expect(plan.issues.map((issue) => [issue.key, issue.message.en])).toEqual([
      [
        'import.unknownPeriod',
        'The period "2031" does not exist and is not recognised (write e.g. 2023, 2023H1, 2023Q1).',
      ],
    ]);
  });
});
