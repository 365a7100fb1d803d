// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildZoneRadarOption, type ZoneRadarModel } from './zoneRadarOption';

function model(overrides: Partial<ZoneRadarModel> = {}): ZoneRadarModel {
  return {
    axes: [
      { id: 'd1', label: '展实绩' },
      { id: 'd2', label: '<img src=x onerror=alert(1)>' },
    ],
    series: [
      {
        id: 'zone',
        label: '上合示范区',
        values: [84.2, null],
        color: '#d9483b',
        lineType: 'solid',
        isFilled: true,
      },
      {
        id: 'average',
        label: '平均',
        values: [80, 70],
        color: '#516074',
        lineType: 'dashed',
        isFilled: false,
      },
    ],
    theme: 'light',
    animate: false,
    fontFamily: 'sans-serif',
    fontSize: 14,
    ...overrides,
  };
}

interface RadarSeriesOption {
  type: string;
  data: { name: string; value: (number | string)[]; areaStyle?: unknown; lineStyle: { type: string } }[];
}

describe('buildZoneRadarOption', () => {
  it('puts one axis per dimension on 0–100 and one polygon per series, missing scores as "-"', () => {
    const option = buildZoneRadarOption(model());
    const radar = option.radar as { indicator: { name: string; min: number; max: number }[] };
    expect(radar.indicator).toEqual([
      { name: '展实绩', min: 0, max: 100 },
      { name: '<img src=x onerror=alert(1)>', min: 0, max: 100 },
    ]);
    const [series] = option.series as RadarSeriesOption[];
    expect(series?.type).toBe('radar');
    expect(series?.data.map((entry) => [entry.name, entry.value])).toEqual([
      ['上合示范区', [84.2, '-']],
      ['平均', [80, 70]],
    ]);
    expect(series?.data[0]?.areaStyle).toBeDefined();
    expect(series?.data[1]?.areaStyle).toBeUndefined();
    expect(series?.data[1]?.lineStyle.type).toBe('dashed');
  });

  it('has no tooltip (its output is HTML) and no function formatter anywhere', () => {
    const option = buildZoneRadarOption(model());
    expect(option.tooltip).toBeUndefined();
    const functions: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (typeof value === 'function') functions.push(path);
      else if (value && typeof value === 'object')
        for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    };
    visit(option, 'option');
    expect(functions).toEqual([]);
  });

  it('names the series in the legend and follows the theme', () => {
    const dark = buildZoneRadarOption(model({ theme: 'dark' }));
    expect((dark.legend as { data: string[] }).data).toEqual(['上合示范区', '平均']);
    expect((dark.textStyle as { color: string }).color).toBe('#e8eef7');
  });
});
