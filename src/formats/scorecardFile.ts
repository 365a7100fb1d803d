/**
 * The scorecard file of DESIGN §5: `{ "format": "leitai-arena-scorecard", "version": 1, "scorecard": … }`.
 *
 * Import is strict and explains itself: every problem is reported with its JSON path
 * (`$.scorecard.root.children[2].weight`), the file name and a Chinese and an English message;
 * nothing from the file is used until all of it is valid. A bare Scorecard object (as found in a
 * bundle's `scorecards` array) is accepted too and read as version 1, so a scorecard can be copied
 * out of a bundle by hand; export always writes the envelope.
 */
import type { z } from 'zod';
import { type Language, type MessageKey, translate } from '../i18n/messages';
import type { LocalizedText, Scorecard } from '../scoring/model';
import { BUNDLE_FORMAT } from './bundle';
import { parseJsonText } from './jsonText';
import { SCORECARD_FILE_FORMAT, SCORECARD_FILE_MAX_BYTES, SCORECARD_FILE_VERSION } from './scorecardExport';
import { SCORECARD_RULE_CODES, scorecardSchema } from './scorecardSchema';

// Writing lives in the zod-free scorecardExport.ts, so the app can export without loading zod;
// these are re-exported so this module is the one place for the whole file format.
export { bakeWeights, SCORECARD_FILE_MAX_BYTES, serialiseScorecardFile } from './scorecardExport';

/** More issues than this are summarised: past a point the file is simply something else. */
const MAX_REPORTED_ISSUES = 50;

export interface ScorecardFileIssue {
  fileName: string;
  /** JSON path of the offending value (`$` for the whole file), RFC 9535 style. */
  path: string;
  message: LocalizedText;
  /** 1-based position of a JSON syntax error. */
  line?: number;
  column?: number;
}

export type ScorecardFileResult =
  | { ok: true; value: Scorecard }
  | { ok: false; issues: ScorecardFileIssue[] };

type PathSegment = string | number;

/** An issue before it is worded: a message key and its parameters, per language. */
interface PendingIssue {
  path: readonly PathSegment[];
  key: MessageKey;
  params?: (language: Language) => Record<string, string | number>;
  line?: number;
  column?: number;
}

const ENVELOPE_KEYS = ['format', 'version', 'scorecard'] as const;

/** Reads a scorecard file; see the module comment for what is accepted. Pure: no I/O. */
export function parseScorecardFile(text: string, fileName: string): ScorecardFileResult {
  const result = readScorecardFile(text);
  if (result.ok) return result;
  return { ok: false, issues: wordIssues(result.issues, fileName) };
}

/**
 * The result for a file known (from its size) to be over the limit, without reading it: the app
 * checks `File.size` first so a stray video is never loaded into memory.
 */
export function rejectOversizedScorecardFile(
  fileName: string,
  bytes: number,
): { ok: false; issues: ScorecardFileIssue[] } {
  return { ok: false, issues: wordIssues(tooLarge(bytes).issues, fileName) };
}

function tooLarge(bytes: number): { ok: false; issues: PendingIssue[] } {
  return fail([], 'scorecardFile.tooLarge', () => ({
    size: formatBytes(bytes),
    limit: formatBytes(SCORECARD_FILE_MAX_BYTES),
  }));
}

function readScorecardFile(
  text: string,
): { ok: true; value: Scorecard } | { ok: false; issues: PendingIssue[] } {
  const bytes = utf8Length(text);
  if (bytes > SCORECARD_FILE_MAX_BYTES) return tooLarge(bytes);
  if (text.trim() === '' || text.trim() === '\uFEFF') return fail([], 'scorecardFile.empty');
  const json = parseJsonText(text);
  if (!json.ok) {
    const { line, column, found } = json.error;
    return {
      ok: false,
      issues: [
        found === null
          ? { path: [], key: 'scorecardFile.jsonSyntaxEnd', params: () => ({ line, column }), line, column }
          : {
              path: [],
              key: 'scorecardFile.jsonSyntax',
              params: () => ({ line, column, found }),
              line,
              column,
            },
      ],
    };
  }
  const envelope = readEnvelope(json.value);
  if (!envelope.ok) return envelope;
  const parsed = scorecardSchema.safeParse(envelope.scorecard);
  const issues = [
    ...envelope.issues,
    ...(parsed.success ? [] : zodIssues(parsed.error.issues, envelope.base, envelope.scorecard)),
  ];
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}

