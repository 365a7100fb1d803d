/**
 * `npm run score -- <data> <scorecard.json> [options]`: scores a bundle or a wide CSV on a
 * scorecard file, prints the ranking as an aligned table and optionally writes the ranking CSV.
 * All file access goes through `ScoreCommandIO`, so the whole command runs in a unit test;
 * `scripts/score.ts` wires it to node:fs and the process.
 */
import { assertBundleEnvelope, type Bundle } from '../formats/bundle';
import { parseJsonText } from '../formats/jsonText';
import { buildRankingCsv } from '../formats/rankingCsv';
import { jsonPath, parseScorecardFile } from '../formats/scorecardFile';
import { parseWideCsv } from '../formats/wideCsv';
import { type Language, type MessageKey, translate } from '../i18n/messages';
import type { Indicator, LocalizedText, Period, Scorecard, ScorecardNode, Zone } from '../scoring/model';
import { scoreZones } from '../scoring/score';
import type { Ranking, ScoringInput } from '../scoring/types';

export interface ScoreCommandIO {
  /** Reads a UTF-8 text file; throws when it cannot. */
  readTextFile(path: string): string;
  writeTextFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface ScoreCommandResult {
  exitCode: 0 | 1;
  /** The ranking, when scoring succeeded. */
  ranking?: Ranking;
}

interface ScoreOptions {
  dataFile: string;
  scorecardFile: string;
  outFile?: string;
  periodId?: string;
  asOf?: string;
  weights: Record<string, number>;
  language: Language;
}

/** The data to score, whichever file it came from. */
interface LoadedData {
  input: Omit<ScoringInput, 'scorecard' | 'weights'>;
  periods: Period[];
  asOf: string | null;
  kind: 'bundle' | 'csv';
}

/** A failure already worded for the user; the command prints it and exits with 1. */
class CommandError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Runs the command; never throws for bad input (it reports and returns exit code 1). */
export function runScoreCommand(
  argv: readonly string[],
  io: ScoreCommandIO,
  defaultLanguage: Language = 'zh-CN',
): ScoreCommandResult {
  const language = languageOption(argv) ?? defaultLanguage;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(`${t('cli.usage')}\n`);
      return { exitCode: 0 };
    }
    const options = parseArguments(argv, language);
    const { scorecard, pathBase } = loadScorecard(options, io);
    const data = loadData(options, scorecard, io);
    checkIndicators(scorecard, pathBase, data, options);
    const ranking = score(scorecard, data, options);
    io.stdout(renderReport(ranking, scorecard, data, options));
    if (options.outFile !== undefined)
      writeRankingCsv(options.outFile, ranking, scorecard, data, options, io);
    return { exitCode: 0, ranking };
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    io.stderr(`${error.lines.join('\n')}\n`);
    return { exitCode: 1 };
  }
}

function languageOption(argv: readonly string[]): Language | undefined {
  const value = tokenize(argv).options.get('--lang');
  return value === 'en' || value === 'zh-CN' ? value : undefined;
}

const VALUE_OPTIONS: readonly string[] = ['--out', '--period', '--as-of', '--weights', '--lang'];

/**
 * Splits argv into positional arguments and `--name value` / `--name=value` options. An option
 * followed by another option has no value (undefined), rather than swallowing it.
 */
function tokenize(argv: readonly string[]): {
  positional: string[];
  options: Map<string, string | undefined>;
} {
  const positional: string[] = [];
  const options = new Map<string, string | undefined>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    const equals = arg.indexOf('=');
    if (!arg.startsWith('--')) positional.push(arg);
    else if (equals > 0) options.set(arg.slice(0, equals), arg.slice(equals + 1));
    else if (VALUE_OPTIONS.includes(arg) && !(argv[index + 1] ?? '--').startsWith('--')) {
      options.set(arg, argv[++index]);
    } else options.set(arg, undefined);
  }
  return { positional, options };
}

function parseArguments(argv: readonly string[], language: Language): ScoreOptions {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const { positional, options } = tokenize(argv);
  for (const [name, value] of options) {
    if (!VALUE_OPTIONS.includes(name)) {
      throw new CommandError([t('cli.unknownOption', { option: name }), t('cli.usage')]);
    }
    if (value === undefined || value === '')
      throw new CommandError([t('cli.optionNeedsValue', { option: name })]);
  }
  const [dataFile, scorecardFile, ...extra] = positional;
  if (dataFile === undefined || scorecardFile === undefined || extra.length > 0) {
    throw new CommandError([t('cli.missingArguments'), t('cli.usage')]);
  }
  const asOf = options.get('--as-of');
  if (asOf !== undefined && !isIsoDate(asOf)) throw new CommandError([t('cli.badDate', { value: asOf })]);
  const result: ScoreOptions = {
    dataFile,
    scorecardFile,
    weights: parseWeights(options.get('--weights'), t),
    language,
  };
  const outFile = options.get('--out');
  const periodId = options.get('--period');
  if (outFile !== undefined) result.outFile = outFile;
  if (periodId !== undefined) result.periodId = periodId;
  if (asOf !== undefined) result.asOf = asOf;
  return result;
}

