import { describe, expect, it } from 'vitest';
import { zoneBoard } from './testFixtures';
import { zoneRadarData } from './zoneRadar';

describe('zoneRadarData', () => {
  it('has one axis per dimension and the zone, the leader and the field average as lines', () => {
    const { axes, lines } = zoneRadarData(zoneBoard().model, 'c', 'zh-CN', '平均');
    expect(axes.map((axis) => axis.label)).toEqual(['展实绩', '谈打算', '晒不足']);
    expect(lines.map((line) => [line.id, line.label, line.values])).toEqual([
      ['zone', '丙', [60, 50, 90]],
      ['leader', '甲', [90, 80, 70]],
      ['average', '平均', [(90 + 70 + 60) / 3, (80 + 70 + 50) / 3, (70 + 70 + 90) / 3]],
    ]);
    expect(lines[0]?.isFilled).toBe(true);
  });

  it('leaves the leader line out on the leader’s own card', () => {
    const { lines } = zoneRadarData(zoneBoard().model, 'a', 'en', 'Average');
    expect(lines.map((line) => line.id)).toEqual(['zone', 'average']);
    expect(lines[0]?.label).toBe('A');
  });
});
