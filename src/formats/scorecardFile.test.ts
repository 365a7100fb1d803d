import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../scoring/model';
import { buildGroup, buildLeaf, buildScorecard, text } from '../scoring/testFixtures';
import {
  bakeWeights,
  jsonPath,
  migrateScorecardFile,
  parseScorecardFile,
  SCORECARD_FILE_MAX_BYTES,
  type ScorecardFileIssue,
  serialiseScorecardFile,
} from './scorecardFile';
import { scorecardFileSchema } from './scorecardSchema';

/** Every optional part of the model filled in, so a round trip covers all of it. */
function fullScorecard(): Scorecard {
  return buildScorecard(
    [
      buildGroup(
        'dim-growth',
        [
          buildLeaf('output', { value: { kind: 'growth' }, treatment: { log: true } }),
          buildLeaf('projects', {
            value: { kind: 'time-pace', targetPeriodId: '2023' },
            normalisation: { method: 'target', cap: 1.2 },
          }),
          buildLeaf('gni', {
            treatment: { winsorise: { lower: 0.05, upper: 0.95 } },
            normalisation: { method: 'goalposts', lo: 100, hi: 75000 },
          }),
        ],
        { weight: 60, aggregation: 'geometric', geometricFloor: 0 },
      ),
      buildLeaf('jury', {
        weight: 40,
        normalisation: { method: 'none' },
        jury: { method: 'trimmed-mean', trim: 1 },
      }),
    ],
    {
      description: text('all options'),
      coefficients: { byCategory: { 'hi-tech': 1.1 }, byZone: { ftz: 0.9 } },
      points: { bonusCap: 5, deductionCap: 10 },
      vetoes: [
        { id: 'safety', indicatorId: 'accidents', when: { op: '>', value: 0 }, reason: text('accident') },
      ],
      vetoMode: 'exclude',
      ranking: { precision: 1, tieBreak: ['dim-growth', 'jury'] },
    },
  );
}

function envelope(scorecard: unknown): string {
  return JSON.stringify({ format: 'leitai-arena-scorecard', version: 1, scorecard });
}

function issuesOf(text: string): ScorecardFileIssue[] {
  const result = parseScorecardFile(text, 'card.json');
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.issues;
}

/** A scorecard as plain JSON data, to break on purpose. */
function editable(): Record<string, unknown> & { root: { children: Record<string, unknown>[] } } {
  return JSON.parse(JSON.stringify(fullScorecard()));
}

