/**
 * Fails when the JavaScript a first visit loads exceeds DESIGN §7's budget (300 KB gzip).
 * "Initial" means the entry script of dist/index.html and every chunk it imports statically
 * (what Vite lists as modulepreload); lazily imported chunks are reported but not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// kB as Vite prints them (1,000 bytes), the stricter reading of the budget.
const BUDGET_BYTES = 300_000;
const dist = path.resolve(import.meta.dirname, '../dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
  (match) => match[1] as string,
);
if (initial.length === 0) throw new Error('no script found in dist/index.html');

const gzipSize = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

let total = 0;
for (const file of initial) {
  const size = gzipSize(file);
  total += size;
  console.log(`initial  ${kb(size).padStart(10)}  ${file}`);
}
for (const file of readdirSync(path.join(dist, 'assets'))) {
  const relative = `assets/${file}`;
  if (file.endsWith('.js') && !initial.includes(relative))
    console.log(`lazy     ${kb(gzipSize(relative)).padStart(10)}  ${relative}`);
}
console.log(`initial JavaScript: ${kb(total)} gzip (budget ${kb(BUDGET_BYTES)})`);
if (total > BUDGET_BYTES) {
  console.error(
    `initial JavaScript is over budget by ${kb(total - BUDGET_BYTES)}: load more of it on demand`,
  );
  process.exit(1);
}
