/**
 * The ranking as CSV (DESIGN §5 "Ranking export"): a header block naming the scorecard, its
 * revision, the period, the as-of date and the weight of every dimension — so the file can never
 * be separated from the rules that produced it (§4.6) — then `rank,zone,total,<dimensions…>,flags`.
 *
 * Written for Excel: UTF-8 with a BOM, CRLF line ends. Labels in the header block and the column
 * heads are fixed English words (stable for scripts); names and flags are in the chosen language.
 * A cell that a spreadsheet would run as a formula is neutralised (DESIGN §8).
 */
import { type Language, translate } from '../i18n/messages';
import type { Period, Scorecard, Zone } from '../scoring/model';
import type { EntityResult, Ranking } from '../scoring/types';

export interface RankingCsvInput {
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
  /** Decimals of totals and dimension scores; default 2. */
  digits?: number;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

export function buildRankingCsv(input: RankingCsvInput): string {
  const { ranking, scorecard, language } = input;
  const digits = input.digits ?? 2;
  const dimensions = scorecard.root.children;
  const weights = dimensions.map((node) => effectiveWeight(node.weight, input.weights?.[node.id]));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const zoneById = new Map(input.zones.map((zone) => [zone.id, zone]));
  const name = (text: { zh: string; en: string }) => (language === 'en' ? text.en : text.zh);

  const headerBlock: (string | number)[][] = [
    ['# scorecard', name(scorecard.name), scorecard.id],
    ['# revision', ranking.revision],
    ['# period', input.period ? name(input.period.label) : ranking.periodId, ranking.periodId],
    ['# as-of', input.asOf ?? ''],
    ...dimensions.map((node, index) => {
      const weight = weights[index] ?? 0;
      const share = weightSum > 0 ? weight / weightSum : 1 / dimensions.length;
      return ['# weight', name(node.name), weight, `${(share * 100).toFixed(1)}%`];
    }),
  ];
  const table: (string | number)[][] = [
    ['rank', 'zone', 'total', ...dimensions.map((node) => name(node.name)), 'flags'],
    ...ranking.entities.map((entity) => {
      const zone = zoneById.get(entity.zoneId);
      return [
        entity.rank ?? '',
        zone ? name(zone.name) : entity.zoneId,
        formatScore(entity.total, digits),
        ...dimensions.map((node) => formatScore(entity.nodes[node.id]?.score ?? null, digits)),
        entityFlags(entity, language).join('; '),
      ];
    }),
  ];
  const lines = [...headerBlock, [], ...table].map((row) => row.map(csvCell).join(','));
  return BOM + lines.join(CRLF) + CRLF;
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

function formatScore(value: number | null, digits: number): string {
  return value === null || !Number.isFinite(value) ? '' : value.toFixed(digits);
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Text a spreadsheet would evaluate (starting with `=`, `+`, `-`, `@`, tab or CR) gets
 * a leading `'` — unless it is a plain number, so `-5` stays a number. Cells holding a comma, quote
 * or line break are quoted, with quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
