import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeShareLink } from '../../formats/shareLink';
import { translate } from '../../i18n/messages';
import { buildGroup, buildLeaf, buildScorecard } from '../../scoring/testFixtures';
import { ShareLinkButton } from './ShareLinkButton';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);

const scorecard = buildScorecard(
  [
    buildGroup('dim-a', [buildLeaf('output')], { name: { zh: '展实绩', en: 'Achievements' }, weight: 60 }),
    buildGroup('dim-b', [buildLeaf('projects')], { name: { zh: '谈打算', en: 'Plans' }, weight: 40 }),
  ],
  { id: 'contest-2023', name: { zh: '擂台赛', en: 'Arena' } },
);

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

function renderButton() {
  render(
    <ShareLinkButton
      scorecard={scorecard}
      weights={{ 'dim-a': 10 }}
      language="zh-CN"
      t={t}
      linkFor={(payload) => `http://arena.local/#/share/${payload}`}
    />,
  );
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('ShareLinkButton', () => {
  it('copies a link that carries the scorecard and the weights in force, and says the data stays behind', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    stubClipboard(writeText);
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: '复制分享链接' }));
    expect(await screen.findByText('已复制链接。链接只包含评分方案和权重，不包含数据。')).toBeInTheDocument();
    const link = writeText.mock.calls[0]?.[0] ?? '';
    expect(link).toMatch(/^http:\/\/arena\.local\/#\/share\/z[A-Za-z0-9_-]+$/);
    expect((screen.getByRole('textbox', { name: '分享链接' }) as HTMLInputElement).value).toBe(link);
    const decoded = await decodeShareLink(link.slice(link.indexOf('/share/') + 7));
    expect(decoded.ok && decoded.value).toEqual({ scorecard, weights: { 'dim-a': 10 } });
  });

  it('shows the link selected in a read-only field when the clipboard refuses', async () => {
    stubClipboard(() => Promise.reject(new Error('NotAllowedError')));
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: '复制分享链接' }));
    expect(await screen.findByText(/无法自动复制：请手动复制下面已选中的链接/)).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: '分享链接' }) as HTMLInputElement;
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('falls back the same way where there is no clipboard at all', async () => {
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: '复制分享链接' }));
    expect(await screen.findByRole('textbox', { name: '分享链接' })).toBeInTheDocument();
  });

  it('refuses a scorecard too large for a link, pointing to the file export', async () => {
    let seed = 3;
    const noise = () => {
      seed = (seed * 48271) % 2147483647;
      return String.fromCharCode(0x4e00 + (seed % 20000));
    };
    const leaves = Array.from({ length: 500 }, (_, index) =>
      buildLeaf(`i${index}`, { name: { zh: `${noise()}${noise()}${noise()}`, en: `${index}` } }),
    );
    render(<ShareLinkButton scorecard={buildScorecard(leaves)} weights={{}} language="zh-CN" t={t} />);
    fireEvent.click(screen.getByRole('button', { name: '复制分享链接' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('评分方案太大，放不进链接');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('clears a shown link once the weights change, so a stale link is never offered', async () => {
    stubClipboard(async () => {});
    const { rerender } = render(
      <ShareLinkButton scorecard={scorecard} weights={{ 'dim-a': 10 }} language="zh-CN" t={t} />,
    );
    fireEvent.click(screen.getByRole('button', { name: '复制分享链接' }));
    expect(await screen.findByRole('textbox', { name: '分享链接' })).toBeInTheDocument();
    rerender(<ShareLinkButton scorecard={scorecard} weights={{ 'dim-a': 10 }} language="zh-CN" t={t} />);
    expect(screen.getByRole('textbox', { name: '分享链接' })).toBeInTheDocument();
    rerender(<ShareLinkButton scorecard={scorecard} weights={{ 'dim-a': 20 }} language="zh-CN" t={t} />);
    expect(screen.queryByRole('textbox', { name: '分享链接' })).not.toBeInTheDocument();
  });
});
