/**
 * Fails when the JavaScript a first visit loads exceeds DESIGN §7's budget (300 KB gzip).
 * "Initial" means the entry script of dist/index.html, every chunk it lists as modulepreload, and
 * — in case a preload link is ever missing — every chunk those import statically (followed
 * through the code itself). Lazily imported chunks (`import()`) are reported but not counted.
 * The initial CSS is reported separately (DESIGN §7 sets no CSS budget).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// kB as Vite prints them (1,000 bytes), the stricter reading of the budget.
const BUDGET_BYTES = 300_000;
const dist = path.resolve(import.meta.dirname, '../dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const listed = (extension: 'js' | 'css') =>
  [
    ...html.matchAll(
      new RegExp(`<(?:script|link)[^>]+(?:src|href)="\\.?/?(assets/[^"]+\\.${extension})"`, 'g'),
    ),
  ].map((match) => match[1] as string);

/** `import"./x.js"` and `from"./x.js"` (static), not `import("./x.js")` (lazy). */
function staticImports(file: string): string[] {
  const code = readFileSync(path.join(dist, file), 'utf8');
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)].map((match) =>
    path.posix.join(path.posix.dirname(file), match[1] as string),
  );
}

const initial = listed('js');
if (initial.length === 0) throw new Error('no script found in dist/index.html');
for (let index = 0; index < initial.length; index++) {
  for (const imported of staticImports(initial[index] as string)) {
    if (!initial.includes(imported)) {
      console.warn(`note: ${imported} is imported statically by ${initial[index]} but not preloaded`);
      initial.push(imported);
    }
  }
}

const gzipSize = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

let total = 0;
for (const file of initial) {
  const size = gzipSize(file);
  total += size;
  console.log(`initial  ${kb(size).padStart(10)}  ${file}`);
}
let css = 0;
for (const file of listed('css')) {
  const size = gzipSize(file);
  css += size;
  console.log(`css      ${kb(size).padStart(10)}  ${file}`);
}
for (const file of readdirSync(path.join(dist, 'assets'))) {
  const relative = `assets/${file}`;
  if (file.endsWith('.js') && !initial.includes(relative))
    console.log(`lazy     ${kb(gzipSize(relative)).padStart(10)}  ${relative}`);
}
console.log(`initial CSS: ${kb(css)} gzip (no budget; reported)`);
console.log(`initial JavaScript: ${kb(total)} gzip (budget ${kb(BUDGET_BYTES)})`);
if (total > BUDGET_BYTES) {
  console.error(
    `initial JavaScript is over budget by ${kb(total - BUDGET_BYTES)}: load more of it on demand`,
  );
  process.exit(1);
}
