/**
 * `npm run gen -- --zones 1000 --indicators 100 [--seed N] [--out file]`: writes a synthetic data
 * bundle (DESIGN §5 format) for scale tests and demos; import it on the data screen. Same
 * arguments, same bytes. Every name and the title say the data is synthetic.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serialiseSyntheticBundle } from './syntheticData';

const USAGE = 'usage: npm run gen -- --zones 1000 --indicators 100 [--seed N] [--out file]';

function positiveInteger(name: string, text: string | undefined, fallback?: number): number {
  if (text === undefined) {
    if (fallback !== undefined) return fallback;
    throw new Error(`--${name} is required\n${USAGE}`);
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number ≥ 1, got "${text}"`);
  return value;
}

try {
  const { values } = parseArgs({
    options: {
      zones: { type: 'string' },
      indicators: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const zones = positiveInteger('zones', values.zones);
  const indicators = positiveInteger('indicators', values.indicators);
  const seed = positiveInteger('seed', values.seed, 1);
  const out = values.out ?? `synthetic-${zones}x${indicators}-seed${seed}.json`;
  const text = serialiseSyntheticBundle({ zones, indicators, seed });
  writeFileSync(out, text);
  console.log(
    `wrote ${out}: ${zones} zones × ${indicators} indicators, seed ${seed}, ${(text.length / 1e6).toFixed(1)} MB`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
