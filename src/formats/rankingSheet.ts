/**
 * The ranking export's content, shared by the CSV and the XLSX writers (DESIGN §5 "Ranking
 * export"): a header block naming the scorecard, its revision, the period, the as-of date, the
 * weight of every dimension and — when sample values were used — a sample-data line, so the file
 * can never be separated from the rules that produced it (§4.6); then `rank, zone, total,
 * <dimensions…>, flags`, one row per entity in rank order.
 *
 * Cells are plain values: numbers stay numbers (each writer decides how to show them) and text is
 * raw — each writer neutralises it with `neutraliseFormula` (cellSafety.ts) as it writes.
 * Header labels and column heads are fixed English words (stable for scripts); names and flags are
 * in the chosen language.
 */
import { type Language, translate } from '../i18n/messages';
import type { Period, Scorecard, Zone } from '../scoring/model';
import type { EntityResult, Ranking } from '../scoring/types';

export interface RankingExportInput {
  ranking: Ranking;
  scorecard: Scorecard;
  /** To name the ranked entities; an entity without a zone is named by its id. */
  zones: readonly Zone[];
  period: Period | undefined;
  /** ISO date the data is as of; null when unknown. */
  asOf: string | null;
  /** Weight overrides in force (node id → raw weight), as passed to the engine. */
  weights?: Readonly<Record<string, number>>;
  language: Language;
  /** Decimals of totals and dimension scores where a writer shows scores as text; default 2. */
  digits?: number;
}

/** A cell: text, a number, or empty. */
export type SheetCell = string | number | null;

export interface RankingSheet {
  /** `# label, value…` rows describing what produced the ranking. */
  header: SheetCell[][];
  /** Column heads of the ranking table. */
  columns: string[];
  /** One row per entity in rank order, as wide as `columns`. */
  rows: SheetCell[][];
  /** Indices into `columns` of the score columns (total and dimensions). */
  scoreColumns: number[];
  digits: number;
}

export function buildRankingSheet(input: RankingExportInput): RankingSheet {
  const { ranking, scorecard, language } = input;
  const dimensions = scorecard.root.children;
  const weights = dimensions.map((node) => effectiveWeight(node.weight, input.weights?.[node.id]));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const zoneById = new Map(input.zones.map((zone) => [zone.id, zone]));
  const name = (text: { zh: string; en: string }) => (language === 'en' ? text.en : text.zh);
  const usesSampleData = ranking.entities.some((entity) => entity.usesSampleData);

  const header: SheetCell[][] = [
    ['# scorecard', name(scorecard.name), scorecard.id],
    ['# revision', ranking.revision],
    ['# period', input.period ? name(input.period.label) : ranking.periodId, ranking.periodId],
    ['# as-of', input.asOf ?? ''],
    ...dimensions.map((node, index) => {
      const weight = weights[index] ?? 0;
      const share = weightSum > 0 ? weight / weightSum : 1 / dimensions.length;
      return ['# weight', name(node.name), weight, `${(share * 100).toFixed(1)}%`];
    }),
    ...(usesSampleData ? [['# sample-data', translate(language, 'export.sampleWatermark')]] : []),
  ];
  const columns = ['rank', 'zone', 'total', ...dimensions.map((node) => name(node.name)), 'flags'];
  const rows = ranking.entities.map((entity) => {
    const zone = zoneById.get(entity.zoneId);
    return [
      entity.rank,
      zone ? name(zone.name) : entity.zoneId,
      finiteOrNull(entity.total),
      ...dimensions.map((node) => finiteOrNull(entity.nodes[node.id]?.score ?? null)),
      entityFlags(entity, language).join('; '),
    ];
  });
  return {
    header,
    columns,
    rows,
    scoreColumns: [2, ...dimensions.map((_, index) => 3 + index)],
    digits: input.digits ?? 2,
  };
}

/** What a reader must know about an entity's place, in words. */
function entityFlags(entity: EntityResult, language: Language): string[] {
  const flags: string[] = [];
  if (entity.isTied) flags.push(translate(language, 'table.tied'));
  if (!entity.hasSufficientData) flags.push(translate(language, 'table.insufficient'));
  for (const reason of entity.vetoReasons) {
    flags.push(
      translate(language, 'rankingCsv.vetoed', { reason: language === 'en' ? reason.en : reason.zh }),
    );
  }
  if (entity.isExcluded) flags.push(translate(language, 'rankingCsv.excluded'));
  if (entity.usesSampleData) flags.push(translate(language, 'rankingCsv.sample'));
  return flags;
}

function effectiveWeight(weight: number, override: number | undefined): number {
  return override !== undefined && Number.isFinite(override) && override >= 0 ? override : weight;
}

function finiteOrNull(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : value;
}
