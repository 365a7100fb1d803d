import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { decodeShareLink } from '../../formats/shareLink';
import { translate } from '../../i18n/messages';
import { SharedLinkBanner, ShareLinkProblemView } from './SharedLinkBanner';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);

describe('SharedLinkBanner', () => {
  it('names the scorecard, says the data is not in the link, and offers view and save', async () => {
    const onView = vi.fn();
    const onSave = vi.fn();
    render(
      <SharedLinkBanner
        name="只看谈打算"
        replaces={null}
        isViewing={false}
        t={t}
        onView={onView}
        onSave={onSave}
      />,
    );
    expect(screen.getByRole('heading', { name: '这个链接带来了评分方案「只看谈打算」' })).toBeInTheDocument();
    expect(screen.getByText(/链接只包含评分方案和权重，不包含数据/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '查看' }));
    await userEvent.click(screen.getByRole('button', { name: '保存到本机' }));
    expect(onView).toHaveBeenCalledOnce();
    expect(onSave).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: '返回排行榜' })).toHaveAttribute('href', '#/');
  });

  it('warns that saving replaces a local scorecard with the same id, and marks the view as unsaved', () => {
    render(
      <SharedLinkBanner
        name="擂台赛"
        replaces="擂台赛（本机）"
        isViewing
        t={t}
        onView={() => {}}
        onSave={() => {}}
      />,
    );
    expect(screen.getByText(/本机已有同一 id 的评分方案「擂台赛（本机）」/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '查看' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('正在查看链接中的评分方案（尚未保存）。');
  });

  it('shows a name from the link as text, never as HTML', () => {
    const { container } = render(
      <SharedLinkBanner
        name="<img src=x onerror=alert(1)>"
        replaces={null}
        isViewing={false}
        t={t}
        onView={() => {}}
        onSave={() => {}}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('ShareLinkProblemView', () => {
  it('says why a damaged link cannot be opened', async () => {
    const result = await decodeShareLink('z____');
    if (result.ok) throw new Error('expected a problem');
    render(<ShareLinkProblemView problem={result.problem} language="zh-CN" t={t} />);
    expect(screen.getByRole('alert')).toHaveTextContent('无法打开这个分享链接： 链接已损坏，无法解开');
  });
});