type Envelope =
  | { ok: true; scorecard: unknown; base: PathSegment[]; issues: PendingIssue[] }
  | { ok: false; issues: PendingIssue[] };

function readEnvelope(value: unknown): Envelope {
  if (!isRecord(value)) {
    return fail([], 'scorecardFile.notObject', (language) => ({ found: describeValue(value, language) }));
  }
  if (!('format' in value)) {
    if ('root' in value) return { ok: true, scorecard: value, base: [], issues: [] };
    return fail([], 'scorecardFile.notScorecard', () => ({ format: SCORECARD_FILE_FORMAT }));
  }
  if (value.format === BUNDLE_FORMAT) {
    return fail(['format'], 'scorecardFile.isBundle', () => ({ format: BUNDLE_FORMAT }));
  }
  if (value.format !== SCORECARD_FILE_FORMAT) {
    return fail(['format'], 'scorecardFile.wrongFormat', (language) => ({
      expected: SCORECARD_FILE_FORMAT,
      found: describeValue(value.format, language),
    }));
  }
  const issues: PendingIssue[] = Object.keys(value)
    .filter((key) => !(ENVELOPE_KEYS as readonly string[]).includes(key))
    .map((key) => ({ path: [key], key: 'scorecardFile.unknownKey', params: () => ({ key }) }));
  if (!('scorecard' in value)) {
    return { ok: false, issues: [...issues, missingIssue(['scorecard'])] };
  }
  const migrated = migrateScorecardFile({ version: value.version, scorecard: value.scorecard });
  if (!migrated.ok) return { ok: false, issues: [...issues, migrated.issue] };
  return { ok: true, scorecard: migrated.scorecard, base: ['scorecard'], issues };
}

/** One step per old version: `MIGRATIONS[n]` turns a version-n scorecard into version n + 1. */
const MIGRATIONS: Readonly<Record<number, (scorecard: unknown) => unknown>> = {};

/**
 * Brings an older file's scorecard up to the current version. Only version 1 exists, so this is
 * the hook a version 2 will fill in; it already rejects versions it cannot read.
 */
export function migrateScorecardFile(file: {
  version: unknown;
  scorecard: unknown;
}): { ok: true; scorecard: unknown } | { ok: false; issue: PendingIssue } {
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const issue: PendingIssue =
      version === undefined
        ? missingIssue(['version'])
        : {
            path: ['version'],
            key: 'scorecardFile.badVersion',
            params: (language) => ({ found: describeValue(version, language) }),
          };
    return { ok: false, issue };
  }
  if (version > SCORECARD_FILE_VERSION) {
    return {
      ok: false,
      issue: {
        path: ['version'],
        key: 'scorecardFile.newerVersion',
        params: () => ({ version, latest: SCORECARD_FILE_VERSION }),
      },
    };
  }
  let scorecard = file.scorecard;
  for (let step = version; step < SCORECARD_FILE_VERSION; step++) {
    const migrate = MIGRATIONS[step];
    if (migrate === undefined) throw new Error(`no migration from scorecard file version ${step}`);
    scorecard = migrate(scorecard);
  }
  return { ok: true, scorecard };
}

