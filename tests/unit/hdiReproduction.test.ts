// @vitest-environment node
/**
 * Reproduces a real published composite index end to end through the command line: the UNDP
 * Human Development Index for 2022 (Human Development Report 2023/2024). Source, formula and the
 * scorecard's reading of it: tests/fixtures/hdi/README.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScoreCommand, type ScoreCommandIO } from '../../src/cli/scoreCommand';
import { parseWideCsv } from '../../src/formats/wideCsv';

const FIXTURES = 'tests/fixtures/hdi';
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Half a unit of the third decimal the HDR prints. */
const PUBLISHED_ROUNDING = 0.0005;

function diskReadingIO(): ScoreCommandIO & { written: Map<string, string>; out: string[]; err: string[] } {
  const written = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  return {
    written,
    out,
    err,
    readTextFile: (path) => readFileSync(`${root}${path}`, 'utf8'),
    writeTextFile: (path, text) => {
      written.set(path, text);
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
}

interface PublishedHdi {
  country: string;
  rank: number;
  hdi: number;
}

function readPublished(): PublishedHdi[] {
  const path = `${FIXTURES}/hdi-2022-published.csv`;
  const parsed = parseWideCsv(readFileSync(`${root}${path}`, 'utf8'), path, '2022');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const value = (country: string, column: string) =>
    parsed.value.facts.find((fact) => fact.zoneId === country && fact.indicatorId === column)?.value ?? NaN;
  return parsed.value.zones.map((zone) => ({
    country: zone.id,
    rank: value(zone.id, 'hdi-rank'),
    hdi: value(zone.id, 'hdi'),
  }));
}

function scoreHdi() {
  const io = diskReadingIO();
  const result = runScoreCommand(
    [
      `${FIXTURES}/hdi-2022.csv`,
      `${FIXTURES}/hdi.scorecard.json`,
      '--out',
      'hdi-ranking.csv',
      '--lang',
      'en',
    ],
    io,
  );
  return { io, result };
}

describe('UNDP Human Development Index 2022, reproduced through npm run score', () => {
  const published = readPublished();

  it('reads ten published countries, China among them', () => {
    expect(published).toHaveLength(10);
    expect(published.map((row) => row.country)).toContain('China');
  });

  it('scores the wide CSV on the HDI scorecard without errors', () => {
    const { io, result } = scoreHdi();
    expect(io.err.join('')).toBe('');
    expect(result.exitCode).toBe(0);
    expect(io.out.join('')).toContain('China');
    const csv = io.written.get('hdi-ranking.csv') ?? '';
    expect(csv).toContain('# scorecard,"Human Development Index (UNDP HDI, 2022 data)",undp-hdi-2022\r\n');
    expect(csv).toContain('\r\n5,China,78.84,');
  });

  it.each(published)(
    'gives $country the published HDI $hdi within the rounding the HDR prints',
    ({ country, hdi }) => {
      const { result } = scoreHdi();
      const total = result.ranking?.entities.find((entity) => entity.zoneId === country)?.total;
      expect(total).toBeTypeOf('number');
      expect(Math.abs((total ?? NaN) / 100 - hdi)).toBeLessThanOrEqual(PUBLISHED_ROUNDING);
    },
  );

  it('ranks the countries in the published HDI rank order', () => {
    const { result } = scoreHdi();
    const ours = result.ranking?.entities.map((entity) => entity.zoneId);
    const theirs = [...published].sort((a, b) => a.rank - b.rank).map((row) => row.country);
    expect(ours).toEqual(theirs);
    expect(result.ranking?.entities.map((entity) => entity.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('stays within the rounding for every country at once (largest error below 0.0005)', () => {
    const { result } = scoreHdi();
    const errors = published.map(({ country, hdi }) => {
      const total = result.ranking?.entities.find((entity) => entity.zoneId === country)?.total ?? NaN;
      return Math.abs(total / 100 - hdi);
    });
    expect(Math.max(...errors)).toBeLessThan(PUBLISHED_ROUNDING);
  });
});
