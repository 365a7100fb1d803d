// @vitest-environment node
/**
 * Keeps the walls of STYLE.md "The shape of the house" standing whichever linter is used:
 * reads every source file under src/ and fails on an import that crosses a wall.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface SourceFile {
  /** Repository-relative, with forward slashes: `src/scoring/score.ts`. */
  path: string;
  text: string;
}

interface Violation {
  file: string;
  line: number;
  /** The import specifier or call that breaks the rule. */
  offence: string;
  rule: string;
}

interface ImportRef {
  specifier: string;
  line: number;
  /** Repository-relative path of a relative import; null for a package. */
  target: string | null;
}

const SOURCE_FILE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const TEST_FILE = /\.test\.(?:ts|tsx)$/;
const STATIC_IMPORT =
  /^[ \t]*(?:import|export)\s+(?:type\s+)?(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+|\*)?\s*from\s*(['"])([^'"\n]+)\1/gm;
const SIDE_EFFECT_IMPORT = /^[ \t]*import\s*(['"])([^'"\n]+)\1/gm;
const CALL_IMPORT = /\b(?:import|require)\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;
const PURE_CORE = ['src/scoring', 'src/formats'];
const PURE_FORBIDDEN_PACKAGES = [
  'react',
  'react-dom',
  'dexie',
  'dexie-react-hooks',
  'zustand',
  'echarts',
  '@tanstack',
];
const PURE_FORBIDDEN_AREAS = ['src/db', 'src/store', 'src/features', 'src/ui', 'src/app'];
const NONDETERMINISTIC_CALLS = [/\bDate\.now\s*\(/g, /\bMath\.random\s*\(/g];

/** Every rule of the house for one file; the whole check is a pure function so it can be tested. */
function findArchitectureViolations(files: readonly SourceFile[]): Violation[] {
  return files.flatMap((file) => {
    const code = stripComments(file.text);
    const importViolations = importsOf(file.path, code).flatMap((ref) =>
      importRules(file.path, ref).map((rule) => ({
        file: file.path,
        line: ref.line,
        offence: ref.specifier,
        rule,
      })),
    );
    return [...importViolations, ...nondeterminismViolations(file.path, code)];
  });
}

function importRules(file: string, ref: ImportRef): string[] {
  const rules: string[] = [];
  const { specifier, target } = ref;
  if (isUnderAny(file, PURE_CORE)) {
    if (PURE_FORBIDDEN_PACKAGES.some((name) => isPackage(specifier, name))) {
      rules.push('src/scoring and src/formats are pure: no react, dexie, zustand, echarts or @tanstack');
    }
    const area = target === null ? undefined : PURE_FORBIDDEN_AREAS.find((dir) => isUnder(target, dir));
    if (area !== undefined) rules.push(`src/scoring and src/formats are pure: they must not import ${area}`);
  }
  if (
    (isPackage(specifier, 'dexie') || isPackage(specifier, 'dexie-react-hooks')) &&
    !isUnder(file, 'src/db')
  ) {
    rules.push('only src/db may import dexie');
  }
  if (isPackage(specifier, 'zustand') && !isUnder(file, 'src/store'))
    rules.push('only src/store may import zustand');
  if (isPackage(specifier, 'echarts') && !isUnder(file, 'src/ui/chart'))
    rules.push('only src/ui/chart may import echarts');
  if (target !== null) rules.push(...localImportRules(file, target));
  return rules;
}

function localImportRules(file: string, target: string): string[] {
  const rules: string[] = [];
  if (isUnder(target, 'src/app') && !isUnder(file, 'src/app') && file !== 'src/main.tsx') {
    rules.push('nothing imports src/app except src/main.tsx');
  }
  const fromFeature = featureOf(file);
  const toFeature = featureOf(target);
  if (fromFeature !== null && toFeature !== null && fromFeature !== toFeature) {
    rules.push(
      `features must not import each other (${fromFeature} → ${toFeature}); compose them in src/app`,
    );
  }
  if (
    /(?:^|\/)testFixtures(?:\.tsx?)?$/.test(target) &&
    !TEST_FILE.test(file) &&
    !/testFixtures\.tsx?$/.test(file)
  ) {
    rules.push('testFixtures may only be imported by tests');
  }
  return rules;
}

function nondeterminismViolations(file: string, code: string): Violation[] {
  if (!isUnder(file, 'src/scoring')) return [];
  return NONDETERMINISTIC_CALLS.flatMap((pattern) =>
    [...code.matchAll(pattern)].map((match) => ({
      file,
      line: lineAt(code, match.index),
      offence: match[0].replace(/\s+/g, ''),
      rule: 'src/scoring is deterministic: pass the as-of date and a seeded PRNG in',
    })),
  );
}

function importsOf(file: string, code: string): ImportRef[] {
  return [STATIC_IMPORT, SIDE_EFFECT_IMPORT, CALL_IMPORT].flatMap((pattern) =>
    [...code.matchAll(pattern)].map((match) => {
      const specifier = match[2] ?? '';
      const line = lineAt(code, match.index + match[0].lastIndexOf(specifier));
      return { specifier, line, target: resolveLocal(file, specifier) };
    }),
  );
}

function resolveLocal(file: string, specifier: string): string | null {
  if (specifier.startsWith('/')) return posix.normalize(specifier.slice(1));
  if (!specifier.startsWith('.')) return null;
  return posix.normalize(posix.join(posix.dirname(file), specifier));
}

/** Blanks comments (keeping line breaks) so a comment that mentions an import is not one. */
function stripComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

function featureOf(path: string): string | null {
  return /^src\/features\/([^/]+)\//.exec(path)?.[1] ?? null;
}

function isPackage(specifier: string, name: string): boolean {
  return specifier === name || specifier.startsWith(`${name}/`);
}

function isUnder(path: string, dir: string): boolean {
  return path === dir || path.startsWith(`${dir}/`);
}

function isUnderAny(path: string, dirs: readonly string[]): boolean {
  return dirs.some((dir) => isUnder(path, dir));
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function formatViolation(violation: Violation): string {
  return `${violation.file}:${violation.line} ${violation.offence} — ${violation.rule}`;
}

function readSourceFiles(): SourceFile[] {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const names = readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' });
  return names
    .map((name) => `src/${name.split('\\').join('/')}`)
    .filter((path) => SOURCE_FILE.test(path))
    .sort()
    .map((path) => ({ path, text: readFileSync(`${root}${path}`, 'utf8') }));
}

describe('architecture', () => {
  it('keeps every import under src/ inside its walls', () => {
    const files = readSourceFiles();
    expect(files.map((file) => file.path)).toContain('src/scoring/score.ts');
    const violations = findArchitectureViolations(files).map(formatViolation);
    expect(violations, `forbidden imports:\n${violations.join('\n')}`).toEqual([]);
  });
});

describe('findArchitectureViolations', () => {
  function check(path: string, text: string): string[] {
    return findArchitectureViolations([{ path, text }]).map(formatViolation);
  }

  it('names the file, line and import that break a wall', () => {
    const text = "import { z } from './zone';\nimport { useState } from 'react';\n";
    expect(check('src/scoring/score.ts', text)).toEqual([
      'src/scoring/score.ts:2 react — src/scoring and src/formats are pure: no react, dexie, zustand, echarts or @tanstack',
    ]);
  });

  it.each([
    ['src/formats/csv.ts', "import { db } from '../db/database';", 'must not import src/db'],
    [
      'src/scoring/x.ts',
      "import type { Row } from '@tanstack/react-table';",
      'src/scoring and src/formats are pure',
    ],
    ['src/scoring/x.ts', "export { useStore } from '../store/session';", 'must not import src/store'],
    ['src/scoring/deep/x.ts', "import '../../ui/theme.css';", 'must not import src/ui'],
    [
      'src/features/zone/Card.tsx',
      "import { useLiveQuery } from 'dexie-react-hooks';",
      'only src/db may import dexie',
    ],
    ['src/app/App.tsx', "import Dexie from 'dexie';", 'only src/db may import dexie'],
    ['src/ui/Panel.tsx', "import { create } from 'zustand';", 'only src/store may import zustand'],
    [
      'src/ui/Bar.tsx',
      "const charts = await import('echarts/core');",
      'only src/ui/chart may import echarts',
    ],
    ['src/features/data/Page.tsx', "import { routes } from '../../app/routes';", 'nothing imports src/app'],
    [
      'src/features/data/Page.tsx',
      "import { Table } from '../leaderboard/Table';",
      'features must not import each other',
    ],
    [
      'src/lib/model.ts',
      "import { buildZone } from '../scoring/testFixtures';",
      'testFixtures may only be imported by tests',
    ],
    ['src/scoring/rank.ts', 'const seed = Math.random();', 'src/scoring is deterministic'],
    ['src/scoring/rank.ts', 'const now = Date.now ();', 'src/scoring is deterministic'],
  ])('flags %s: %s', (path, text, rule) => {
    const violations = check(path, text);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain(path);
    expect(violations[0]).toContain(rule);
  });

  it('reads an import spread over several lines', () => {
    const text = "import {\n  create,\n  type StoreApi,\n} from 'zustand';\n";
    expect(check('src/features/meeting/useTimer.ts', text)).toEqual([
      'src/features/meeting/useTimer.ts:4 zustand — only src/store may import zustand',
    ]);
  });

  it('allows what the walls allow', () => {
    const allowed: SourceFile[] = [
      { path: 'src/main.tsx', text: "import { App } from './app/App';" },
      { path: 'src/app/App.tsx', text: "import { Leaderboard } from '../features/leaderboard/Page';" },
      {
        path: 'src/db/database.ts',
        text: "import Dexie from 'dexie';\nimport type { Zone } from '../scoring/model';",
      },
      { path: 'src/store/session.ts', text: "import { create } from 'zustand';" },
      { path: 'src/ui/chart/echarts.ts', text: "import * as echarts from 'echarts/core';" },
      {
        path: 'src/features/zone/ZoneCard.tsx',
        text: "import { Card } from './Card';\nimport { Slider } from '../../ui/Slider';",
      },
      { path: 'src/scoring/score.test.ts', text: "import { buildZone } from './testFixtures';" },
      {
        path: 'src/scoring/rank.ts',
        text: "// never Date.now() here; import x from 'react'\n/* Math.random() */ export {};",
      },
    ];
    expect(findArchitectureViolations(allowed)).toEqual([]);
  });
});