describe('parseScorecardFile', () => {
  it('reads a version 1 file into the same scorecard', () => {
    const scorecard = fullScorecard();
    expect(parseScorecardFile(envelope(scorecard), 'card.json')).toEqual({ ok: true, value: scorecard });
  });

  it('accepts a bare scorecard, as copied out of a bundle, and a UTF-8 byte-order mark', () => {
    const scorecard = fullScorecard();
    expect(parseScorecardFile(`\uFEFF${JSON.stringify(scorecard)}`, 'bare.json')).toEqual({
      ok: true,
      value: scorecard,
    });
  });

  it.each([
    [
      'root.children[0].weight',
      (card: ReturnType<typeof editable>) => ((card.root.children[0] ?? {}).weight = -1),
      '$.scorecard.root.children[0].weight',
      'at least 0',
    ],
    [
      'a string weight',
      (card: ReturnType<typeof editable>) => ((card.root.children[1] ?? {}).weight = '40'),
      '$.scorecard.root.children[1].weight',
      'Expected a number, found "40"',
    ],
    [
      'a missing name',
      (card: ReturnType<typeof editable>) => delete card.name,
      '$.scorecard.name',
      'Required “name” is missing',
    ],
    [
      'an empty id',
      (card: ReturnType<typeof editable>) => (card.id = ''),
      '$.scorecard.id',
      'Must not be empty',
    ],
    [
      'minCoverage above 1',
      (card: ReturnType<typeof editable>) => (card.missing = { policy: 'skip', minCoverage: 1.5 }),
      '$.scorecard.missing.minCoverage',
      'at most 1',
    ],
    [
      'an unknown policy',
      (card: ReturnType<typeof editable>) => (card.missing = { policy: 'ignore', minCoverage: 0.5 }),
      '$.scorecard.missing.policy',
      'one of "skip", "zero", "mean"',
    ],
    [
      'a fractional precision',
      (card: ReturnType<typeof editable>) => (card.ranking = { precision: 1.5 }),
      '$.scorecard.ranking.precision',
      'whole number',
    ],
    [
      'precision 7',
      (card: ReturnType<typeof editable>) => (card.ranking = { precision: 7 }),
      '$.scorecard.ranking.precision',
      'at most 6',
    ],
    [
      'a misspelt key',
      (card: ReturnType<typeof editable>) => (card.weigths = {}),
      '$.scorecard.weigths',
      'Unknown field “weigths”',
    ],
    [
      'an unknown tie-break',
      (card: ReturnType<typeof editable>) => (card.ranking = { tieBreak: ['nowhere'] }),
      '$.scorecard.ranking.tieBreak[0]',
      'Tie-break “nowhere”',
    ],
  ])('reports %s', (_label, breakIt, path, message) => {
    const card = editable();
    breakIt(card);
    const issues = issuesOf(envelope(card));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ fileName: 'card.json', path });
    expect(issues[0]?.message.en).toContain(message);
    expect(issues[0]?.message.zh).not.toBe('');
  });

  it('reports the leaf problems of a leaf and the group problems of a group', () => {
    const card = editable();
    const group = card.root.children[0] as { children: Record<string, unknown>[] };
    delete group.children[2]?.normalisation;
    const groupNode = card.root.children[0] ?? {};
    groupNode.aggregation = 'median';
    const issues = issuesOf(envelope(card));
    expect(issues.map((issue) => issue.path)).toEqual([
      '$.scorecard.root.children[0].aggregation',
      '$.scorecard.root.children[0].children[2].normalisation',
    ]);
    expect(issues[0]?.message.en).toBe('Must be one of "arithmetic", "geometric"; found "median".');
    expect(issues[1]?.message.zh).toBe('缺少必填项“normalisation”。');
  });

  it('names an unknown normalisation method and the ones that exist', () => {
    const card = editable();
    (card.root.children[1] ?? {}).normalisation = { method: 'log-minmax' };
    const [issue] = issuesOf(envelope(card));
    expect(issue?.path).toBe('$.scorecard.root.children[1].normalisation.method');
    expect(issue?.message.en).toContain('"minmax", "goalposts", "target"');
  });

  it('requires goalposts lo < hi and a whole trim ≥ 0', () => {
    const card = editable();
    const leaves = (card.root.children[0] as { children: Record<string, unknown>[] }).children;
    (leaves[2] ?? {}).normalisation = { method: 'goalposts', lo: 5, hi: 5 };
    (card.root.children[1] ?? {}).jury = { method: 'trimmed-mean', trim: -1 };
    const issues = issuesOf(envelope(card));
    expect(issues.map((issue) => [issue.path, issue.message.en])).toEqual([
      [
        '$.scorecard.root.children[0].children[2].normalisation.hi',
        'hi must be greater than lo (lo = 5, hi = 5).',
      ],
      ['$.scorecard.root.children[1].jury.trim', 'Must be at least 0, found -1.'],
    ]);
  });

  it('finds a node id used twice anywhere in the tree and says where it was first', () => {
    const card = editable();
    (card.root.children[1] ?? {}).id = 'output';
    const [issue] = issuesOf(envelope(card));
    expect(issue?.path).toBe('$.scorecard.root.children[1].id');
    expect(issue?.message.en).toBe(
      'Node id “output” is already used at $.scorecard.root.children[0].children[0]; node ids must be unique within a scorecard.',
    );
  });

  it('reports a number too large for JSON as not finite', () => {
    const textWithHugeWeight = envelope(editable()).replace('"weight":40', '"weight":1e999');
    const [issue] = issuesOf(textWithHugeWeight);
    expect(issue).toMatchObject({ path: '$.scorecard.root.children[1].weight' });
    expect(issue?.message.en).toBe('Expected a finite number, found Infinity.');
  });

  it('never leaks zod’s wording or type names', () => {
    const card = editable();
    card.revision = 'one';
    card.vetoMode = 5;
    for (const issue of issuesOf(envelope(card))) {
      expect(issue.message.en).not.toMatch(/Invalid input|received|ZodError|expected string/);
    }
  });

  it('drops prototype keys instead of assigning them', () => {
    const text = envelope(fullScorecard()).replace(
      '"scorecard":{',
      '"scorecard":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const result = parseScorecardFile(text, 'card.json');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it('locates a JSON syntax error by line and column', () => {
    const text = '{\n  "format": "leitai-arena-scorecard",\n  "version": 1,,\n}';
    expect(issuesOf(text)).toEqual([
      {
        fileName: 'card.json',
        path: '$',
        line: 3,
        column: 16,
        message: {
          zh: '不是有效的 JSON：第 3 行第 16 列出现意外的字符“,”。',
          en: 'Not valid JSON: unexpected character “,” at line 3, column 16.',
        },
      },
    ]);
  });

  it('says where a truncated file ends', () => {
    const [issue] = issuesOf('{"format": "leitai-arena-scorecard",\n"version": 1');
    expect(issue).toMatchObject({ line: 2, column: 13 });
    expect(issue?.message.en).toContain('ends unexpectedly');
  });

  it.each([
    ['an empty file', '  \n', 'The file is empty.'],
    ['a list', '[1, 2]', 'should hold a JSON object starting with {, found a list'],
    ['a bundle', '{"format": "leitai-arena-bundle", "version": 1}', 'This is a data bundle'],
    [
      'another format',
      '{"format": "excalidraw", "version": 2}',
      '"format" must be "leitai-arena-scorecard", found "excalidraw"',
    ],
    ['an unrelated object', '{"hello": "world"}', '"format": "leitai-arena-scorecard" is missing'],
    [
      'a newer version',
      '{"format": "leitai-arena-scorecard", "version": 2, "scorecard": {}}',
      'reads up to version 1',
    ],
    [
      'version zero',
      '{"format": "leitai-arena-scorecard", "version": 0, "scorecard": {}}',
      'whole number ≥ 1, found 0',
    ],
    ['no scorecard', '{"format": "leitai-arena-scorecard", "version": 1}', 'Required “scorecard” is missing'],
  ])('explains %s', (_label, text, message) => {
    const [issue] = issuesOf(text);
    expect(issue?.message.en).toContain(message);
  });

  it('reports unknown keys of the envelope with the scorecard’s own problems', () => {
    const text = JSON.stringify({ format: 'leitai-arena-scorecard', version: 1, scorecard: {}, note: 'x' });
    const paths = issuesOf(text).map((issue) => issue.path);
    expect(paths[0]).toBe('$.note');
    expect(paths).toContain('$.scorecard.root');
  });

  it('refuses a file over the size limit with a clear message', () => {
    const text = `{"format": "leitai-arena-scorecard", "pad": "${'x'.repeat(SCORECARD_FILE_MAX_BYTES)}"}`;
    const [issue] = issuesOf(text);
    expect(issue?.message.en).toBe('The file is too large (2.0 MB): a scorecard file may be at most 2.0 MB.');
  });

  it('counts bytes, not characters, against the limit', () => {
    const chinese = '擂'.repeat(Math.ceil(SCORECARD_FILE_MAX_BYTES / 3) + 10);
    const [issue] = issuesOf(`{"pad": "${chinese}"}`);
    expect(issue?.message.en).toContain('too large');
  });

  it('summarises past fifty issues', () => {
    const card = editable();
    card.root.children = Array.from({ length: 80 }, (_, index) => ({ id: `n${index}`, weight: -1 }));
    const issues = issuesOf(envelope(card));
    expect(issues).toHaveLength(50);
    expect(issues[49]?.message.en).toMatch(/^\d+ more problems are not listed/);
  });
});

