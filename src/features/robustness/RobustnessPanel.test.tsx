import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type MessageKey, translate } from '../../i18n/messages';
import type { RobustnessResult, ZoneRobustness } from '../../scoring/robustness';
import { buildScoringInput, buildZone } from '../../scoring/testFixtures';
import type { RobustnessClient, RobustnessOutcome } from '../../workers/robustnessClient';
import type { RobustnessRequest } from '../../workers/robustnessProtocol';
import { RobustnessPanel, type RobustnessPanelProps } from './RobustnessPanel';

// ECharts needs a canvas; the chart is checked in Chromium (tests/e2e/charts.test.ts). The mock
// exposes what the panel hands it.
vi.mock('../../ui/LazyRobustnessChart', () => ({
  LazyRobustnessChart: (props: {
    label: string;
    rows: { id: string }[];
    tiers: { label: string }[];
    formatFirst: (p: number) => string;
  }) => (
    <div
      role="img"
      aria-label={props.label}
      data-rows={props.rows.map((row) => row.id).join(' ')}
      data-tiers={props.tiers.map((tier) => tier.label).join('|')}
      data-first={props.formatFirst(0.25)}
    />
  ),
}));

const zh = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

const input = buildScoringInput({
  zones: [
    buildZone('a', { shortName: { zh: '甲区', en: 'Alpha' }, color: '#c00000' }),
    buildZone('b', { shortName: { zh: '乙区', en: 'Beta' }, color: '#00c000' }),
    buildZone('c', { shortName: { zh: '丙区', en: 'Gamma' }, color: '#0000c0' }),
  ],
});

function summary(zoneId: string, chosenRank: number, probabilities: number[]): ZoneRobustness {
  const lower = probabilities.findIndex((p) => p > 0) + 1;
  const upper = probabilities.length - [...probabilities].reverse().findIndex((p) => p > 0);
  return {
    zoneId,
    chosenRank,
    rankProbabilities: probabilities,
    excludedProbability: 0,
    medianRank: (probabilities[0] ?? 0) >= 0.5 ? 1 : lower === upper ? lower : 2,
    interval: { lower, upper },
    firstProbability: probabilities[0] ?? 0,
  };
}

/** a and b share places 1–2 (tier A); c is third in every sample (tier B). */
function resultFor(request: RobustnessRequest): RobustnessResult {
  return {
    options: request.options,
    samples: request.options.samples,
    zones: [summary('a', 1, [0.7, 0.3, 0]), summary('b', 2, [0.3, 0.7, 0]), summary('c', 3, [0, 0, 1])],
  };
}

function fakeClient(
  answer: (request: RobustnessRequest) => RobustnessOutcome = (request) => ({
    status: 'done',
    result: resultFor(request),
    elapsedMs: 42.4,
  }),
) {
  return {
    run: vi.fn(async (request: RobustnessRequest) => answer(request)),
    cancel: vi.fn(),
    dispose: vi.fn(),
  } satisfies RobustnessClient;
}

function renderPanel(overrides: Partial<RobustnessPanelProps> = {}) {
  const client = fakeClient();
  const props: RobustnessPanelProps = {
    input,
    weights: { output: 1 },
    language: 'zh-CN',
    t: zh,
    client,
    debounceMs: 20,
    ...overrides,
  };
  const view = render(<RobustnessPanel {...props} />);
  return { ...view, props, client: (props.client ?? client) as ReturnType<typeof fakeClient> };
}

