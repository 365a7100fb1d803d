/**
 * zod schemas for the Scorecard of `src/scoring/model.ts` (DESIGN §3, §5 "Scorecard JSON").
 * They mirror the type exactly — `ScorecardSchemaMatchesModel` below fails to compile when the
 * two drift apart — and add the rules a type cannot say: weights ≥ 0, ids non-empty and unique
 * in the tree, goalposts lo < hi, tie-break ids that exist. `public/schema/scorecard.v1.schema.json`
 * is generated from here (`npm run schemas`).
 */
import { z } from 'zod';
import type { Scorecard, ScorecardNode } from '../scoring/model';
import { SCORECARD_FILE_FORMAT, SCORECARD_FILE_VERSION } from './scorecardExport';

// No eval: zod 4 otherwise probes `new Function` for its JIT object parser, which the app's
// Content-Security-Policy (no 'unsafe-eval') reports as a violation even though zod catches it.
// Set here, in the only module that loads zod at run time, before any schema parses.
z.config({ jitless: true });

/** Machine codes of the rules checked beyond the shape; `scorecardFile.ts` words them. */
export const SCORECARD_RULE_CODES = [
  'duplicate-node-id',
  'duplicate-veto-id',
  'unknown-tie-break-node',
  'goalposts-order',
  'winsorise-order',
] as const;
export type ScorecardRuleCode = (typeof SCORECARD_RULE_CODES)[number];

const idSchema = z.string().min(1).meta({ description: 'An identifier: non-empty text.' });

const localizedTextSchema = z
  .strictObject({
    zh: z.string().meta({ description: 'Simplified Chinese.' }),
    en: z.string().meta({ description: 'English.' }),
  })
  .meta({ id: 'LocalizedText', description: 'A text in Chinese and English.' });

const weightSchema = z
  .number()
  .min(0)
  .meta({ description: 'Raw weight ≥ 0; weights are normalised among siblings.' });

const normalisationSchema = z
  .discriminatedUnion('method', [
    z.strictObject({ method: z.literal('minmax') }).meta({ description: '100·(x − min)/(max − min).' }),
    z
      .strictObject({
        method: z.literal('goalposts'),
        lo: z.number().meta({ description: 'Value that scores 0 (logged too under a log treatment).' }),
        hi: z.number().meta({ description: 'Value that scores 100; must be greater than lo.' }),
      })
      .refine((value) => value.lo < value.hi, {
        path: ['hi'],
        params: { code: 'goalposts-order' satisfies ScorecardRuleCode },
      })
      .meta({ description: 'Fixed goalposts, clipped to [0, 100] (HDI-style).' }),
    z
      .strictObject({
        method: z.literal('target'),
        cap: z.number().gt(0).optional().meta({ description: 'Upper bound of x / target (default 1.2).' }),
      })
      .meta({ description: '100·min(x / target, cap).' }),
    z.strictObject({ method: z.literal('distance-to-leader') }).meta({ description: '100·x / max.' }),
    z.strictObject({ method: z.literal('zscore') }).meta({ description: '50 + 10·z.' }),
    z.strictObject({ method: z.literal('rank') }).meta({ description: 'Borda-like rank score.' }),
    z.strictObject({ method: z.literal('percentile-rank') }).meta({ description: 'Percentile rank.' }),
    z
      .strictObject({ method: z.literal('none') })
      .meta({ description: 'The value already is a 0–100 score (e.g. jury).' }),
  ])
  .meta({ id: 'Normalisation', description: 'How a value becomes a 0–100 score (DESIGN §3 step 3).' });

const targetPeriodIdSchema = idSchema
  .optional()
  .meta({ description: 'Period of the target; default: the period that contains the scored period.' });

const valueSelectionSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('fact') }).meta({ description: 'The fact for the scored period.' }),
    z
      .strictObject({ kind: z.literal('target-completion'), targetPeriodId: targetPeriodIdSchema })
      .meta({ description: 'actual ÷ target.' }),
    z
      .strictObject({ kind: z.literal('time-pace'), targetPeriodId: targetPeriodIdSchema })
      .meta({ description: '序时进度: completion ÷ elapsed share of the target period at the as-of date.' }),
    z
      .strictObject({ kind: z.literal('growth') })
      .meta({ description: 'This period ÷ the same period one year earlier − 1.' }),
  ])
  .meta({ id: 'ValueSelection', description: 'How a leaf’s raw value is chosen (DESIGN §3 step 1).' });

const shareSchema = z.number().min(0).max(1);

const treatmentSchema = z
  .strictObject({
    log: z.boolean().optional().meta({ description: 'Natural log; values ≤ 0 become missing.' }),
    winsorise: z
      .strictObject({
        lower: shareSchema.meta({ description: 'Lower quantile, 0–1.' }),
        upper: shareSchema.meta({ description: 'Upper quantile, 0–1; greater than lower.' }),
      })
      .refine((value) => value.lower < value.upper, {
        path: ['upper'],
        params: { code: 'winsorise-order' satisfies ScorecardRuleCode },
      })
      .optional()
      .meta({ description: 'Clip to these quantiles of the scored entities’ values.' }),
  })
  .meta({ id: 'Treatment', description: 'Optional treatment before normalising (DESIGN §3 step 2).' });

