import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Bundle } from '../../formats/bundle';
import type { ImportPlan } from '../../formats/import/plan';
import { translate } from '../../i18n/messages';
import { ImportPanel } from './ImportPanel';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);
// Vitest runs from the repository root; jsdom's import.meta.url is not a file URL.
const bundled = JSON.parse(readFileSync('data/qingdao-2023-arena.json', 'utf8')) as Bundle;
const fixture = (name: string) => new File([readFileSync(`tests/fixtures/import/${name}`)], name);

function renderPanel(onCommit = vi.fn<(plan: ImportPlan, mode: 'merge' | 'replace') => Promise<void>>()) {
  render(
    <ImportPanel
      catalogue={bundled}
      periods={bundled.periods}
      defaultPeriodId="2023Q1"
      language="zh-CN"
      t={t}
      onCommit={onCommit}
    />,
  );
  return onCommit;
}

describe('ImportPanel', () => {
  it('imports an unknown column only once it is accepted with a unit', async () => {
    const onCommit = renderPanel(vi.fn(async () => {}));
    await userEvent.upload(screen.getByLabelText('选择文件'), fixture('wide-gbk-clean.csv'));
    const accept = await screen.findByRole('checkbox', {
      name: /将“园区面积”（D 列，2 个数值）作为新指标导入/,
    });
    const unit = screen.getByRole('textbox', { name: '“园区面积”的单位' });
    expect(unit).toBeDisabled();
    await userEvent.click(accept);
    await userEvent.type(unit, '平方公里');
    await waitFor(() => expect(screen.queryByText(/“园区面积”不是已有指标/)).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('radio', { name: /替换/ }));
    await userEvent.click(screen.getByRole('button', { name: '导入' }));
    await waitFor(() => expect(onCommit).toHaveBeenCalledTimes(1));
    const [plan, mode] = onCommit.mock.calls[0] ?? [];
    expect(mode).toBe('replace');
    expect(plan?.indicators).toEqual([
      {
        id: '园区面积',
        name: { zh: '园区面积', en: '园区面积' },
        unit: '平方公里',
        direction: 'higher',
        kind: 'quantitative',
      },
    ]);
    expect(
      plan?.facts.map((change) => `${change.fact.zoneId} ${change.fact.indicatorId} ${change.fact.value}`),
    ).toContain('shanghe 园区面积 12');
    expect(await screen.findByText('已导入 wide-gbk-clean.csv')).toBeInTheDocument();
  });

  it('keeps the import button disabled while errors remain, and cancel clears the file', async () => {
    const onCommit = renderPanel();
    await userEvent.upload(screen.getByLabelText('选择文件'), fixture('bundle-newer-version.json'));
    expect(await screen.findByText(/这是第 2 版数据包/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导入' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByText(/这是第 2 版数据包/)).not.toBeInTheDocument();
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('shows imported text as text, never as markup', async () => {
    renderPanel();
    const file = new File(['zone,projects-introduced\n<img src=x onerror=alert(1)>,1\n'], 'x.csv');
    await userEvent.upload(screen.getByLabelText('选择文件'), file);
    expect(
      await screen.findByText('功能区“<img src=x onerror=alert(1)>”不存在（按 id、全称或简称查找）。'),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
