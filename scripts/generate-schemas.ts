/**
 * `npm run schemas`: writes public/schema/scorecard.v1.schema.json from the zod schema in
 * src/formats/scorecardSchema.ts. A unit test (tests/unit/scorecardJsonSchema.test.ts) fails when the
 * committed file differs from what this would write, so run it after changing the schema.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scorecardJsonSchemaText } from '../src/formats/scorecardSchema';

const target = fileURLToPath(new URL('../public/schema/scorecard.v1.schema.json', import.meta.url));
writeFileSync(target, scorecardJsonSchemaText(), 'utf8');
console.log(`wrote ${target}`);
