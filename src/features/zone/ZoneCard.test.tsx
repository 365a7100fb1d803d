import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Shortfall, ZoneText } from '../../scoring/model';
import { tEn, tZh, zoneBoard, zoneBoardData } from './testFixtures';
import { ZoneCard, type ZoneCardProps } from './ZoneCard';

const TEXTS: ZoneText[] = [
  {
    id: 'x1',
    zoneId: 'b',
    kind: 'achievement',
    text: '搭平台',
    source: { sourceId: 'daily', text: '全力“搭平台、创模式”' },
  },
  {
    id: 'x2',
    zoneId: 'b',
    kind: 'plan',
    text: '建中心',
    source: { sourceId: 'daily', text: '加快建设<b>贸易</b>中心' },
  },
];
const SHORTFALLS: Shortfall[] = [
  { id: 's1', zoneId: null, text: '作风需更扎实', source: { sourceId: 'daily', text: '干部的作风需更扎实' } },
];

function props(overrides: Partial<ZoneCardProps> = {}): ZoneCardProps {
  const data = zoneBoardData();
  const zone = data.zones[1];
  if (!zone) throw new Error('fixture has zone b');
  return {
    zone,
    board: zoneBoard(data),
    zones: data.zones,
    facts: data.facts,
    targets: data.targets ?? [],
    texts: TEXTS,
    shortfalls: SHORTFALLS,
    pointEvents: data.pointEvents ?? [],
    indicators: data.indicators,
    sources: [
      {
        id: 'daily',
        title: { zh: '青岛日报', en: 'Qingdao Daily' },
        publisher: '青岛日报',
        date: '2023-04-15',
      },
    ],
    periods: data.periods,
    asOf: data.asOf,
    renderRadar: () => <div data-testid="radar" />,
    language: 'zh-CN',
    t: tZh,
    ...overrides,
  };
}

describe('ZoneCard', () => {
  it('shows the zone’s figures with their verbatim source sentence and document', () => {
    render(<ZoneCard {...props()} />);
    expect(screen.getByRole('heading', { level: 1, name: '乙区' })).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: '展实绩 · 数据' });
    expect(within(facts).getByText('“平台上线企业突破4000家”')).toBeInTheDocument();
    expect(within(facts).getByText('来源：青岛日报，2023-04-15')).toBeInTheDocument();
  });

  it('keeps imported text as text, never markup', () => {
    const { container } = render(<ZoneCard {...props()} />);
    expect(screen.getByText('“加快建设<b>贸易</b>中心”')).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
  });

  it('says the shortfalls are not attributed to a zone by the source', () => {
    render(<ZoneCard {...props()} />);
    const shortfalls = screen.getByRole('region', { name: '晒不足（现场发言，报道未注明所属功能区）' });
    expect(within(shortfalls).getByText('“干部的作风需更扎实”')).toBeInTheDocument();
  });

  it('composes scores, radar, what would it take and strengths from the ranking', () => {
    const renderRadar = vi.fn(() => <div data-testid="radar" />);
    render(<ZoneCard {...props({ renderRadar })} />);
    expect(screen.getByText('第 2 名 · 总分 72.0')).toBeInTheDocument();
    for (const name of [
      '名次与各维度贡献',
      '雷达图：本功能区、第一名与平均',
      '怎样才能再进一名',
      '优势与短板（与全体功能区相比）',
    ]) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(screen.getByTestId('radar')).toBeInTheDocument();
    const [axes, lines] = renderRadar.mock.calls[0] as unknown as [unknown[], { id: string }[]];
    expect(axes).toHaveLength(3);
    expect(lines.map((line) => line.id)).toEqual(['zone', 'leader', 'average']);
    // b scores 70 everywhere; field means 73.3 / 66.7 / 76.7: one strength, two weaknesses (worst first).
    const standing = screen.getByRole('region', { name: '优势与短板（与全体功能区相比）' });
    const items = (name: string) =>
      within(within(standing).getByRole('list', { name }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(items('优势')).toEqual(['谈打算：70.0 分，平均 66.7，+3.3，第 2/3']);
    expect(items('短板')).toEqual([
      '晒不足：70.0 分，平均 76.7，−6.7，第 2/3',
      '展实绩：70.0 分，平均 73.3，−3.3，第 2/3',
    ]);
  });

  it('shows the evidence alone when there is no ranking yet', () => {
    render(<ZoneCard {...props({ board: null, language: 'en', t: tEn })} />);
    expect(screen.queryByRole('region', { name: 'Rank and dimension contributions' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Achievements · figures' })).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Completion of “Platform enterprises”' }),
    ).toBeInTheDocument();
  });
});