describe('RobustnessPanel', () => {
  it('runs the analysis at once with 10,000 samples and shows median, interval and P(first) per zone', async () => {
    const { client } = renderPanel();
    expect(screen.getByRole('status')).toHaveTextContent('正在计算…（10,000 次抽样）');
    const table = await screen.findByRole('table', { name: '各功能区名次的分布（10,000 次权重抽样）' });
    expect(client.run).toHaveBeenCalledTimes(1);
    expect(client.run.mock.calls[0]?.[0]).toMatchObject({
      input,
      weights: { output: 1 },
      options: { samples: 10_000, method: { kind: 'dirichlet' } },
    });
    const row = within(table).getByRole('row', { name: /甲区/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '1', '第 1–2 名', '70%', '']);
    expect(screen.getByRole('status')).toHaveTextContent('已完成 10,000 次抽样，用时 42 毫秒，随机种子 1。');
  });

  it('groups zones whose intervals overlap into one tier and explains what that means', async () => {
    renderPanel();
    const table = await screen.findByRole('table');
    const tierA = within(table).getByRole('rowheader', { name: 'A 梯队' });
    expect(tierA).toHaveAttribute('rowspan', '2');
    expect(within(table).getByRole('rowheader', { name: 'B 梯队' })).toHaveAttribute('rowspan', '1');
    const groups = table.querySelectorAll('tbody');
    expect(
      within(groups[0] as HTMLElement)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['A 梯队', '甲区', '乙区']);
    expect(screen.getByText(/90% 名次区间相互重叠，说明它们的名次并未明显拉开/)).toBeInTheDocument();
  });

  it('draws the result as a chart above the table, with the tiers and P(first) as plain text', async () => {
    renderPanel();
    const chart = await screen.findByRole('img', { name: zh('robustness.chartLabel') });
    expect(chart).toHaveAttribute('data-rows', 'a b c');
    expect(chart).toHaveAttribute('data-tiers', 'A 梯队|B 梯队');
    expect(chart).toHaveAttribute('data-first', 'P(第一) 25%');
    // The accessible table stays as the chart's text alternative.
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('re-runs, debounced, when the weights change and says it is computing meanwhile', async () => {
    const { client, rerender, props } = renderPanel();
    await screen.findByRole('table');
    rerender(<RobustnessPanel {...props} weights={{ output: 2 }} />);
    rerender(<RobustnessPanel {...props} weights={{ output: 3 }} />);
    expect(screen.getByRole('status')).toHaveTextContent('正在计算');
    // The previous result stays on screen while the new one is computed.
    expect(screen.getByRole('table')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('已完成'));
    expect(client.run).toHaveBeenCalledTimes(2);
    expect(client.run.mock.lastCall?.[0].weights).toEqual({ output: 3 });
  });

  it('runs with the chosen method, samples and seed when "run" is pressed', async () => {
    const user = userEvent.setup();
    const { client } = renderPanel();
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: '扰动方式' }), 'uniform');
    const spread = screen.getByRole('spinbutton', { name: '扰动幅度（±%）' });
    await user.clear(spread);
    await user.type(spread, '15');
    const samples = screen.getByRole('spinbutton', { name: '抽样次数' });
    await user.clear(samples);
    await user.type(samples, '2000');
    const seed = screen.getByRole('spinbutton', { name: '随机种子' });
    await user.clear(seed);
    await user.type(seed, '7');
    await user.click(screen.getByRole('button', { name: '运行分析' }));
    await waitFor(() => expect(client.run).toHaveBeenCalledTimes(2));
    expect(client.run.mock.lastCall?.[0].options).toEqual({
      method: { kind: 'uniform', spread: 0.15 },
      samples: 2_000,
      seed: 7,
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('随机种子 7'));
  });

  it('shows a failure as an alert', async () => {
    renderPanel({ client: fakeClient(() => ({ status: 'failed', message: 'worker crashed' })) });
    expect(await screen.findByRole('alert')).toHaveTextContent('稳健性分析失败：worker crashed');
  });

  it('cancels the analysis in flight when it unmounts', async () => {
    const { client, unmount } = renderPanel();
    await screen.findByRole('table');
    act(() => unmount());
    expect(client.cancel).toHaveBeenCalled();
  });

  it('speaks English', async () => {
    renderPanel({ language: 'en', t: en });
    const table = await screen.findByRole('table', {
      name: 'Distribution of ranks per zone (10,000 weight samples)',
    });
    expect(within(table).getByRole('columnheader', { name: 'P(first)' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Tier A' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Gamma/ })).toHaveTextContent('3');
  });
});
