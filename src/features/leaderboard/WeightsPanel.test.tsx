import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../i18n/messages';
import type { DimensionColumn } from '../../lib/boardModel';
import { WeightsPanel } from './WeightsPanel';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);

const dimensions: DimensionColumn[] = [
  { nodeId: 'dim-a', name: { zh: '展实绩', en: 'Achievements' }, weight: 60, share: 0.6 },
  { nodeId: 'dim-b', name: { zh: '谈打算', en: 'Targets' }, weight: 40, share: 0.4 },
];

function renderPanel(overrides: Partial<Parameters<typeof WeightsPanel>[0]> = {}) {
  const props = {
    dimensions,
    language: 'zh-CN' as const,
    t,
    onWeightChange: vi.fn(),
    onReset: vi.fn(),
    isModified: false,
    ...overrides,
  };
  render(<WeightsPanel {...props} />);
  return props;
}

describe('WeightsPanel', () => {
  it('gives every slider and number field an accessible name and shows each share', () => {
    renderPanel();
    expect(screen.getByRole('slider', { name: '“展实绩”的权重' })).toHaveValue('60');
    expect(screen.getByRole('spinbutton', { name: '“谈打算”的权重数值' })).toHaveValue(40);
    expect(screen.getByText('60%')).toBeInTheDocument();
    expect(screen.getByText('40%')).toBeInTheDocument();
  });

  it('reports a slider movement with the dimension id and the new weight', () => {
    const props = renderPanel();
    fireEvent.change(screen.getByRole('slider', { name: '“谈打算”的权重' }), { target: { value: '75' } });
    expect(props.onWeightChange).toHaveBeenCalledWith('dim-b', 75);
  });

  it('clamps typed numbers to the slider range', async () => {
    const props = renderPanel();
    fireEvent.change(screen.getByRole('spinbutton', { name: '“展实绩”的权重数值' }), {
      target: { value: '250' },
    });
    expect(props.onWeightChange).toHaveBeenCalledWith('dim-a', 100);
  });

  it('enables "reset" only when weights differ from the scorecard, and calls it', async () => {
    const props = renderPanel({ isModified: true });
    await userEvent.click(screen.getByRole('button', { name: '恢复方案权重' }));
    expect(props.onReset).toHaveBeenCalledTimes(1);
  });

  it('disables "reset" while the weights are the scorecard\'s own', () => {
    renderPanel({ isModified: false });
    expect(screen.getByRole('button', { name: '恢复方案权重' })).toBeDisabled();
  });

  it('speaks English', () => {
    renderPanel({ language: 'en', t: (key, params) => translate('en', key, params) });
    expect(screen.getByRole('slider', { name: 'Weight of “Achievements”' })).toBeInTheDocument();
  });
});
