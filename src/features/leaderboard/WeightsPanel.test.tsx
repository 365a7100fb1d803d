import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../i18n/messages';
import type { Scorecard } from '../../scoring/model';
import { buildGroup, buildLeaf, buildScorecard } from '../../scoring/testFixtures';
import type { WeightEditing } from './useWeightEditing';
import { WeightsPanel, type WeightsPanelProps } from './WeightsPanel';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);

/** 展实绩 (two indicators) 60 and 谈打算 (one indicator) 40. */
const scorecard: Scorecard = buildScorecard(
  [
    buildGroup(
      'dim-a',
      [
        buildLeaf('leaf-a1', { name: { zh: '项目', en: 'Projects' }, weight: 3 }),
        buildLeaf('leaf-a2', { name: { zh: '投资', en: 'Investment' }, weight: 1 }),
      ],
      { name: { zh: '展实绩', en: 'Achievements' }, weight: 60 },
    ),
    buildGroup('dim-b', [buildLeaf('leaf-b1', { name: { zh: '目标', en: 'Goals' } })], {
      name: { zh: '谈打算', en: 'Targets' },
      weight: 40,
    }),
  ],
  { id: 'card', name: { zh: '默认方案', en: 'Default' } },
);

const preset: Scorecard = {
  ...scorecard,
  id: 'plans-first',
  name: { zh: '重打算', en: 'Plans first' },
  root: {
    ...scorecard.root,
    children: scorecard.root.children.map((node) => ({ ...node, weight: node.id === 'dim-a' ? 20 : 80 })),
  },
};
const unrelated: Scorecard = buildScorecard([buildLeaf('other')], { id: 'unrelated' });

function buildEditing(overrides: Partial<WeightEditing> = {}): WeightEditing {
  return {
    weights: {},
    lockedIds: {},
    setWeight: vi.fn(),
    toggleLock: vi.fn(),
    equalise: vi.fn(),
    applyPreset: vi.fn(),
    reset: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    canUndo: false,
    canRedo: false,
    beginGesture: vi.fn(),
    endGesture: vi.fn(),
    flush: vi.fn(),
    isModified: false,
    ...overrides,
  };
}

function renderPanel(overrides: Partial<WeightsPanelProps> = {}) {
  const props: WeightsPanelProps = {
    scorecard,
    editing: buildEditing(),
    presets: [scorecard, preset, unrelated],
    language: 'zh-CN',
    t,
    onSaveAs: vi.fn(),
    ...overrides,
  };
  render(<WeightsPanel {...props} />);
  return props;
}