function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** `dim=30,dim2=10` → { dim: 30, dim2: 10 }; full-width characters are read as ASCII. */
function parseWeights(
  text: string | undefined,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): Record<string, number> {
  const weights: Record<string, number> = {};
  if (text === undefined) return weights;
  for (const part of text.normalize('NFKC').split(',')) {
    const match = /^\s*([^=\s]+)\s*=\s*([0-9]+(?:\.[0-9]+)?)\s*$/.exec(part);
    if (!match?.[1] || !match[2]) throw new CommandError([t('cli.badWeights', { text: part.trim() })]);
    weights[match[1]] = Number(match[2]);
  }
  return weights;
}

function readFile(path: string, io: ScoreCommandIO, language: Language): string {
  try {
    return io.readTextFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CommandError([translate(language, 'cli.readFailed', { file: path, reason })]);
  }
}

/** The scorecard (period overridden by --period) and where it sits in its file, for JSON paths. */
function loadScorecard(
  options: ScoreOptions,
  io: ScoreCommandIO,
): { scorecard: Scorecard; pathBase: string[] } {
  const text = readFile(options.scorecardFile, io, options.language);
  const parsed = parseScorecardFile(text, options.scorecardFile);
  if (!parsed.ok) {
    throw new CommandError(
      parsed.issues.map((issue) => {
        const where = issue.line === undefined ? issue.path : `${issue.line}:${issue.column ?? 1}`;
        return `${issue.fileName}: ${where}: ${pick(issue.message, options.language)}`;
      }),
    );
  }
  const scorecard = { ...parsed.value, periodId: options.periodId ?? parsed.value.periodId };
  checkWeightIds(scorecard, options);
  return { scorecard, pathBase: scorecardPathBase(text) };
}

