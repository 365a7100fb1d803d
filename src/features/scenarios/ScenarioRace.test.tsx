import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../i18n/messages';
import { type BoardModel, buildBoardModel } from '../../lib/boardModel';
import type { Scorecard } from '../../scoring/model';
import { buildFacts, buildIndicator, buildLeaf, buildScorecard, buildZone } from '../../scoring/testFixtures';
import type { ScoringInput } from '../../scoring/types';
import { ScenarioRace } from './ScenarioRace';

// ECharts needs a canvas; the race's chart is checked in Chromium (tests/e2e/scenarios.test.ts).
vi.mock('../../ui/LazyRankingChart', () => ({
  LazyRankingChart: (props: { label: string; animate?: boolean }) => (
    <div role="img" aria-label={props.label} data-animate={String(props.animate)} />
  ),
}));

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);

/** a leads on output, c on projects, b sits in the middle of both. */
function input(): Omit<ScoringInput, 'weights'> {
  return {
    scorecard: outputOnly(),
    zones: ['a', 'b', 'c'].map((id) => buildZone(id, { shortName: { zh: `区${id}`, en: `Zone ${id}` } })),
    indicators: [buildIndicator('output'), buildIndicator('projects')],
    facts: [...buildFacts('output', { a: 10, b: 5, c: 1 }), ...buildFacts('projects', { a: 1, b: 5, c: 10 })],
    juryScores: [],
    targets: [],
    periods: [],
    pointEvents: [],
    asOf: '2023-12-31',
  };
}

function outputOnly(): Scorecard {
  return buildScorecard([buildLeaf('output'), buildLeaf('projects', { weight: 0 })], {
    id: 'output-only',
    name: { zh: '只看产出', en: 'Output only' },
  });
}

function projectsOnly(): Scorecard {
  return buildScorecard([buildLeaf('output', { weight: 0 }), buildLeaf('projects')], {
    id: 'projects-only',
    name: { zh: '只看项目', en: 'Projects only' },
  });
}

function currentModel(data = input()): BoardModel {
  return buildBoardModel(
    { ...data, periods: [], asOf: '2023-12-31', scorecard: outputOnly() },
    { output: 1, projects: 1 },
  );
}

function renderRace(stepMs = 2500) {
  return render(
    <ScenarioRace
      input={input()}
      current={currentModel()}
      scorecards={[outputOnly(), projectsOnly()]}
      language="zh-CN"
      t={t}
      stepMs={stepMs}
    />,
  );
}

function shownOrder(name: string): string[] {
  const list = screen.getByRole('list', { name: `情景“${name}”的名次` });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => `${item.getAttribute('value')} ${item.dataset.zoneId}`);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ScenarioRace', () => {
  it('offers the current weights and every saved scorecard, all chosen at first', () => {
    renderRace();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((box) => (box.closest('label') as HTMLElement).textContent)).toEqual([
      '当前权重（只看产出）',
      '只看产出 · 第 1 版',
      '只看项目 · 第 1 版',
    ]);
    expect(boxes.every((box) => (box as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('情景 1/3：当前权重（只看产出）');
  });

  it('steps to the next and previous scenario, each showing its own ranking', async () => {
    renderRace();
    await userEvent.click(screen.getByRole('checkbox', { name: '当前权重（只看产出）' }));
    expect(shownOrder('只看产出 · 第 1 版')).toEqual(['1 a', '2 b', '3 c']);
    await userEvent.click(screen.getByRole('button', { name: '下一个情景' }));
    expect(screen.getByText('情景 2/2：只看项目 · 第 1 版')).toBeInTheDocument();
    expect(shownOrder('只看项目 · 第 1 版')).toEqual(['1 c', '2 b', '3 a']);
    expect(
      screen.getByRole('img', { name: '情景“只看项目 · 第 1 版”的总分条形图，按名次排列' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '上一个情景' }));
    expect(shownOrder('只看产出 · 第 1 版')).toEqual(['1 a', '2 b', '3 c']);
  });

  it('tables each zone’s rank per scenario and names the zones that depend on the weighting', async () => {
    renderRace();
    await userEvent.click(screen.getByRole('checkbox', { name: '当前权重（只看产出）' }));
    const table = screen.getByRole('table', { name: '各情景下的名次（名次变动大的在前）' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(rows).toEqual([
      ['区a', '1', '3', '1–3', '2'],
      ['区c', '3', '1', '1–3', '2'],
      ['区b', '2', '2', '2', '0'],
    ]);
    expect(screen.getByText('最依赖权重：区a（第 1–3 名）、区c（第 1–3 名）。')).toBeInTheDocument();
  });

  it('plays on its own every step and pauses', async () => {
    vi.useFakeTimers();
    renderRace(1000);
    act(() => screen.getByRole('button', { name: '播放' }).click());
    expect(screen.getByRole('status')).toHaveTextContent('情景 1/3');
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('status')).toHaveTextContent('情景 2/3');
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByRole('status')).toHaveTextContent('情景 1/3');
    act(() => screen.getByRole('button', { name: '暂停' }).click());
    act(() => vi.advanceTimersByTime(5000));
    expect(screen.getByRole('status')).toHaveTextContent('情景 1/3');
  });

  it('asks for a second scenario when fewer than two are chosen', async () => {
    renderRace();
    await userEvent.click(screen.getByRole('checkbox', { name: '只看产出 · 第 1 版' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '只看项目 · 第 1 版' }));
    expect(screen.getByRole('status')).toHaveTextContent('请至少选择两个情景');
    expect(screen.queryByRole('button', { name: '播放' })).not.toBeInTheDocument();
  });

  it('turns the chart animation off when the system asks for reduced motion, and still steps', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)',
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    try {
      renderRace();
      expect(screen.getByRole('img').dataset.animate).toBe('false');
      expect(screen.getByText('系统设置为减少动态效果：切换情景时不播放过渡动画。')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: '下一个情景' }));
      expect(screen.getByRole('status')).toHaveTextContent('情景 2/3');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows zone names as text, never as HTML', () => {
    const data = input();
    data.zones = data.zones.map((zone) => ({
      ...zone,
      shortName: { zh: '<img src=x onerror=alert(1)>', en: 'x' },
    }));
    const { container } = render(
      <ScenarioRace
        input={data}
        current={currentModel(data)}
        scorecards={[projectsOnly()]}
        language="zh-CN"
        t={t}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(/<img src=x/).length).toBeGreaterThan(0);
  });
});
