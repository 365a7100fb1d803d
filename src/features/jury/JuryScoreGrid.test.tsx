import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../i18n/messages';
import type { Judge, JuryScore } from '../../scoring/model';
import { buildJuryScore, buildZone } from '../../scoring/testFixtures';
import { JuryScoreGrid } from './JuryScoreGrid';
import type { JuryLeaf } from './juryGrid';
import type { JuryCellRef } from './juryHistory';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);

const ZONES = [
  buildZone('hitech', { shortName: { zh: '高新区', en: 'Hi-tech' } }),
  buildZone('lanu', { shortName: { zh: '蓝谷', en: 'Blue Valley' } }),
  buildZone('port', { shortName: { zh: '邮轮港', en: 'Cruise port' } }),
];
const JUDGES: Judge[] = [1, 2, 3].map((n) => ({
  id: `judge-${n}`,
  name: { zh: `评委${n}`, en: `Judge ${n}` },
  isSample: false,
}));
const LEAVES: JuryLeaf[] = [
  {
    nodeId: 'leaf-show',
    indicatorId: 'show',
    name: { zh: '展实绩', en: 'Achievements' },
    combination: { method: 'trimmed-mean', trim: 1 },
    scale: { min: 0, max: 100 },
  },
  {
    nodeId: 'leaf-plans',
    indicatorId: 'plans',
    name: { zh: '谈打算', en: 'Plans' },
    combination: { method: 'mean' },
    scale: { min: 1, max: 10 },
  },
];

/** The grid over scores held in React state, standing in for the Dexie live query. */
function Harness({
  initial = [],
  judges = JUDGES,
  onClear = async () => {},
}: {
  initial?: JuryScore[];
  judges?: Judge[];
  onClear?: () => Promise<void>;
}) {
  const [scores, setScores] = useState(initial);
  const write = async (cell: JuryCellRef, score: number | null) => {
    const same = (s: JuryScore) =>
      s.judgeId === cell.judgeId && s.zoneId === cell.zoneId && s.indicatorId === cell.indicatorId;
    const previous = scores.find(same)?.score ?? null;
    setScores((current) => [
      ...current.filter((s) => !same(s)),
      ...(score === null ? [] : [buildJuryScore(cell.judgeId, cell.zoneId, cell.indicatorId, score)]),
    ]);
    return previous;
  };
  return (
    <JuryScoreGrid
      zones={ZONES}
      judges={judges}
      juryScores={scores}
      leaves={LEAVES}
      language="zh-CN"
      t={t}
      onWriteScore={write}
      onClearSampleScores={async () => {
        await onClear();
        setScores((current) => current.filter((s) => !s.isSample));
      }}
      onAddJudge={vi.fn()}
      onRenameJudge={vi.fn()}
      onRemoveJudge={vi.fn()}
    />
  );
}

function cell(judge: number, zone: string, indicator = '展实绩') {
  return screen.getByRole('textbox', { name: `评委${judge} · ${zone} · ${indicator}` });
}

