// @vitest-environment node
/**
 * The production Content-Security-Policy has no 'unsafe-eval' (scripts/contentSecurityPolicy.ts):
 * code that turns strings into code would be blocked at run time, and it is the classic way an
 * imported text becomes script. This keeps it out of the source; tests/e2e/csp.test.ts checks the
 * running app, libraries included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SOURCE_FILE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Ways to evaluate a string as code, each with what it is called in a failure message. */
const STRING_TO_CODE: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\w$.])eval\s*\(/g, 'eval('],
  [/\bnew\s+Function\s*\(/g, 'new Function('],
  [/(?<![\w$.]|\bnew\s+)Function\s*\(/g, 'Function('],
  [/\b(?:setTimeout|setInterval)\s*\(\s*['"`]/g, 'setTimeout/setInterval with a string'],
  [/\bimportScripts\s*\(/g, 'importScripts('],
];

interface Finding {
  file: string;
  line: number;
  what: string;
}

function stripComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

function findStringToCode(file: string, text: string): Finding[] {
  const code = stripComments(text);
  return STRING_TO_CODE.flatMap(([pattern, what]) =>
    [...code.matchAll(pattern)].map((match) => ({
      file,
      line: code.slice(0, match.index).split('\n').length,
      what,
    })),
  );
}

function sourceFiles(dir: string): { file: string; text: string }[] {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  return readdirSync(`${root}${dir}`, { recursive: true, encoding: 'utf8' })
    .map((name) => `${dir}/${name.split('\\').join('/')}`)
    .filter((file) => SOURCE_FILE.test(file))
    .sort()
    .map((file) => ({ file, text: readFileSync(`${root}${file}`, 'utf8') }));
}

describe('no string-to-code evaluation', () => {
  it('finds none in src/', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(({ file, text }) => findStringToCode(file, text))).toEqual([]);
  });

  it.each([
    ['eval("1 + 1")', 'eval('],
    ['const f = new Function("a", "return a");', 'new Function('],
    ['const f = Function("return this")();', 'Function('],
    ["setTimeout('tick()', 10);", 'setTimeout/setInterval with a string'],
    ['importScripts("x.js");', 'importScripts('],
  ])('catches %s', (code, what) => {
    expect(findStringToCode('example.ts', `const a = 1;\n${code}`)).toEqual([
      { file: 'example.ts', line: 2, what },
    ]);
  });

  it.each([
    '// zod probes new Function( for its JIT',
    'const retrieval = 1; medieval(2); x.eval(3);',
    'setTimeout(() => tick(), 10);',
    'type F = Function;',
  ])('leaves alone %s', (code) => {
    expect(findStringToCode('example.ts', code)).toEqual([]);
  });
});
