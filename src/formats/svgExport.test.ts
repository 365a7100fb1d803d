import { describe, expect, it } from 'vitest';
import { buildChartSvgSlide, xmlEscape } from './svgExport';

const chartSvg =
  '<svg width="800" height="400" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 400"><text>&lt;b&gt;区</text></svg>';

function slide(watermark: string | null) {
  return buildChartSvgSlide({
    chartSvg,
    chartWidth: 800,
    chartHeight: 400,
    title: 'A & <B>',
    lines: ['评分方案：=x "r1"', "Weights: a's"],
    watermark,
    theme: 'dark',
    fontFamily: '"Noto Sans SC", sans-serif',
  });
}

describe('xmlEscape', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(xmlEscape(`<script>&"'\u0001\u000b`)).toBe('&lt;script&gt;&amp;&quot;&apos;');
    expect(xmlEscape('崂山区\t\n')).toBe('崂山区\t\n');
  });
});

describe('buildChartSvgSlide', () => {
  it('carries the title, metadata lines and watermark as escaped SVG text around the nested chart', () => {
    const svg = slide('示例数据 / sample data');
    expect(svg).toContain('>A &amp; &lt;B&gt;</text>');
    expect(svg).toContain('>评分方案：=x &quot;r1&quot;</text>');
    expect(svg).toContain('>Weights: a&apos;s</text>');
    expect(svg.match(/示例数据 \/ sample data/g)).toHaveLength(2);
    expect(svg).toContain('<svg x="48" y="');
    expect(svg).toContain('<text>&lt;b&gt;区</text>');
    expect(svg).toContain('font-family="&quot;Noto Sans SC&quot;, sans-serif"');
    expect(svg).not.toContain('foreignObject');
    expect(svg.match(/<svg/g)).toHaveLength(2);
  });

  it('has no watermark without sample data and sizes the slide around the chart', () => {
    const svg = slide(null);
    expect(svg).not.toContain('export-watermark');
    expect(svg).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="896" height="\d+"/);
  });

  it('refuses a chart that is not an SVG document', () => {
    expect(() =>
      buildChartSvgSlide({
        ...{
          chartWidth: 1,
          chartHeight: 1,
          title: '',
          lines: [],
          watermark: null,
          theme: 'light',
          fontFamily: 'x',
        },
        chartSvg: '<div/>',
      }),
    ).toThrow(/<svg>/);
  });
});
