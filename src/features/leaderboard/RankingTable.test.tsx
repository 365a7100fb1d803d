import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/messages';
import { buildBoardModel } from '../../lib/boardModel';
import {
  buildFacts,
  buildGroup,
  buildIndicator,
  buildLeaf,
  buildScorecard,
  buildZone,
} from '../../scoring/testFixtures';
import { RankingTable } from './RankingTable';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);

// Output 10 / 30 / 30 / 20 with distance-to-leader: totals 33.3, 100, 100, 66.7 → ranks 4, 1, 1, 3.
function model(zoneName = '北区') {
  return buildBoardModel(
    {
      zones: [
        buildZone('north', { name: { zh: zoneName, en: 'North' } }),
        buildZone('east', { name: { zh: '东区', en: 'East' } }),
        buildZone('south', { name: { zh: '南区', en: 'South' } }),
        buildZone('west', { name: { zh: '西区', en: 'West' } }),
      ],
      indicators: [buildIndicator('output')],
      facts: buildFacts('output', { north: 10, east: 30, south: 30, west: 20 }),
      juryScores: [],
      periods: [],
      scorecard: buildScorecard([
        buildGroup('dim-output', [buildLeaf('output', { normalisation: { method: 'distance-to-leader' } })], {
          name: { zh: '产出', en: 'Output' },
        }),
      ]),
      asOf: '2023-04-14',
    },
    {},
  );
}

function bodyRows() {
  const [, body] = screen.getAllByRole('rowgroup');
  return within(body as HTMLElement).getAllByRole('row');
}