describe('migrateScorecardFile', () => {
  it('passes a version 1 scorecard through unchanged', () => {
    const scorecard = { id: 'x' };
    expect(migrateScorecardFile({ version: 1, scorecard })).toEqual({ ok: true, scorecard });
  });

  it('refuses versions it cannot read', () => {
    expect(migrateScorecardFile({ version: 3, scorecard: {} }).ok).toBe(false);
    expect(migrateScorecardFile({ version: '1', scorecard: {} }).ok).toBe(false);
  });
});

describe('serialiseScorecardFile', () => {
  it('round-trips every part of the model', () => {
    const scorecard = fullScorecard();
    expect(parseScorecardFile(serialiseScorecardFile(scorecard), 'card.json')).toEqual({
      ok: true,
      value: scorecard,
    });
  });

  it('writes 2-space JSON in the model’s key order whatever the input order', () => {
    const scorecard = fullScorecard();
    const shuffled = JSON.parse(JSON.stringify(scorecard, Object.keys(scorecard).reverse())) as Scorecard;
    const text = serialiseScorecardFile({ ...shuffled, ...scorecard });
    expect(text).toBe(serialiseScorecardFile(scorecard));
    expect(
      text.startsWith(
        '{\n  "format": "leitai-arena-scorecard",\n  "version": 1,\n  "scorecard": {\n    "id": ',
      ),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toMatch(
      /"id": "dim-growth",\n\s+"name": \{[^}]*\},\n\s+"weight": 60,\n\s+"aggregation": "geometric",\n\s+"geometricFloor": 0,\n\s+"children": \[/,
    );
  });

  it('writes what the file schema accepts', () => {
    expect(scorecardFileSchema.safeParse(JSON.parse(serialiseScorecardFile(fullScorecard()))).success).toBe(
      true,
    );
  });
});

describe('bakeWeights', () => {
  it('writes the weights in force into the nodes and increments the revision', () => {
    const baked = bakeWeights(fullScorecard(), { 'dim-growth': 30, gni: 5, jury: Number.NaN, ghost: 1 });
    const [growth, jury] = baked.root.children;
    expect(growth?.weight).toBe(30);
    expect(jury?.weight).toBe(40);
    expect(growth && 'children' in growth ? growth.children.map((leaf) => leaf.weight) : []).toEqual([
      1, 1, 5,
    ]);
    expect(baked.revision).toBe(2);
  });

  it('leaves the scorecard it was given untouched', () => {
    const scorecard = fullScorecard();
    bakeWeights(scorecard, { 'dim-growth': 30 });
    expect(scorecard.root.children[0]?.weight).toBe(60);
  });
});

describe('jsonPath', () => {
  it.each([
    [[], '$'],
    [['scorecard', 'root', 'children', 2, 'weight'], '$.scorecard.root.children[2].weight'],
    [['coefficients', 'byCategory', '国家级新区'], '$.coefficients.byCategory.国家级新区'],
    [['byZone', "zone 'a'"], "$.byZone['zone \\'a\\'']"],
  ])('%j → %s', (path, expected) => {
    expect(jsonPath(path)).toBe(expected);
  });
});