/** Turns zod's issues into ours, worded without zod's English or its type names. */
function zodIssues(
  issues: readonly z.core.$ZodIssue[],
  base: readonly PathSegment[],
  root: unknown,
): PendingIssue[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path.map(toSegment)];
    const value = valueAt(root, issue.path.map(toSegment));
    switch (issue.code) {
      case 'invalid_union':
        // A discriminated union whose discriminator matched no option lists the options it knows.
        if (issue.errors.length === 0) return [oneOfIssue(path, unionOptions(issue), value)];
        return zodIssues(pickUnionBranch(issue.errors, value), path, value);
      case 'invalid_type':
        return [typeIssue(path, issue.expected, value)];
      case 'invalid_value':
        return [oneOfIssue(path, issue.values, value)];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: [...path, key],
          key: 'scorecardFile.unknownKey' as const,
          params: () => ({ key }),
        }));
      case 'too_small':
        return [boundIssue(path, 'min', issue.origin, Number(issue.minimum), issue.inclusive ?? true, value)];
      case 'too_big':
        return [boundIssue(path, 'max', issue.origin, Number(issue.maximum), issue.inclusive ?? true, value)];
      case 'custom':
        return [ruleIssue(path, issue.params, root, issue.path.map(toSegment))];
      default:
        return [{ path, key: 'scorecardFile.invalid' as const }];
    }
  });
}

function unionOptions(issue: z.core.$ZodIssueInvalidUnion): unknown[] {
  return 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
}

/**
 * A union (the scorecard node: leaf or group) failed every branch. The branch whose keys fit the
 * value best is the one the author meant; report only its problems.
 */
function pickUnionBranch(
  branches: readonly (readonly z.core.$ZodIssue[])[],
  value: unknown,
): z.core.$ZodIssue[] {
  const misfit = (issues: readonly z.core.$ZodIssue[]) =>
    issues.reduce((count, issue) => {
      if (issue.path.length === 0 && issue.code === 'unrecognized_keys') return count + issue.keys.length;
      if (issue.path.length === 1 && valueAt(value, issue.path.map(toSegment)) === undefined)
        return count + 1;
      return count;
    }, 0);
  let best = branches[0] ?? [];
  for (const branch of branches) {
    const better =
      misfit(branch) < misfit(best) || (misfit(branch) === misfit(best) && branch.length < best.length);
    if (better) best = branch;
  }
  return [...best];
}

function typeIssue(path: PathSegment[], expected: string, value: unknown): PendingIssue {
  if (value === undefined) return missingIssue(path);
  if (expected === 'int' || expected === 'integer') {
    return {
      path,
      key: 'scorecardFile.integer',
      params: (language) => ({ found: describeValue(value, language) }),
    };
  }
  if (expected === 'number' && typeof value === 'number') {
    return {
      path,
      key: 'scorecardFile.notFinite',
      params: (language) => ({ found: describeValue(value, language) }),
    };
  }
  return {
    path,
    key: 'scorecardFile.type',
    params: (language) => ({ expected: typeName(expected, language), found: describeValue(value, language) }),
  };
}

function oneOfIssue(path: PathSegment[], options: readonly unknown[], value: unknown): PendingIssue {
  if (value === undefined) return missingIssue(path);
  return {
    path,
    key: 'scorecardFile.oneOf',
    params: (language) => ({
      options: options.map((option) => JSON.stringify(option)).join(', '),
      found: describeValue(value, language),
    }),
  };
}

function boundIssue(
  path: PathSegment[],
  side: 'min' | 'max',
  origin: string,
  bound: number,
  isInclusive: boolean,
  value: unknown,
): PendingIssue {
  if (origin === 'string' && side === 'min' && bound <= 1) return { path, key: 'scorecardFile.emptyText' };
  const key: MessageKey =
    side === 'min'
      ? isInclusive
        ? 'scorecardFile.min'
        : 'scorecardFile.minExclusive'
      : isInclusive
        ? 'scorecardFile.max'
        : 'scorecardFile.maxExclusive';
  return { path, key, params: (language) => ({ bound, found: describeValue(value, language) }) };
}

