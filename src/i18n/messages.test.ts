import { describe, expect, it } from 'vitest';
import { languageFromSearch } from './languageFromUrl';
import { en, translate, zhCN } from './messages';

describe('translate', () => {
  it('fills placeholders with plain text', () => {
    expect(translate('zh-CN', 'zone.rank', { rank: 2, total: '85.0' })).toBe('第 2 名 · 总分 85.0');
    expect(translate('en', 'zone.rank', { rank: 2, total: '85.0' })).toBe('Rank 2 · total 85.0');
  });

  it('leaves markup in parameters as characters, never as HTML', () => {
    expect(translate('en', 'zone.notFound', { id: '<img src=x onerror=alert(1)>' })).toBe(
      'No zone with id “<img src=x onerror=alert(1)>”.',
    );
  });

  it('has an English text for every Chinese message, with the same placeholders', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });
});

describe('languageFromSearch', () => {
  it.each([
    ['', 'zh-CN'],
    ['?lang=en', 'en'],
    ['?lang=zh-CN', 'zh-CN'],
    ['?lang=fr', 'zh-CN'],
  ])('%j → %s', (search, language) => {
    expect(languageFromSearch(search)).toBe(language);
  });
});
