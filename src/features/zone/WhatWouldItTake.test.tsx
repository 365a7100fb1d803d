import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scoringInputOf } from '../../lib/boardModel';
import { scoreZones } from '../../scoring/score';
import { tEn, tZh, zoneBoard, zoneBoardData } from './testFixtures';
import { WhatWouldItTake } from './WhatWouldItTake';

function renderLift(zoneId: string, language: 'zh-CN' | 'en' = 'zh-CN') {
  const data = zoneBoardData();
  const board = zoneBoard(data);
  render(
    <WhatWouldItTake
      zoneId={zoneId}
      model={board.model}
      prepared={board.prepared}
      weights={board.weights}
      zones={data.zones}
      language={language}
      t={language === 'en' ? tEn : tZh}
    />,
  );
  return data;
}

describe('WhatWouldItTake', () => {
  it('tells the leader it is already first', () => {
    renderLift('a');
    expect(screen.getByText('已经排名第一。')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('names the zone ahead and the rise in each dimension that would pass it', () => {
    renderLift('b');
    // a 82.5, b 70 + 2 points = 72: 10.5 to make up; 展实绩 carries half the weight.
    expect(screen.getByText('前一名：甲区，总分 82.5，相差 10.5 分。')).toBeInTheDocument();
    const scores = screen.getByRole('list', { name: '只提高一个维度的得分（其他不变）' });
    expect(
      within(scores)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '展实绩：从 70.00 提高到 91.00 以上（+21.00）',
      '谈打算（现 70.0）：满分 100 也不够',
      '晒不足（现 70.0）：满分 100 也不够',
    ]);
  });

  it('states the weight change that lifts the zone, and the engine agrees', () => {
    const data = renderLift('c', 'en');
    const weights = screen.getByRole('list', {
      name: 'Changing one dimension weight (the other weights unchanged)',
    });
    const lines = within(weights)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(lines[1]).toBe('Plans: no weight moves the zone up');
    const match = /^Shortfalls: weight 1 → ([\d.]+) \(share 25% → [\d.]+%\), up to rank 2$/.exec(
      lines[2] ?? '',
    );
    expect(match, lines[2]).not.toBeNull();
    const ranking = scoreZones({
      ...scoringInputOf(data),
      weights: { 'dim-shortfalls': Number(match?.[1]) },
    });
    expect(ranking.entities.find((entity) => entity.zoneId === 'c')?.rank).toBe(2);
  });
});