const juryCombinationSchema = z
  .discriminatedUnion('method', [
    z.strictObject({ method: z.literal('mean') }).meta({ description: 'Mean of all scores.' }),
    z.strictObject({ method: z.literal('median') }).meta({ description: 'Median of the scores.' }),
    z
      .strictObject({
        method: z.literal('trimmed-mean'),
        trim: z
          .int()
          .min(0)
          .meta({ description: 'Scores dropped from each end (去掉最高分和最低分各几个).' }),
      })
      .meta({ description: 'Mean after dropping the highest and lowest scores.' }),
  ])
  .meta({
    id: 'JuryCombination',
    description: 'How judges’ scores are combined per zone (DESIGN §3 step 4).',
  });

const indicatorNodeSchema = z
  .strictObject({
    id: idSchema.meta({ description: 'Node id, unique within the scorecard.' }),
    name: localizedTextSchema,
    weight: weightSchema,
    indicatorId: idSchema.meta({ description: 'Id of the indicator scored.' }),
    value: valueSelectionSchema.optional(),
    treatment: treatmentSchema.optional(),
    normalisation: normalisationSchema,
    jury: juryCombinationSchema.optional(),
  })
  .meta({ id: 'IndicatorNode', description: 'A leaf of the scorecard tree: scores one indicator.' });

const groupNodeSchema = z
  .strictObject({
    id: idSchema.meta({ description: 'Node id, unique within the scorecard.' }),
    name: localizedTextSchema,
    weight: weightSchema,
    aggregation: z
      .enum(['arithmetic', 'geometric'])
      .meta({ description: 'Weighted arithmetic (compensatory) or geometric (non-compensatory) mean.' }),
    geometricFloor: z
      .number()
      .min(0)
      .optional()
      .meta({ description: 'Geometric only: child scores below this are raised to it first (default 1).' }),
    // A getter lets the node tree refer to itself; the annotation breaks the inference cycle.
    get children(): z.ZodArray<z.ZodType<ScorecardNode, ScorecardNode>> {
      return z.array(scorecardNodeSchema).meta({ description: 'Child groups or indicator leaves.' });
    },
  })
  .meta({ id: 'GroupNode', description: 'An inner node of the scorecard tree: aggregates its children.' });

/** A group is recognised by its `children`; anything else is read as an indicator leaf. */
const scorecardNodeSchema: z.ZodType<ScorecardNode, ScorecardNode> = z
  .union([indicatorNodeSchema, groupNodeSchema])
  .meta({ id: 'ScorecardNode', description: 'A node of the scorecard tree: an indicator leaf or a group.' });

const vetoRuleSchema = z
  .strictObject({
    id: idSchema.meta({ description: 'Rule id, unique within the scorecard.' }),
    indicatorId: idSchema.meta({ description: 'Indicator whose fact is tested.' }),
    when: z.strictObject({
      op: z.enum(['<', '<=', '>', '>=', '==', '!=']),
      value: z.number(),
    }),
    reason: localizedTextSchema,
  })
  .meta({ id: 'VetoRule', description: '一票否决: an entity whose fact satisfies `when` is vetoed.' });

const coefficientSchema = z.number().min(0);
const pointsCapSchema = z.number().min(0);

const scorecardObjectSchema = z.strictObject({
  id: idSchema.meta({ description: 'Scorecard id.' }),
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  revision: z.int().min(0).meta({ description: 'Incremented on every saved change.' }),
  periodId: idSchema.meta({ description: 'Id of the period scored.' }),
  root: groupNodeSchema,
  missing: z
    .strictObject({
      policy: z.enum(['skip', 'zero', 'mean']).meta({ description: 'What a missing value counts as.' }),
      minCoverage: shareSchema.meta({ description: 'Share of weight (0–1) an entity must cover.' }),
    })
    .meta({ description: 'Missing-data rules (DESIGN §3 step 6).' }),
  coefficients: z
    .strictObject({
      byCategory: z.record(z.string(), coefficientSchema).optional(),
      byZone: z.record(z.string(), coefficientSchema).optional(),
    })
    .optional()
    .meta({ description: '系数: total = coefficient × aggregate + points; a zone’s own wins.' }),
  points: z
    .strictObject({
      bonusCap: pointsCapSchema.optional(),
      deductionCap: pointsCapSchema.optional(),
    })
    .optional()
    .meta({ description: '点数: caps on summed bonus and deduction points.' }),
  vetoes: z.array(vetoRuleSchema).optional(),
  vetoMode: z
    .enum(['rank-last', 'exclude'])
    .optional()
    .meta({ description: 'A vetoed entity ranks last (default) or is left unranked.' }),
  ranking: z
    .strictObject({
      precision: z
        .int()
        .min(0)
        .max(6)
        .optional()
        .meta({ description: 'Rank on totals rounded to this many decimals.' }),
      tieBreak: z.array(idSchema).optional().meta({ description: 'Node ids that break ties in turn.' }),
    })
    .optional(),
});

