import { describe, expect, it } from 'vitest';
import type { Zone } from '../../scoring/model';
import { stageName } from './stageName';

const zone = (zh: string, en: string, shortZh: string, shortEn: string): Zone => ({
  id: 'z',
  name: { zh, en },
  shortName: { zh: shortZh, en: shortEn },
  categoryId: 'c',
  color: '#000',
});

describe('stageName', () => {
  it('keeps a full name that fits and falls back to the short name for a long one', () => {
    const blueValley = zone('青岛蓝谷', 'Qingdao Blue Valley', '蓝谷', 'Blue Valley');
    const ftz = zone(
      '青岛自贸片区',
      'Qingdao Area of the China (Shandong) Pilot Free Trade Zone',
      '自贸片区',
      'Qingdao FTZ',
    );
    expect(stageName(blueValley, 'zh-CN')).toBe('青岛蓝谷');
    expect(stageName(blueValley, 'en')).toBe('Qingdao Blue Valley');
    expect(stageName(ftz, 'zh-CN')).toBe('青岛自贸片区');
    expect(stageName(ftz, 'en')).toBe('Qingdao FTZ');
  });
});
