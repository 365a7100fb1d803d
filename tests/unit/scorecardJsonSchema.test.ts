// @vitest-environment node
/**
 * The published JSON Schema of the scorecard file (public/schema/scorecard.v1.schema.json) is
 * generated from the zod schema; this keeps the committed copy current and checks both against
 * the scorecards that ship with the app.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { assertBundleEnvelope, type Bundle } from '../../src/formats/bundle';
import { parseScorecardFile, serialiseScorecardFile } from '../../src/formats/scorecardFile';
import { scorecardJsonSchemaText } from '../../src/formats/scorecardSchema';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_PATH = 'public/schema/scorecard.v1.schema.json';

function readText(path: string): string {
  return readFileSync(`${root}${path}`, 'utf8');
}

function bundledData(): Bundle {
  return assertBundleEnvelope(
    JSON.parse(readText('data/qingdao-2023-arena.json')),
    'qingdao-2023-arena.json',
  );
}

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(JSON.parse(readText(SCHEMA_PATH)));
}

describe(SCHEMA_PATH, () => {
  it('is what `npm run schemas` generates from src/formats/scorecardSchema.ts', () => {
    expect(readText(SCHEMA_PATH), 'run `npm run schemas` and commit the result').toBe(
      scorecardJsonSchemaText(),
    );
  });

  it('accepts every bundled scorecard as exported, and the HDI fixture', () => {
    const validate = validator();
    const files = [
      ...bundledData().scorecards.map((scorecard) => serialiseScorecardFile(scorecard)),
      readText('tests/fixtures/hdi/hdi.scorecard.json'),
    ];
    for (const file of files) {
      const isValid = validate(JSON.parse(file));
      expect(validate.errors ?? [], file.slice(0, 200)).toEqual([]);
      expect(isValid).toBe(true);
    }
  });

  it('rejects what the parser rejects for shape: a negative weight and an unknown key', () => {
    const validate = validator();
    const [scorecard] = bundledData().scorecards;
    if (!scorecard) throw new Error('the bundle ships no scorecard');
    const file = JSON.parse(serialiseScorecardFile(scorecard));
    file.scorecard.root.children[0].weight = -1;
    file.scorecard.colour = 'red';
    expect(validate(file)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath).sort()).toEqual(
      expect.arrayContaining(['/scorecard', '/scorecard/root/children/0']),
    );
  });
});

describe('the bundled scorecards', () => {
  it.each(bundledData().scorecards.map((scorecard) => [scorecard.id, scorecard] as const))(
    '%s reads back unchanged through parseScorecardFile, in the file envelope',
    (_id, scorecard) => {
      const file = JSON.stringify({ format: 'leitai-arena-scorecard', version: 1, scorecard });
      expect(parseScorecardFile(file, `${scorecard.id}.json`)).toEqual({ ok: true, value: scorecard });
    },
  );
});