/** A scorecard: the shape, plus the cross-field rules checked after it. */
export const scorecardSchema = scorecardObjectSchema
  .superRefine((scorecard, context) => {
    for (const issue of findScorecardRuleIssues(scorecard)) context.addIssue(issue);
  })
  .meta({ id: 'Scorecard', description: 'A named, versioned scoring configuration (DESIGN §3).' });

/** The versioned file of DESIGN §5: `{ format, version, scorecard }`. */
export const scorecardFileSchema = z.strictObject({
  format: z.literal(SCORECARD_FILE_FORMAT).meta({ description: 'Marks the file as an arena scorecard.' }),
  version: z
    .literal(SCORECARD_FILE_VERSION)
    .meta({ description: 'File format version; older versions are migrated on import.' }),
  scorecard: scorecardSchema,
});

/** A type alias, not an interface: zod's addIssue takes an object type with an index signature. */
type RuleIssue = {
  code: 'custom';
  path: (string | number)[];
  message: string;
  params: ScorecardRuleParams;
};

/** What a rule issue carries in zod's `params`: the rule, the offending id, and where it was first used. */
export interface ScorecardRuleParams {
  code: ScorecardRuleCode;
  id: string;
  /** For duplicate node ids: the path (relative to the scorecard) of the first node with the id. */
  first?: (string | number)[];
}

/** Node ids unique across the tree, veto ids unique, tie-break ids present (each names the offender). */
function findScorecardRuleIssues(scorecard: z.output<typeof scorecardObjectSchema>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const firstPathById = new Map<string, (string | number)[]>();
  const visit = (node: ScorecardNode, path: (string | number)[]) => {
    const firstPath = firstPathById.get(node.id);
    if (firstPath === undefined) firstPathById.set(node.id, path);
    else issues.push(ruleIssue([...path, 'id'], 'duplicate-node-id', { id: node.id, first: [...firstPath] }));
    if ('children' in node) {
      node.children.forEach((child, index) => {
        visit(child, [...path, 'children', index]);
      });
    }
  };
  visit(scorecard.root, ['root']);

  const vetoIds = new Set<string>();
  scorecard.vetoes?.forEach((veto, index) => {
    if (vetoIds.has(veto.id))
      issues.push(ruleIssue(['vetoes', index, 'id'], 'duplicate-veto-id', { id: veto.id }));
    vetoIds.add(veto.id);
  });

  scorecard.ranking?.tieBreak?.forEach((nodeId, index) => {
    if (!firstPathById.has(nodeId)) {
      issues.push(ruleIssue(['ranking', 'tieBreak', index], 'unknown-tie-break-node', { id: nodeId }));
    }
  });
  return issues;
}

function ruleIssue(
  path: (string | number)[],
  code: ScorecardRuleCode,
  details: { id: string; first?: (string | number)[] },
): RuleIssue {
  const params: ScorecardRuleParams = details.first ? { code, ...details } : { code, id: details.id };
  return { code: 'custom', path, message: code, params };
}

/**
 * The JSON Schema (draft 2020-12) of the scorecard file, generated from the zod schema. The rules
 * checked in code (unique ids, lo < hi, tie-break ids) are named in the descriptions only.
 */
export function buildScorecardFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scorecardFileSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  });
  const schema: Record<string, unknown> = {
    $schema: generated.$schema,
    $id: `scorecard.v${SCORECARD_FILE_VERSION}.schema.json`,
    title: `擂台 Arena Scoreboard scorecard file, version ${SCORECARD_FILE_VERSION}`,
    description:
      'One scorecard (DESIGN §3, §5): the scoring tree, weights, normalisation and rules. Generated from ' +
      'src/formats/scorecardSchema.ts by `npm run schemas`; mirrors the TypeScript type Scorecard in ' +
      'src/scoring/model.ts. Checked in code beyond this schema: node ids are unique across the tree, veto ' +
      'ids are unique, goalposts have lo < hi, winsorise has lower < upper, and tie-break ids name nodes ' +
      'of the tree.',
  };
  for (const [key, value] of Object.entries(generated)) {
    if (!(key in schema) && value !== undefined) schema[key] = value;
  }
  return schema;
}

/** The committed text of public/schema/scorecard.v1.schema.json: 2-space JSON and a final newline. */
export function scorecardJsonSchemaText(): string {
  return `${JSON.stringify(buildScorecardFileJsonSchema(), null, 2)}\n`;
}

type IsAssignable<From, To> = [From] extends [To] ? true : false;
type Expect<T extends true> = T;

/** Compile-time proof that the schema and the model describe the same thing, both ways. */
export type ScorecardSchemaMatchesModel = [
  Expect<IsAssignable<z.output<typeof scorecardSchema>, Scorecard>>,
  Expect<IsAssignable<Scorecard, z.output<typeof scorecardSchema>>>,
  Expect<IsAssignable<z.input<typeof scorecardSchema>, Scorecard>>,
];
