// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serialiseScorecardFile } from '../formats/scorecardFile';
import { buildGroup, buildLeaf, buildScorecard } from '../scoring/testFixtures';
import { alignTable, displayWidth, runScoreCommand, type ScoreCommandIO } from './scoreCommand';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = 'data/qingdao-2023-arena.json';

/** Files in memory; reads of unknown paths fall through to the repository (for the bundle). */
function memoryIO(files: Record<string, string> = {}) {
  const written = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  const io: ScoreCommandIO = {
    readTextFile: (path) => files[path] ?? readFileSync(`${root}${path}`, 'utf8'),
    writeTextFile: (path, text) => {
      if (path.startsWith('/forbidden/')) throw new Error('EACCES: permission denied');
      written.set(path, text);
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, written, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** The bundled default scorecard, written as a scorecard file. */
function defaultScorecardFile(): string {
  const bundle = JSON.parse(readFileSync(`${root}${BUNDLE}`, 'utf8'));
  return serialiseScorecardFile(bundle.scorecards[0]);
}

const CSV_CARD = serialiseScorecardFile(
  buildScorecard([
    buildGroup('dim-output', [buildLeaf('output')], { weight: 2 }),
    buildGroup('dim-projects', [buildLeaf('projects', { normalisation: { method: 'distance-to-leader' } })]),
  ]),
);

describe('runScoreCommand', () => {
  it('scores the bundled data on a scorecard file and prints an aligned table with every dimension', () => {
    const { io, stdout, stderr } = memoryIO({ 'card.json': defaultScorecardFile() });
    const result = runScoreCommand([BUNDLE, 'card.json', '--lang', 'en'], io);
    expect(stderr()).toBe('');
    expect(result.exitCode).toBe(0);
    const lines = stdout().split('\n');
    expect(lines[0]).toBe(
      'Scorecard: Function-zone arena (default) (revision 1) · Period: 2023 Q1 · Data as of: 2023-04-14',
    );
    expect(lines[3]).toMatch(
      /^Rank\s+Entity\s+Total\s+Achievements\s+Facing shortfalls\s+Plans\s+Quantified results\s+Flags$/,
    );
    expect(lines.filter((line) => /^\s+\d+\s/.test(line))).toHaveLength(9);
    expect(result.ranking?.entities).toHaveLength(9);
  });

  it('applies --weights, --period and --as-of, and writes the ranking CSV with --out', () => {
    const { io, written, stdout } = memoryIO({ 'card.json': defaultScorecardFile() });
    const args = [BUNDLE, 'card.json', '--weights', 'dim-quantitative=40,dim-plans=0', '--as-of=2023-05-01'];
    const result = runScoreCommand(
      [...args, '--period', '2023Q1', '--out', 'ranking.csv', '--lang', 'zh-CN'],
      io,
    );
    expect(result.exitCode).toBe(0);
    expect(result.ranking?.entities[0]?.zoneId).toBe('jinjialing');
    const csv = written.get('ranking.csv') ?? '';
    expect(csv).toContain('# as-of,2023-05-01\r\n');
    expect(csv).toContain('# weight,量化实绩,40,42.1%\r\n');
    expect(stdout()).toContain('排名已写入 ranking.csv');
  });

  it('scores a wide CSV, whose columns become higher-is-better indicators of the scorecard period', () => {
    const csv = 'zone,output,projects\nhitech,100,33\nftz,50,42\nport,,10\n';
    const { io, stdout } = memoryIO({ 'zones.csv': csv, 'card.json': CSV_CARD });
    const result = runScoreCommand(['zones.csv', 'card.json', '--lang', 'en'], io);
    expect(result.exitCode).toBe(0);
    expect(result.ranking?.entities.map((entity) => entity.zoneId)).toEqual(['hitech', 'ftz', 'port']);
    expect(stdout()).toContain('Data as of: —');
  });

  it.each([
    [['only-one.json'], 'Two files are needed'],
    [[BUNDLE, 'card.json', '--colour', 'red'], 'Unknown option --colour'],
    [[BUNDLE, 'card.json', '--out'], 'Option --out needs a value'],
    [[BUNDLE, 'card.json', '--as-of', '2023-02-30'], 'Invalid date “2023-02-30”'],
    [[BUNDLE, 'card.json', '--weights', 'dim-plans:30'], 'Cannot read the weight “dim-plans:30”'],
    [
      [BUNDLE, 'card.json', '--weights', 'nowhere=1'],
      '“nowhere” in --weights is not a node of the scorecard',
    ],
    [[BUNDLE, 'card.json', '--period', '2024'], 'has no period “2024”; its periods: 2023Q1, 2023'],
    [['missing.json', 'card.json'], 'Cannot read missing.json'],
  ])('fails with exit code 1 and a message on stderr: %j', (args, message) => {
    const { io, stdout, stderr } = memoryIO({ 'card.json': defaultScorecardFile() });
    const result = runScoreCommand([...args, '--lang', 'en'], io);
    expect(result.exitCode).toBe(1);
    expect(stderr()).toContain(message);
    expect(stdout()).toBe('');
  });

  it('reports scorecard problems with file name and JSON path', () => {
    const card = defaultScorecardFile().replace('"weight": 35', '"weight": -35');
    const { io, stderr } = memoryIO({ 'card.json': card });
    expect(runScoreCommand([BUNDLE, 'card.json', '--lang', 'en'], io).exitCode).toBe(1);
    expect(stderr()).toBe('card.json: $.scorecard.root.children[0].weight: Must be at least 0, found -35.\n');
  });

  it('reports JSON syntax errors in either file by line and column', () => {
    const { io, stderr } = memoryIO({
      'card.json': '{\n  "format": ,\n}',
      'data.json': '{"format": "x",, }',
    });
    runScoreCommand(['data.json', 'card.json', '--lang', 'en'], io);
    expect(stderr()).toBe(
      'card.json: 2:13: Not valid JSON: unexpected character “,” at line 2, column 13.\n',
    );
    const other = memoryIO({ 'card.json': defaultScorecardFile(), 'data.json': '{"format": "x",, }' });
    runScoreCommand(['data.json', 'card.json', '--lang', 'en'], other.io);
    expect(other.stderr()).toBe(
      'data.json: 1:16: Not valid JSON: unexpected character “,” at line 1, column 16.\n',
    );
  });

  it('reports CSV problems with file, row and column', () => {
    const { io, stderr } = memoryIO({
      'zones.csv': 'zone,output,projects\nhitech,5452亿元,33\n',
      'card.json': CSV_CARD,
    });
    expect(runScoreCommand(['zones.csv', 'card.json', '--lang', 'en'], io).exitCode).toBe(1);
    expect(stderr()).toContain('zones.csv: row 2, output: “5452亿元” is not a number.');
  });

  it('names the scorecard leaf whose indicator the data does not have', () => {
    const { io, stderr } = memoryIO({ 'zones.csv': 'zone,output\nhitech,1\n', 'card.json': CSV_CARD });
    expect(runScoreCommand(['zones.csv', 'card.json', '--lang', 'en'], io).exitCode).toBe(1);
    expect(stderr()).toBe(
      'card.json: $.scorecard.root.children[1].children[0].indicatorId: Indicator “projects” is not in zones.csv; available: output.\n',
    );
  });

  it('reports a JSON file that is not a bundle', () => {
    const { io, stderr } = memoryIO({ 'card.json': defaultScorecardFile() });
    expect(runScoreCommand(['card.json', 'card.json', '--lang', 'en'], io).exitCode).toBe(1);
    expect(stderr()).toContain('card.json: "format" must be "leitai-arena-bundle"');
  });

  it('reports a file it cannot write', () => {
    const { io, stderr } = memoryIO({ 'card.json': defaultScorecardFile() });
    const result = runScoreCommand([BUNDLE, 'card.json', '--out', '/forbidden/r.csv', '--lang', 'en'], io);
    expect(result.exitCode).toBe(1);
    expect(stderr()).toBe('Cannot write /forbidden/r.csv: EACCES: permission denied\n');
  });

  it('prints usage for --help', () => {
    const { io, stdout } = memoryIO();
    expect(runScoreCommand(['--help', '--lang', 'en'], io).exitCode).toBe(0);
    expect(stdout()).toMatch(/^Usage: npm run score -- <data file> <scorecard.json>/);
  });
});

describe('alignTable', () => {
  it('pads by display width, CJK characters counting two columns, numbers right-aligned', () => {
    const table = alignTable(
      [
        ['名次', 'zone', 'total'],
        ['1', '高新区', '86.30'],
        ['10', 'ftz', '9.00'],
      ],
      new Set([0, 2]),
    );
    expect(table.split('\n')).toEqual(['名次  zone    total', '   1  高新区  86.30', '  10  ftz      9.00']);
  });

  it('measures display width', () => {
    expect(displayWidth('高新区 A')).toBe(8);
  });
});