describe('WeightsPanel: weights of every node', () => {
  it('gives every slider and number field an accessible name and shows each share', () => {
    renderPanel();
    expect(screen.getByRole('slider', { name: '“展实绩”的权重' })).toHaveValue('60');
    expect(screen.getByRole('spinbutton', { name: '“谈打算”的权重数值' })).toHaveValue(40);
    expect(screen.getByText('60%')).toBeInTheDocument();
    expect(screen.getByText('40%')).toBeInTheDocument();
  });

  it('shows the weights in force over the scorecard’s own', () => {
    renderPanel({ editing: buildEditing({ weights: { 'dim-a': 10 } }) });
    expect(screen.getByRole('slider', { name: '“展实绩”的权重' })).toHaveValue('10');
    expect(screen.getByText('20%')).toBeInTheDocument();
  });

  it('keeps groups collapsed until their disclosure button opens them, indenting the indicators', async () => {
    renderPanel();
    const toggle = screen.getByRole('button', { name: '“展实绩”的下级指标' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('slider', { name: '“项目”的权重' })).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const leaf = screen.getByRole('slider', { name: '“项目”的权重' });
    expect(leaf).toHaveValue('3');
    expect(leaf.closest('li')).toHaveStyle({ '--depth': '1' });
    // 3 : 1 among the two indicators of 展实绩.
    expect(screen.getByText('75%')).toBeInTheDocument();
    expect(screen.getByText('25%')).toBeInTheDocument();
    await userEvent.click(toggle);
    expect(screen.queryByRole('slider', { name: '“项目”的权重' })).not.toBeInTheDocument();
  });

  it('opens a group from the keyboard', async () => {
    renderPanel();
    screen.getByRole('button', { name: '“谈打算”的下级指标' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('slider', { name: '“目标”的权重' })).toBeInTheDocument();
  });

  it('reports a slider movement with the node id and the new weight', () => {
    const props = renderPanel();
    fireEvent.change(screen.getByRole('slider', { name: '“谈打算”的权重' }), { target: { value: '75' } });
    expect(props.editing.setWeight).toHaveBeenCalledWith('dim-b', 75);
  });

  it('clamps typed numbers to the slider range', () => {
    const props = renderPanel();
    fireEvent.change(screen.getByRole('spinbutton', { name: '“展实绩”的权重数值' }), {
      target: { value: '250' },
    });
    expect(props.editing.setWeight).toHaveBeenCalledWith('dim-a', 100);
  });

  it('marks a drag as one gesture: pointer down starts it, pointer up ends it', () => {
    const props = renderPanel();
    const slider = screen.getByRole('slider', { name: '“展实绩”的权重' });
    fireEvent.pointerDown(slider);
    expect(props.editing.beginGesture).toHaveBeenCalledTimes(1);
    fireEvent.change(slider, { target: { value: '30' } });
    fireEvent.change(slider, { target: { value: '20' } });
    expect(props.editing.endGesture).not.toHaveBeenCalled();
    fireEvent.pointerUp(slider);
    expect(props.editing.endGesture).toHaveBeenCalledTimes(1);
  });

  it('ends a keyboard step on key up and a typed number on blur, not on every digit', () => {
    const props = renderPanel();
    fireEvent.keyUp(screen.getByRole('slider', { name: '“展实绩”的权重' }), { key: 'ArrowRight' });
    expect(props.editing.endGesture).toHaveBeenCalledTimes(1);
    const number = screen.getByRole('spinbutton', { name: '“展实绩”的权重数值' });
    fireEvent.keyUp(number, { key: '5' });
    expect(props.editing.endGesture).toHaveBeenCalledTimes(1);
    fireEvent.blur(number);
    expect(props.editing.endGesture).toHaveBeenCalledTimes(2);
  });
});

describe('WeightsPanel: lock, equalise, reset', () => {
  it('locks a share with a toggle button and disables the locked node’s inputs', async () => {
    const props = renderPanel({ editing: buildEditing({ lockedIds: { 'dim-a': true } }) });
    const lock = screen.getByRole('button', { name: '锁定“展实绩”的占比' });
    expect(lock).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('slider', { name: '“展实绩”的权重' })).toBeDisabled();
    expect(screen.getByRole('spinbutton', { name: '“展实绩”的权重数值' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '锁定“谈打算”的占比' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await userEvent.click(lock);
    expect(props.editing.toggleLock).toHaveBeenCalledWith('dim-a');
  });

  it('offers no lock to an only child, whose share is always 100 %', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: '“谈打算”的下级指标' }));
    expect(screen.queryByRole('button', { name: '锁定“目标”的占比' })).not.toBeInTheDocument();
  });

  it('equalises the dimensions and, per group, its indicators', async () => {
    const props = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: '均分“root”的下级权重' }));
    expect(props.editing.equalise).toHaveBeenCalledWith('root');
    await userEvent.click(screen.getByRole('button', { name: '均分“展实绩”的下级权重' }));
    expect(props.editing.equalise).toHaveBeenCalledWith('dim-a');
    // A group with one indicator has nothing to equalise.
    expect(screen.queryByRole('button', { name: '均分“谈打算”的下级权重' })).not.toBeInTheDocument();
  });

  it('enables "reset" only when weights differ from the scorecard, and calls it', async () => {
    const props = renderPanel({ editing: buildEditing({ isModified: true }) });
    await userEvent.click(screen.getByRole('button', { name: '恢复方案权重' }));
    expect(props.editing.reset).toHaveBeenCalledTimes(1);
  });

  it('disables "reset" while the weights are the scorecard\'s own', () => {
    renderPanel();
    expect(screen.getByRole('button', { name: '恢复方案权重' })).toBeDisabled();
  });
});