function ruleIssue(
  path: PathSegment[],
  params: Record<string, unknown> | undefined,
  root: unknown,
  relativePath: PathSegment[],
): PendingIssue {
  const code = SCORECARD_RULE_CODES.find((candidate) => candidate === params?.code);
  const id = String(params?.id ?? '');
  switch (code) {
    case 'duplicate-node-id': {
      const first = Array.isArray(params?.first) ? params.first.map(toSegment) : [];
      const base = path.slice(0, path.length - relativePath.length);
      return {
        path,
        key: 'scorecardFile.duplicateNodeId',
        params: () => ({ id, first: jsonPath([...base, ...first]) }),
      };
    }
    case 'duplicate-veto-id':
      return { path, key: 'scorecardFile.duplicateVetoId', params: () => ({ id }) };
    case 'unknown-tie-break-node':
      return { path, key: 'scorecardFile.unknownTieBreak', params: () => ({ id }) };
    case 'goalposts-order':
    case 'winsorise-order': {
      const owner = valueAt(root, relativePath.slice(0, -1));
      const [low, high] = code === 'goalposts-order' ? ['lo', 'hi'] : ['lower', 'upper'];
      return {
        path,
        key: code === 'goalposts-order' ? 'scorecardFile.goalpostsOrder' : 'scorecardFile.winsoriseOrder',
        params: (language) => ({
          low: describeValue(isRecord(owner) ? owner[low] : undefined, language),
          high: describeValue(isRecord(owner) ? owner[high] : undefined, language),
        }),
      };
    }
    default:
      return { path, key: 'scorecardFile.invalid' };
  }
}

function missingIssue(path: readonly PathSegment[]): PendingIssue {
  const last = path[path.length - 1];
  return { path, key: 'scorecardFile.missing', params: () => ({ key: String(last ?? '') }) };
}

function fail(
  path: PathSegment[],
  key: MessageKey,
  params?: PendingIssue['params'],
): { ok: false; issues: PendingIssue[] } {
  return { ok: false, issues: [params ? { path, key, params } : { path, key }] };
}

function wordIssues(pending: readonly PendingIssue[], fileName: string): ScorecardFileIssue[] {
  const shown = pending.length > MAX_REPORTED_ISSUES ? pending.slice(0, MAX_REPORTED_ISSUES - 1) : pending;
  const issues = shown.map((issue) => {
    const worded: ScorecardFileIssue = {
      fileName,
      path: jsonPath(issue.path),
      message: {
        zh: translate('zh-CN', issue.key, issue.params?.('zh-CN')),
        en: translate('en', issue.key, issue.params?.('en')),
      },
    };
    if (issue.line !== undefined) worded.line = issue.line;
    if (issue.column !== undefined) worded.column = issue.column;
    return worded;
  });
  if (shown.length < pending.length) {
    const count = pending.length - shown.length;
    issues.push({
      fileName,
      path: '$',
      message: {
        zh: translate('zh-CN', 'scorecardFile.moreIssues', { count }),
        en: translate('en', 'scorecardFile.moreIssues', { count }),
      },
    });
  }
  return issues;
}

const SHORTHAND_NAME = /^[A-Za-z_\u0080-\uFFFF][\w\u0080-\uFFFF]*$/;

/** `['scorecard', 'root', 'children', 2, 'weight']` → `$.scorecard.root.children[2].weight` (RFC 9535). */
export function jsonPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    if (SHORTHAND_NAME.test(segment)) return `${text}.${segment}`;
    return `${text}['${segment.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  }, '$');
}

function toSegment(segment: PropertyKey): PathSegment {
  return typeof segment === 'number' ? segment : String(segment);
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value) && typeof segment === 'string' && Object.hasOwn(value, segment))
      value = value[segment];
    else return undefined;
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TYPE_NAMES: Record<string, MessageKey> = {
  number: 'scorecardFile.typeNumber',
  string: 'scorecardFile.typeText',
  boolean: 'scorecardFile.typeBoolean',
  object: 'scorecardFile.typeObject',
  array: 'scorecardFile.typeList',
  null: 'scorecardFile.typeNull',
};

function typeName(type: string, language: Language): string {
  const key = TYPE_NAMES[type];
  return key === undefined ? type : translate(language, key);
}

/** A short, plain-text description of a value from the file, for messages. */
function describeValue(value: unknown, language: Language): string {
  if (value === undefined) return translate(language, 'scorecardFile.typeNothing');
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return typeName(Array.isArray(value) ? 'array' : 'object', language);
}

/** UTF-8 size of the text, counted without allocating (the file itself may be large). */
function utf8Length(text: string): number {
  if (text.length * 3 <= SCORECARD_FILE_MAX_BYTES) return text.length;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
