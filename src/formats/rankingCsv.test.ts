import { describe, expect, it } from 'vitest';
import { scoreZones } from '../scoring/score';
import {
  buildFacts,
  buildGroup,
  buildIndicator,
  buildLeaf,
  buildScorecard,
  buildScoringInput,
  buildZone,
  text,
} from '../scoring/testFixtures';
import { buildRankingCsv, csvCell } from './rankingCsv';

function rankingCsvFor(language: 'zh-CN' | 'en' = 'en', weights: Record<string, number> = {}) {
  const scorecard = buildScorecard(
    [
      buildGroup('dim-a', [buildLeaf('output')], { name: { zh: '产出', en: '=SUM(A1)' }, weight: 3 }),
      buildGroup('dim-b', [buildLeaf('projects')], { name: text('Projects, "new"'), weight: 1 }),
    ],
    { name: { zh: '季度考核', en: 'Quarterly' }, revision: 4, periodId: '2023' },
  );
  const zones = [
    buildZone('a', { name: { zh: '高新区', en: '@risky' } }),
    buildZone('b', { name: text('-cmd') }),
    buildZone('c'),
  ];
  const input = buildScoringInput({
    scorecard,
    zones,
    indicators: [buildIndicator('output'), buildIndicator('projects')],
    facts: [...buildFacts('output', { a: 10, b: 10, c: 5 }), ...buildFacts('projects', { a: 1, b: 1, c: 2 })],
    weights,
  });
  const ranking = scoreZones(input);
  return buildRankingCsv({
    ranking,
    scorecard,
    zones,
    period: { id: '2023', label: { zh: '2023年', en: 'Year 2023' }, start: '2023-01-01', end: '2023-12-31' },
    asOf: '2023-04-14',
    weights,
    language,
  });
}

describe('buildRankingCsv', () => {
  it('starts with a BOM and a header block naming scorecard, revision, period, as-of and weights', () => {
    const csv = rankingCsvFor('en', { 'dim-b': 3 });
    expect(csv.startsWith('\uFEFF# scorecard,Quarterly,fixture-card\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(1, 8)).toEqual([
      '# revision,4',
      '# period,Year 2023,2023',
      '# as-of,2023-04-14',
      "# weight,'=SUM(A1),3,50.0%",
      '# weight,"Projects, ""new""",3,50.0%',
      '',
      'rank,zone,total,\'=SUM(A1),"Projects, ""new""",flags',
    ]);
  });

  it('writes one CRLF row per entity in rank order, ties flagged, formulas neutralised', () => {
    const lines = rankingCsvFor('en').slice(1).split('\r\n');
    expect(lines.slice(8)).toEqual([
      "1,'@risky,75.00,100.00,0.00,tied",
      "1,'-cmd,75.00,100.00,0.00,tied",
      '3,c,25.00,0.00,100.00,',
      '',
    ]);
  });

  it('uses the chosen language for names and flags', () => {
    const csv = rankingCsvFor('zh-CN');
    expect(csv).toContain('# scorecard,季度考核,fixture-card');
    expect(csv).toContain('\r\n1,高新区,75.00,100.00,0.00,并列\r\n');
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-cmd', "'-cmd"],
    ['@A1', "'@A1"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['-5', '-5'],
    ['+3.5', '+3.5'],
    ['-1e3', '-1e3'],
    [-5, '-5'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['plain', 'plain'],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