describe('WeightsPanel: undo and redo', () => {
  it('disables the buttons when there is nothing to undo or redo', () => {
    renderPanel();
    expect(screen.getByRole('button', { name: '撤回权重调整' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '重做权重调整' })).toBeDisabled();
  });

  it('undoes and redoes with the buttons', async () => {
    const props = renderPanel({ editing: buildEditing({ canUndo: true, canRedo: true }) });
    await userEvent.click(screen.getByRole('button', { name: '撤回权重调整' }));
    await userEvent.click(screen.getByRole('button', { name: '重做权重调整' }));
    expect(props.editing.undo).toHaveBeenCalledTimes(1);
    expect(props.editing.redo).toHaveBeenCalledTimes(1);
  });

  it('takes Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and ⌘Z, also from a weight field', async () => {
    const props = renderPanel({ editing: buildEditing({ canUndo: true, canRedo: true }) });
    screen.getByRole('spinbutton', { name: '“展实绩”的权重数值' }).focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(props.editing.undo).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}');
    await userEvent.keyboard('{Control>}y{/Control}');
    expect(props.editing.redo).toHaveBeenCalledTimes(2);
    await userEvent.keyboard('{Meta>}z{/Meta}');
    expect(props.editing.undo).toHaveBeenCalledTimes(2);
  });

  it('leaves Ctrl+Z to other text fields', async () => {
    const props = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: '另存为新方案…' }));
    screen.getByRole('textbox', { name: '新方案名称' }).focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(props.editing.undo).not.toHaveBeenCalled();
  });
});

describe('WeightsPanel: presets and save as', () => {
  it('offers the other scorecards that share nodes with this one, and applies the chosen one', async () => {
    const props = renderPanel();
    const select = screen.getByRole('combobox', { name: '预设权重' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['选择预设…', '重打算']);
    const apply = screen.getByRole('button', { name: '应用预设' });
    expect(apply).toBeDisabled();
    await userEvent.selectOptions(select, 'plans-first');
    await userEvent.click(apply);
    expect(props.editing.applyPreset).toHaveBeenCalledWith(preset);
    expect(select).toHaveValue('');
  });

  it('saves as a new scorecard named “…（副本）” by default, in both languages', async () => {
    const props = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: '另存为新方案…' }));
    const name = screen.getByRole('textbox', { name: '新方案名称' });
    expect(name).toHaveValue('默认方案（副本）');
    expect(name).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '保存并启用' }));
    expect(props.onSaveAs).toHaveBeenCalledWith({ zh: '默认方案（副本）', en: 'Default (copy)' });
    expect(screen.getByRole('button', { name: '另存为新方案…' })).toHaveFocus();
  });

  it('saves under a typed name with Enter, and Escape cancels', async () => {
    const props = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: '另存为新方案…' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '另存为新方案…' }));
    const name = screen.getByRole('textbox', { name: '新方案名称' });
    await userEvent.clear(name);
    await userEvent.type(name, '领导方案{Enter}');
    expect(props.onSaveAs).toHaveBeenCalledWith({ zh: '领导方案', en: '领导方案' });
  });
});

describe('WeightsPanel: variants', () => {
  it('speaks English', () => {
    renderPanel({ language: 'en', t: (key, params) => translate('en', key, params) });
    expect(screen.getByRole('slider', { name: 'Weight of “Achievements”' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lock the share of “Targets”' })).toBeInTheDocument();
  });
});
