import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildFact, buildIndicator } from '../../scoring/testFixtures';
import { tEn, tZh, zoneBoard, zoneBoardData } from './testFixtures';
import { ZoneScores } from './ZoneScores';

function renderScores(zoneId: string, board = zoneBoard(), language: 'zh-CN' | 'en' = 'zh-CN') {
  const entity = board.model.ranking.entities.find((candidate) => candidate.zoneId === zoneId);
  if (!entity) throw new Error(`no entity ${zoneId}`);
  const events = (zoneBoardData().pointEvents ?? []).filter((event) => event.zoneId === zoneId);
  render(
    <ZoneScores
      model={board.model}
      entity={entity}
      pointEvents={events}
      language={language}
      t={language === 'en' ? tEn : tZh}
    />,
  );
  return entity;
}

const number = (text: string | null) => Number((text ?? '').replace(/[^\d.−-]/g, '').replace('−', '-'));

describe('ZoneScores', () => {
  it('lists each dimension’s score, weight share and contribution; contributions add up to the weighted score', () => {
    const entity = renderScores('b');
    const table = screen.getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .filter((row) => row.hasAttribute('data-dimension'));
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '展实绩',
      '谈打算',
      '晒不足',
    ]);
    const contributions = rows.map((row) => number(row.querySelector('.contribution')?.textContent ?? null));
    // b scores 70 everywhere; shares 50 % / 25 % / 25 %.
    expect(contributions).toEqual([35, 17.5, 17.5]);
    expect(within(rows[0] as HTMLElement).getByText('2（50%）')).toBeInTheDocument();
    expect(contributions.reduce((sum, value) => sum + value, 0)).toBeCloseTo(entity.aggregate ?? 0, 1);
    // The +2 point event makes the total 72.
    expect(within(table).getByRole('row', { name: /加点/ })).toHaveTextContent('+2.0');
    expect(within(table).getByRole('row', { name: /^总分/ })).toHaveTextContent('72.0');
  });

  it('shows the rank of the field, coverage and a normal status', () => {
    renderScores('b');
    expect(screen.getByText('第 2 名（共 3 个）')).toBeInTheDocument();
    expect(screen.getByText('100%')).toBeInTheDocument();
    expect(screen.getByText('状态：正常排名。')).toBeInTheDocument();
  });

  it('lists the zone’s point events and whether they counted', () => {
    renderScores('b');
    expect(screen.getByText(/2023-02-01 · \+2 · 招商加点 · 已计入/)).toBeInTheDocument();
    screen.getByRole('heading', { name: '加点与扣点记录' });
  });

  it('shows a veto with its reason', () => {
    const data = zoneBoardData();
    const vetoed = zoneBoard({
      ...data,
      indicators: [...data.indicators, buildIndicator('accident', { kind: 'veto' })],
      facts: [...data.facts, buildFact('a', 'accident', 1)],
      scorecard: {
        ...data.scorecard,
        vetoes: [
          {
            id: 'v',
            indicatorId: 'accident',
            when: { op: '>=', value: 1 },
            reason: { zh: '发生安全事故', en: 'A safety accident' },
          },
        ],
      },
    });
    renderScores('a', vetoed, 'en');
    expect(screen.getByText('Vetoed: A safety accident. Ranked after all other zones.')).toBeInTheDocument();
    expect(screen.getByText('3 of 3')).toBeInTheDocument();
    expect(screen.getByText('No bonus or deduction events.')).toBeInTheDocument();
  });
});