function checkWeightIds(scorecard: Scorecard, options: ScoreOptions): void {
  const ids = new Set<string>();
  const visit = (node: ScorecardNode) => {
    ids.add(node.id);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(scorecard.root);
  const unknown = Object.keys(options.weights).filter((id) => !ids.has(id));
  if (unknown.length === 0) return;
  const dimensions = scorecard.root.children.map((node) => node.id).join(', ');
  throw new CommandError(
    unknown.map((id) => translate(options.language, 'cli.unknownWeightNode', { id, ids: dimensions })),
  );
}

function loadData(options: ScoreOptions, scorecard: Scorecard, io: ScoreCommandIO): LoadedData {
  const text = readFile(options.dataFile, io, options.language);
  const isCsv =
    /\.csv$/i.test(options.dataFile) || (!/\.json$/i.test(options.dataFile) && !/^\s*\{/.test(text));
  return isCsv ? loadCsv(text, options, scorecard) : loadBundle(text, options, scorecard);
}

function loadCsv(text: string, options: ScoreOptions, scorecard: Scorecard): LoadedData {
  const parsed = parseWideCsv(text, options.dataFile, scorecard.periodId);
  if (!parsed.ok) {
    throw new CommandError(
      parsed.issues.map((issue) => {
        const where = issue.column === undefined ? `row ${issue.row}` : `row ${issue.row}, ${issue.column}`;
        return `${issue.fileName}: ${where}: ${pick(issue.message, options.language)}`;
      }),
    );
  }
  const { zones, facts, indicatorIds } = parsed.value;
  return {
    input: { zones, facts, juryScores: [], indicators: indicatorIds.map(csvIndicator) },
    periods: [],
    asOf: options.asOf ?? null,
    kind: 'csv',
  };
}

/** A CSV column has no catalogue entry: it is a quantitative, higher-is-better indicator. */
function csvIndicator(id: string): Indicator {
  return { id, name: { zh: id, en: id }, unit: '', direction: 'higher', kind: 'quantitative' };
}

function loadBundle(text: string, options: ScoreOptions, scorecard: Scorecard): LoadedData {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(options.language, key, params);
  const json = parseJsonText(text);
  if (!json.ok) {
    const { line, column, found } = json.error;
    const message =
      found === null
        ? t('scorecardFile.jsonSyntaxEnd', { line, column })
        : t('scorecardFile.jsonSyntax', { line, column, found });
    throw new CommandError([`${options.dataFile}: ${line}:${column}: ${message}`]);
  }
  let bundle: Bundle;
  try {
    bundle = assertBundleEnvelope(json.value, options.dataFile);
  } catch (error) {
    throw new CommandError([error instanceof Error ? error.message : String(error), t('cli.dataKinds')]);
  }
  if (!bundle.periods.some((period) => period.id === scorecard.periodId)) {
    const periods = bundle.periods.map((period) => period.id).join(', ');
    throw new CommandError([
      t('cli.unknownPeriod', { file: options.dataFile, period: scorecard.periodId, periods }),
    ]);
  }
  const asOf = options.asOf ?? bundle.meta.asOf;
  const { zones, indicators, facts, juryScores, targets, periods, pointEvents } = bundle;
  return {
    input: { zones, indicators, facts, juryScores, targets, periods, pointEvents, asOf },
    periods,
    asOf,
    kind: 'bundle',
  };
}

/** Every leaf must name an indicator the data has; the engine would stop at the first one. */
function checkIndicators(
  scorecard: Scorecard,
  base: readonly string[],
  data: LoadedData,
  options: ScoreOptions,
): void {
  const known = new Set(data.input.indicators.map((indicator) => indicator.id));
  const problems: string[] = [];
  const visit = (node: ScorecardNode, path: (string | number)[]) => {
    if ('children' in node) {
      node.children.forEach((child, index) => {
        visit(child, [...path, 'children', index]);
      });
    } else if (!known.has(node.indicatorId)) {
      const message = translate(options.language, 'cli.unknownIndicator', {
        indicator: node.indicatorId,
        file: options.dataFile,
        available: [...known].join(', '),
      });
      problems.push(`${options.scorecardFile}: ${jsonPath([...base, ...path, 'indicatorId'])}: ${message}`);
    }
  };
  visit(scorecard.root, ['root']);
  if (problems.length > 0) throw new CommandError(problems);
}

/** `['scorecard']` for an enveloped file, `[]` for a bare scorecard: paths must point into the file. */
function scorecardPathBase(text: string): string[] {
  const json = parseJsonText(text);
  const isEnveloped =
    json.ok && typeof json.value === 'object' && json.value !== null && 'format' in json.value;
  return isEnveloped ? ['scorecard'] : [];
}

function score(scorecard: Scorecard, data: LoadedData, options: ScoreOptions): Ranking {
  try {
    return scoreZones({ ...data.input, scorecard, weights: options.weights });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CommandError([
      translate(options.language, 'cli.scoringFailed', { file: options.scorecardFile, message }),
    ]);
  }
}

function writeRankingCsv(
  path: string,
  ranking: Ranking,
  scorecard: Scorecard,
  data: LoadedData,
  options: ScoreOptions,
  io: ScoreCommandIO,
): void {
  const csv = buildRankingCsv({
    ranking,
    scorecard,
    zones: data.input.zones,
    period: data.periods.find((period) => period.id === scorecard.periodId),
    asOf: data.asOf,
    weights: options.weights,
    language: options.language,
  });
  try {
    io.writeTextFile(path, csv);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CommandError([translate(options.language, 'cli.writeFailed', { file: path, reason })]);
  }
  io.stdout(`${translate(options.language, 'cli.written', { file: path })}\n`);
}

/** The summary lines and the aligned table printed to stdout. */
function renderReport(
  ranking: Ranking,
  scorecard: Scorecard,
  data: LoadedData,
  options: ScoreOptions,
): string {
  const { language } = options;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const period = data.periods.find((candidate) => candidate.id === scorecard.periodId);
  const dimensions = scorecard.root.children;
  const weights = dimensions.map((node) => {
    const override = options.weights[node.id];
    return `${pick(node.name, language)}=${override ?? node.weight}`;
  });
  const summary = [
    t('cli.summary', {
      scorecard: pick(scorecard.name, language),
      revision: scorecard.revision,
      period: period ? pick(period.label, language) : scorecard.periodId,
      asOf: data.asOf ?? '—',
    }),
    t('cli.weights', { weights: weights.join(', ') }),
  ];
  const zoneById = new Map<string, Zone>(data.input.zones.map((zone) => [zone.id, zone]));
  const header = [
    t('table.rank'),
    t('cli.entity'),
    t('table.total'),
    ...dimensions.map((node) => pick(node.name, language)),
    t('cli.flags'),
  ];
  const rows = ranking.entities.map((entity) => {
    const zone = zoneById.get(entity.zoneId);
    const flags = [
      entity.isTied ? t('table.tied') : '',
      entity.hasSufficientData ? '' : t('table.insufficient'),
      ...entity.vetoReasons.map((reason) => t('rankingCsv.vetoed', { reason: pick(reason, language) })),
      entity.isExcluded ? t('rankingCsv.excluded') : '',
      entity.usesSampleData ? t('rankingCsv.sample') : '',
    ].filter((flag) => flag !== '');
    return [
      entity.rank === null ? '—' : String(entity.rank),
      zone ? pick(zone.shortName, language) : entity.zoneId,
      formatScore(entity.total),
      ...dimensions.map((node) => formatScore(entity.nodes[node.id]?.score ?? null)),
      flags.join('; '),
    ];
  });
  return `${summary.join('\n')}\n\n${alignTable([header, ...rows], new Set([0, 2, ...dimensions.map((_, index) => index + 3)]))}\n`;
}

function formatScore(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : value.toFixed(2);
}

/** Pads columns to equal display width (CJK characters are two columns wide); numbers align right. */
export function alignTable(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, index) => {
          const padding = ' '.repeat((widths[index] ?? 0) - displayWidth(cell));
          return rightAligned.has(index) ? padding + cell : cell + padding;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

function pick(text: LocalizedText, language: Language): string {
  return language === 'en' ? text.en : text.zh;
}
