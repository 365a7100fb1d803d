import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import { USER_ENTRY_SOURCE_ID } from '../../scoring/model';
import { SourceQuote } from './SourceQuote';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const quote = { sourceId: 's', text: '引进项目33个' };

describe('SourceQuote', () => {
  it('keeps the quote of an edited figure and says it no longer backs the value', () => {
    render(
      <SourceQuote
        quote={quote}
        sources={[]}
        language="zh-CN"
        t={t}
        userEdit={{ editedAt: 'x', originalValue: 33 }}
      />,
    );
    expect(screen.getByText('“引进项目33个”')).toBeInTheDocument();
    expect(screen.getByText(/已手动修改 · 原文对应数值：33/)).toBeInTheDocument();
  });

  it('shows no quote for a figure the user added', () => {
    render(
      <SourceQuote
        quote={{ sourceId: USER_ENTRY_SOURCE_ID, text: 'fact-9' }}
        sources={[]}
        language="zh-CN"
        t={t}
      />,
    );
    expect(screen.getByText('用户手动添加，无出处原文')).toBeInTheDocument();
    expect(screen.queryByText(/fact-9/)).toBeNull();
  });
});