describe('RankingTable', () => {
  it('lists zones in rank order with competition ranks and tie badges', () => {
    render(<RankingTable model={model()} language="zh-CN" t={t} />);
    const rows = bodyRows().map((row) => row.textContent);
    expect(rows).toEqual(['1并列东区100.0100.0', '1并列南区100.0100.0', '3西区66.766.7', '4北区33.333.3']);
  });

  it('has one column per dimension, named after it', () => {
    render(<RankingTable model={model()} language="zh-CN" t={t} />);
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      '名次▲',
      '功能区',
      '总分',
      '产出',
    ]);
  });

  it('sorts by a column when its header button is pressed, and says so to assistive technology', async () => {
    render(<RankingTable model={model()} language="zh-CN" t={t} />);
    const totalHeader = screen.getByRole('columnheader', { name: /总分/ });
    expect(totalHeader).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(totalHeader).getByRole('button'));
    expect(totalHeader).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(within(totalHeader).getByRole('button'));
    expect(totalHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyRows()[0]?.textContent).toContain('北区');
  });

  it('links each zone to its card', () => {
    render(<RankingTable model={model()} language="zh-CN" t={t} />);
    expect(screen.getByRole('link', { name: '西区' })).toHaveAttribute('href', '#/zone/west');
  });

  it('shows a zone name with markup as text, never as HTML', () => {
    const { container } = render(
      <RankingTable model={model('<img src=x onerror=alert(1)>')} language="zh-CN" t={t} />,
    );
    expect(screen.getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows a vetoed zone with its reason as text, and an excluded one without a rank', () => {
    const data = {
      zones: [
        buildZone('north', { name: { zh: '北区', en: 'North' } }),
        buildZone('east', { name: { zh: '东区', en: 'East' } }),
      ],
      indicators: [buildIndicator('output'), buildIndicator('accidents', { kind: 'veto' })],
      facts: [...buildFacts('output', { north: 10, east: 30 }), ...buildFacts('accidents', { east: 1 })],
      juryScores: [],
      periods: [],
      asOf: '2023-04-14',
    };
    const vetoes = [
      {
        id: 'safety',
        indicatorId: 'accidents',
        when: { op: '>', value: 0 },
        reason: { zh: '重大安全事故', en: 'major accident' },
      },
    ] as const;
    const scorecard = buildScorecard([buildLeaf('output')], { vetoes: [...vetoes] });
    render(<RankingTable model={buildBoardModel({ ...data, scorecard }, {})} language="zh-CN" t={t} />);
    expect(bodyRows().map((row) => row.textContent)).toEqual([
      '1北区0.00.0',
      '2东区一票否决：重大安全事故100.0100.0',
    ]);
    cleanup();
    const excluding = { ...scorecard, vetoMode: 'exclude' as const };
    render(
      <RankingTable
        model={buildBoardModel({ ...data, scorecard: excluding }, {})}
        language="en"
        t={(key, params) => translate('en', key, params)}
      />,
    );
    expect(bodyRows().map((row) => row.textContent)).toEqual([
      '1North0.00.0',
      '—not rankedEastvetoed: major accident100.0100.0',
    ]);
  });

  it('speaks English', () => {
    render(<RankingTable model={model()} language="en" t={(key, params) => translate('en', key, params)} />);
    expect(screen.getByRole('link', { name: 'West' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Total/ })).toBeInTheDocument();
  });

  it('hides and shows a dimension column from the keyboard-operable columns menu', async () => {
    const user = userEvent.setup();
    render(<RankingTable model={model()} language="zh-CN" t={t} />);
    const menu = screen.getByRole('button', { name: '列' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    menu.focus();
    await user.keyboard('{Enter}');
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('checkbox', { name: '产出' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.queryByRole('columnheader', { name: /产出/ })).toBeNull();
    expect(bodyRows()[0]?.textContent).toBe('1并列东区100.0');
    await user.keyboard(' ');
    expect(screen.getByRole('columnheader', { name: /产出/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });

  it('shows indicator columns only when chosen, with the engine explanation scores', () => {
    const { rerender } = render(<RankingTable model={model()} language="zh-CN" t={t} />);
    expect(screen.getAllByRole('columnheader')).toHaveLength(4);
    rerender(
      <RankingTable model={model()} language="zh-CN" t={t} columnVisibility={{ 'leaf:output': true }} />,
    );
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      '名次▲',
      '功能区',
      '总分',
      '产出',
      'output',
    ]);
    expect(bodyRows()[3]?.textContent).toBe('4北区33.333.333.3');
  });

  it('reports visibility changes to its owner when controlled', async () => {
    const changes: Record<string, boolean>[] = [];
    render(
      <RankingTable
        model={model()}
        language="zh-CN"
        t={t}
        columnVisibility={{}}
        onColumnVisibilityChange={(v) => changes.push(v)}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: '列' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '产出' }));
    expect(changes).toEqual([{ 'leaf:output': false, 'dim:dim-output': false }]);
  });

  it('shows rank change against a baseline as arrows with spoken text, and sorts by it', async () => {
    const baseline = new Map<string, number | null>([
      ['east', 3],
      ['south', 1],
      ['west', 3],
    ]);
    render(<RankingTable model={model()} language="zh-CN" t={t} baseline={baseline} />);
    const change = (zone: string) =>
      screen.getByRole('link', { name: zone }).closest('tr')?.querySelector('.rank-change')?.textContent;
    expect(change('东区')).toBe('▲2上升 2 位');
    expect(change('南区')).toBe('=名次不变');
    expect(change('西区')).toBe('=名次不变');
    expect(change('北区')).toBe('新新上榜');
    const header = screen.getByRole('columnheader', { name: /名次变化/ });
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows()[0]?.textContent).toContain('东区');
    expect(bodyRows()[3]?.textContent).toContain('北区');
  });

  it('badges rows whose result used sample jury scores', () => {
    const data = {
      zones: [buildZone('north', { name: { zh: '北区', en: 'North' } })],
      indicators: [buildIndicator('talk', { kind: 'jury', scale: { min: 0, max: 100 } })],
      facts: [],
      juryScores: [
        { id: 's1', judgeId: 'j1', zoneId: 'north', indicatorId: 'talk', score: 80, isSample: true },
      ],
      periods: [],
      scorecard: buildScorecard([buildLeaf('talk')]),
      asOf: '2023-04-14',
    };
    render(<RankingTable model={buildBoardModel(data, {})} language="zh-CN" t={t} />);
    expect(screen.getByText('示例')).toHaveAttribute('title', '该区得分用到了示例评委评分');
  });

  it('renders only the rows in view for many zones, keeping row indices and zone links', () => {
    const names = Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`z${index}`, index]));
    const many = buildBoardModel(
      {
        zones: Object.keys(names).map((id) => buildZone(id, { name: { zh: id, en: id } })),
        indicators: [buildIndicator('output')],
        facts: buildFacts('output', names),
        juryScores: [],
        periods: [],
        scorecard: buildScorecard([buildLeaf('output')]),
        asOf: '2023-04-14',
      },
      {},
    );
    render(<RankingTable model={many} language="zh-CN" t={t} />);
    const rows = bodyRows().filter((row) => row.hasAttribute('data-zone-id'));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '301');
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getByRole('link', { name: 'z299' })).toHaveAttribute('href', '#/zone/z299');
    expect(screen.getByRole('region', { name: '排名表（可滚动）' })).toBeInTheDocument();
  });
});