describe('JuryScoreGrid keyboard model', () => {
  it('types a judge’s column top to bottom: digits replace, Enter commits and moves down', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(cell(1, '高新区'));
    await user.keyboard('85{Enter}90{Enter}７８{Enter}');
    expect(cell(1, '高新区')).toHaveValue('85');
    expect(cell(1, '蓝谷')).toHaveValue('90');
    expect(cell(1, '邮轮港')).toHaveValue('78');
    expect(cell(1, '邮轮港')).toHaveFocus();
  });

  it('has one tab stop, moves with arrows, Tab, Home and End', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const grid = screen.getByRole('table', { name: '“展实绩”评委打分表' });
    const inputs = within(grid).getAllByRole('textbox');
    expect(inputs).toHaveLength(9);
    expect(inputs.filter((input) => input.tabIndex === 0)).toHaveLength(1);
    await user.click(cell(1, '高新区'));
    await user.keyboard('{ArrowRight}');
    expect(cell(2, '高新区')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(cell(2, '邮轮港')).toHaveFocus();
    await user.keyboard('{End}');
    expect(cell(3, '邮轮港')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(cell(1, '邮轮港')).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(cell(2, '邮轮港')).toHaveFocus();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(cell(1, '邮轮港')).toHaveFocus();
    expect(
      within(grid)
        .getAllByRole('textbox')
        .filter((input) => input.tabIndex === 0),
    ).toEqual([cell(1, '邮轮港')]);
  });

  it('shows the combined trimmed mean with the dropped highest and lowest marked', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(cell(1, '高新区'));
    await user.keyboard('80{Tab}95{Tab}70{Enter}');
    const row = screen.getByRole('row', { name: /高新区/ });
    expect(within(row).getByText('80.00')).toBeInTheDocument();
    expect(cell(2, '高新区')).toHaveAccessibleDescription('已去掉的最高分');
    expect(cell(3, '高新区')).toHaveAccessibleDescription('已去掉的最低分');
    expect(cell(1, '高新区')).not.toHaveAccessibleDescription();
    expect(cell(2, '高新区').closest('td')).toHaveClass('is-dropped');
    expect(within(row).getByText('3/3 位评委')).toBeInTheDocument();
    // The other zones have no score: flagged as short of what 去掉最高最低分 needs.
    expect(within(screen.getByRole('row', { name: /蓝谷/ })).getByText(/评分不足/)).toBeInTheDocument();
  });

  it('refuses an out-of-range or non-numeric score with a message at the cell and writes nothing', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(cell(1, '高新区'));
    await user.keyboard('101{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('101 超出范围：分数须在 0–100 之间。');
    expect(cell(1, '高新区')).toHaveFocus();
    expect(cell(1, '高新区')).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Escape}');
    expect(cell(1, '高新区')).toHaveValue('');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.keyboard('8{Backspace}x{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('“x”不是数字');
    await user.keyboard('{Escape}');
    expect(cell(1, '高新区')).toHaveValue('');
  });

  it('validates against each indicator’s own scale, chosen by its tab', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('tab', { name: '谈打算' }));
    await user.click(cell(1, '高新区', '谈打算'));
    await user.keyboard('11{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('1–10');
    await user.keyboard('{Escape}9{Enter}');
    expect(cell(1, '高新区', '谈打算')).toHaveValue('9');
  });

  it('Enter edits the current value, Esc cancels, Delete clears', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[buildJuryScore('judge-1', 'hitech', 'show', 80)]} />);
    await user.click(cell(1, '高新区'));
    await user.keyboard('{Enter}5');
    expect(cell(1, '高新区')).toHaveValue('805');
    await user.keyboard('{Escape}');
    expect(cell(1, '高新区')).toHaveValue('80');
    await user.keyboard('{Delete}');
    expect(cell(1, '高新区')).toHaveValue('');
  });

  it('undoes and redoes edits with Ctrl+Z / Ctrl+Shift+Z and the buttons', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[buildJuryScore('judge-1', 'hitech', 'show', 80)]} />);
    await user.click(cell(1, '高新区'));
    await user.keyboard('88{Enter}');
    expect(cell(1, '高新区')).toHaveValue('88');
    await user.keyboard('{Control>}z{/Control}');
    expect(cell(1, '高新区')).toHaveValue('80');
    expect(cell(1, '高新区')).toHaveFocus();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(cell(1, '高新区')).toHaveValue('88');
    await user.click(screen.getByRole('button', { name: /撤销上一次评分修改/ }));
    expect(cell(1, '高新区')).toHaveValue('80');
    expect(screen.getByRole('button', { name: /撤销上一次评分修改/ })).toBeDisabled();
  });

  it('asks before the first real score joins sample scores, and clears them when told to', async () => {
    const user = userEvent.setup();
    const onClear = vi.fn(async () => {});
    const sample: Judge = { id: 'sample-j1', name: { zh: '示例评委一', en: 'Sample 1' }, isSample: true };
    render(
      <Harness
        judges={[...JUDGES, sample]}
        initial={[buildJuryScore('sample-j1', 'hitech', 'show', 77, { isSample: true })]}
        onClear={onClear}
      />,
    );
    const sampleCell = screen.getByRole('textbox', { name: '示例评委一 · 高新区 · 展实绩' });
    expect(within(screen.getByRole('row', { name: /高新区/ })).getByText('含示例分')).toBeInTheDocument();
    // Sample judges' scores are not typed over.
    await user.click(sampleCell);
    await user.keyboard('9');
    expect(screen.getByRole('alert')).toHaveTextContent('示例评委一');
    expect(sampleCell).toHaveValue('77');
    await user.click(cell(1, '高新区'));
    await user.keyboard('90{Enter}');
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('1 个示例分');
    expect(cell(1, '高新区')).toHaveValue('');
    await user.click(within(dialog).getByRole('button', { name: /清除该指标的示例分/ }));
    expect(onClear).toHaveBeenCalledTimes(1);
    expect(cell(1, '高新区')).toHaveValue('90');
    expect(screen.queryByRole('textbox', { name: '示例评委一 · 高新区 · 展实绩' })).toBeNull();
  });

  it('saves beside the samples, marked, when the operator keeps them; cancel saves nothing', async () => {
    const user = userEvent.setup();
    const sample: Judge = { id: 'sample-j1', name: { zh: '示例评委一', en: 'Sample 1' }, isSample: true };
    render(
      <Harness
        judges={[...JUDGES, sample]}
        initial={[buildJuryScore('sample-j1', 'lanu', 'show', 77, { isSample: true })]}
      />,
    );
    await user.click(cell(1, '高新区'));
    await user.keyboard('90{Enter}');
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: /取消/ }));
    expect(cell(1, '高新区')).toHaveValue('');
    await user.click(cell(1, '高新区'));
    await user.keyboard('90{Enter}');
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: /保留示例分/ }));
    expect(cell(1, '高新区')).toHaveValue('90');
    // Asked once per indicator.
    await user.keyboard('91{Enter}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(cell(1, '蓝谷')).toHaveValue('91');
    expect(within(screen.getByRole('row', { name: /蓝谷/ })).getByText('含示例分')).toBeInTheDocument();
  });

  it('says so when the scorecard has no jury indicator', () => {
    render(
      <JuryScoreGrid
        zones={ZONES}
        judges={JUDGES}
        juryScores={[]}
        leaves={[]}
        language="zh-CN"
        t={t}
        onWriteScore={async () => null}
        onClearSampleScores={async () => {}}
        onAddJudge={vi.fn()}
        onRenameJudge={vi.fn()}
        onRemoveJudge={vi.fn()}
      />,
    );
    expect(screen.getByText('当前评分方案没有评委打分指标。')).toBeInTheDocument();
  });
});
