import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../i18n/messages';
import type { Judge } from '../../scoring/model';
import { JudgesPanel } from './JudgesPanel';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);

const JUDGES: Judge[] = [
  { id: 'judge-b', name: { zh: '评委2', en: 'Judge 2' }, isSample: false },
  { id: 'sample-j1', name: { zh: '示例评委一', en: 'Sample judge 1' }, isSample: true },
  { id: 'judge-a', name: { zh: '评委1', en: 'Judge 1' }, isSample: false },
];

function renderPanel() {
  const handlers = { onAdd: vi.fn(), onRename: vi.fn(), onRemove: vi.fn() };
  render(<JudgesPanel judges={JUDGES} language="zh-CN" t={t} {...handlers} />);
  return handlers;
}

describe('JudgesPanel', () => {
  it('lists the real judges in creation order, not the sample ones', () => {
    renderPanel();
    expect(screen.getAllByRole('textbox').map((input) => (input as HTMLInputElement).value)).toEqual([
      '评委1',
      '评委2',
    ]);
  });

  it('renames on Enter, ignores blank names, and Esc restores the name', async () => {
    const user = userEvent.setup();
    const { onRename } = renderPanel();
    const field = screen.getByRole('textbox', { name: '评委1 的名称' });
    await user.clear(field);
    await user.type(field, '王老师{Enter}');
    expect(onRename).toHaveBeenCalledWith('judge-a', '王老师');
    await user.clear(field);
    await user.tab();
    expect(onRename).toHaveBeenCalledTimes(1);
    const other = screen.getByRole('textbox', { name: '评委2 的名称' });
    await user.type(other, 'x{Escape}');
    expect(other).toHaveValue('评委2');
  });

  it('adds and removes judges through the caller', async () => {
    const user = userEvent.setup();
    const { onAdd, onRemove } = renderPanel();
    await user.click(screen.getByRole('button', { name: '添加评委' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: '删除评委 评委2' }));
    expect(onRemove).toHaveBeenCalledWith(JUDGES[0]);
  });
});
