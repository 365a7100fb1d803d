/**
 * The weighted half of a run (DESIGN §3 steps 5–7, 9), in flat loops over typed arrays: it runs on
 * every slider move and 10,000 times per robustness analysis.
 */
import type { PreparedScoring } from './prepare';
import { createRankBuffers, type RankBuffers, type RankOutcome, rankTotals, TIER_EXCLUDED } from './rank';

/** Coverage is a sum of products of shares; this keeps 0.7999999999 from failing a 0.8 threshold. */
export const COVERAGE_TOLERANCE = 1e-9;

const TIER_INSUFFICIENT = 1;
const TIER_VETOED = 2;

/**
 * Work arrays for one zone count and one tree, reused by every weighted pass over the same
 * prepared run (so 10,000 passes do not allocate — and garbage-collect — 10,000 times).
 */
export interface Scratch {
  /** Per node position: leaves point at their prepared scores; groups are filled by `evaluateGroups`. */
  columns: Float64Array[];
  /** Per node: 1 when the column has a missing (NaN) cell. */
  hasMissing: Uint8Array;
  presentWeight: Float64Array;
  weights: Float64Array;
  shares: Float64Array;
  coverage: Float64Array;
  totals: Float64Array;
  tiers: Uint8Array;
  rank: RankBuffers;
  /** Per node, for one zone's explanation at a time (`explainNodes`). */
  explain: {
    scores: Float64Array;
    used: Float64Array;
    isMissing: Uint8Array;
    shares: Float64Array;
    contributions: Float64Array;
    isPlain: Uint8Array;
  };
}

export function createScratch(prepared: Pick<PreparedScoring, 'nodes' | 'leaves' | 'zones'>): Scratch {
  const zoneCount = prepared.zones.length;
  const nodeCount = prepared.nodes.length;
  return {
    columns: prepared.nodes.map((node) =>
      node.leaf >= 0
        ? (prepared.leaves[node.leaf]?.scores ?? new Float64Array(zoneCount))
        : new Float64Array(zoneCount),
    ),
    hasMissing: Uint8Array.from(prepared.nodes, (node) =>
      node.leaf >= 0 && prepared.leaves[node.leaf]?.hasMissingScore ? 1 : 0,
    ),
    presentWeight: new Float64Array(zoneCount),
    weights: new Float64Array(nodeCount),
    shares: new Float64Array(nodeCount),
    coverage: new Float64Array(zoneCount),
    totals: new Float64Array(zoneCount),
    tiers: new Uint8Array(zoneCount),
    rank: createRankBuffers(zoneCount),
    explain: {
      scores: new Float64Array(nodeCount),
      used: new Float64Array(nodeCount),
      isMissing: new Uint8Array(nodeCount),
      shares: new Float64Array(nodeCount),
      contributions: new Float64Array(nodeCount),
      isPlain: new Uint8Array(nodeCount),
    },
  };
}

/** One weighted pass: what `rankPrepared` returns and `scorePrepared` explains. Arrays are scratch. */
export interface WeightedPass {
  weights: Float64Array;
  aggregates: Float64Array;
  coverage: Float64Array | null;
  totals: Float64Array;
  outcome: RankOutcome;
}

/**
 * Aggregates, measures coverage (unless `needsCoverage` is false and no threshold can fail), adds
 * coefficient and points, and ranks with the tiers and the tie-break chain.
 */
export function runWeightedPass(
  prepared: PreparedScoring,
  overrides: Readonly<Record<string, number>> | undefined,
  needsCoverage: boolean,
): WeightedPass {
  const { scratch } = prepared;
  const weights = resolveWeights(prepared, overrides, scratch.weights);
  evaluateGroups(prepared, weights, scratch);
  const aggregates = scratch.columns[0] ?? scratch.totals;
  const coverage =
    needsCoverage || !isCoverageMoot(prepared) ? measureCoverage(prepared, weights, scratch) : null;
  const totals = computeTotals(prepared, aggregates, scratch.totals);
  const outcome = rankTotals(
    totals,
    {
      precision: prepared.precision,
      tiers: computeTiers(prepared, coverage, scratch.tiers),
      tieBreak: prepared.tieBreak.map((position) => scratch.columns[position] ?? totals),
    },
    scratch.rank,
  );
  return { weights, aggregates, coverage, totals, outcome };
}

/**
 * Every node's weight normalised among its siblings, draft overrides applied (DESIGN §3: "weights
 * are normalised among siblings"). An override that is not a finite number ≥ 0 is ignored (the
 * weights panel may hold a half-typed value); a negative or non-finite weight counts as 0; when
 * all siblings weigh 0 they count equally. The root weighs 1.
 */
export function resolveWeights(
  prepared: Pick<PreparedScoring, 'nodes'>,
  overrides: Readonly<Record<string, number>> | undefined,
  resolved: Float64Array = new Float64Array(prepared.nodes.length),
): Float64Array {
  const { nodes } = prepared;
  resolved[0] = 1;
  for (const node of nodes) {
    const { children } = node;
    if (children.length === 0) continue;
    let sum = 0;
    for (const child of children) {
      const childNode = nodes[child];
      const raw = childNode === undefined ? 0 : rawWeight(childNode.id, childNode.weight, overrides);
      const clean = Number.isFinite(raw) && raw > 0 ? raw : 0;
      resolved[child] = clean;
      sum += clean;
    }
    for (const child of children) {
      resolved[child] = sum === 0 ? 1 / children.length : (resolved[child] ?? 0) / sum;
    }
  }
  return resolved;
}

function rawWeight(
  id: string,
  weight: number,
  overrides: Readonly<Record<string, number>> | undefined,
): number {
  if (overrides === undefined || !Object.hasOwn(overrides, id)) return weight;
  const override: unknown = overrides[id];
  return typeof override === 'number' && Number.isFinite(override) && override >= 0 ? override : weight;
}

/**
 * DESIGN §3 steps 5–6 for all zones at once, bottom-up: each group's column of scores from its
 * children's columns. Children without a score are skipped and the rest re-weighted; a group whose
 * present children weigh nothing is missing (NaN). With P the weight of the present children (in
 * child order) and uᵢ = wᵢ/P the used weights: arithmetic Σ uᵢ·sᵢ, geometric exp(Σ uᵢ·ln max(sᵢ,
 * floor)) — so a lone child passes its score through exactly. `explainNodes` repeats this per zone
 * with the same operations in the same order, hence the same bits.
 */
export function evaluateGroups(
  prepared: Pick<PreparedScoring, 'nodes' | 'groupOrder'>,
  weights: Float64Array,
  scratch: Pick<Scratch, 'columns' | 'hasMissing' | 'presentWeight'>,
): void {
  const { columns, hasMissing } = scratch;
  for (const position of prepared.groupOrder) {
    const group = prepared.nodes[position];
    const out = columns[position];
    if (group === undefined || out === undefined) continue;
    let anyMissing = false;
    let total = 0;
    for (const child of group.children) {
      const weight = weights[child] ?? 0;
      if (!(weight > 0)) continue;
      total += weight;
      if (hasMissing[child] === 1) anyMissing = true;
    }
    const isGeometric = group.aggregation === 'geometric';
    out.fill(0);
    hasMissing[position] =
      anyMissing || !(total > 0)
        ? aggregateSparse(
            group.children,
            isGeometric,
            group.geometricFloor,
            weights,
            columns,
            scratch.presentWeight,
            out,
          )
        : aggregateDense(group.children, isGeometric, group.geometricFloor, weights, columns, total, out);
  }
}

/** Every child column is complete: one P for all zones. Returns 0 (nothing missing). */
function aggregateDense(
  children: readonly number[],
  isGeometric: boolean,
  floor: number,
  weights: Float64Array,
  columns: readonly Float64Array[],
  total: number,
  out: Float64Array,
): number {
  const zoneCount = out.length;
  for (const child of children) {
    const weight = weights[child] ?? 0;
    const scores = columns[child];
    if (!(weight > 0) || scores === undefined) continue;
    const used = weight / total;
    if (isGeometric) {
      for (let zone = 0; zone < zoneCount; zone++) {
        const score = scores[zone] ?? 0;
        out[zone] = (out[zone] ?? 0) + used * Math.log(score < floor ? floor : score);
      }
    } else {
      for (let zone = 0; zone < zoneCount; zone++) out[zone] = (out[zone] ?? 0) + used * (scores[zone] ?? 0);
    }
  }
  if (isGeometric) for (let zone = 0; zone < zoneCount; zone++) out[zone] = Math.exp(out[zone] ?? 0);
  return 0;
}

/** Some child column has gaps: P per zone. Returns 1 when some zone ends up missing. */
function aggregateSparse(
  children: readonly number[],
  isGeometric: boolean,
  floor: number,
  weights: Float64Array,
  columns: readonly Float64Array[],
  presentWeight: Float64Array,
  out: Float64Array,
): number {
  const zoneCount = out.length;
  presentWeight.fill(0);
  for (const child of children) {
    const weight = weights[child] ?? 0;
    const scores = columns[child];
    if (!(weight > 0) || scores === undefined) continue;
    for (let zone = 0; zone < zoneCount; zone++) {
      if (!Number.isNaN(scores[zone] ?? Number.NaN))
        presentWeight[zone] = (presentWeight[zone] ?? 0) + weight;
    }
  }
  for (const child of children) {
    const weight = weights[child] ?? 0;
    const scores = columns[child];
    if (!(weight > 0) || scores === undefined) continue;
    for (let zone = 0; zone < zoneCount; zone++) {
      const score = scores[zone] ?? Number.NaN;
      if (Number.isNaN(score)) continue;
      const used = weight / (presentWeight[zone] ?? 1);
      out[zone] = (out[zone] ?? 0) + used * (isGeometric ? Math.log(score < floor ? floor : score) : score);
    }
  }
  let anyMissing = 0;
  for (let zone = 0; zone < zoneCount; zone++) {
    if (!((presentWeight[zone] ?? 0) > 0)) {
      out[zone] = Number.NaN;
      anyMissing = 1;
    } else if (isGeometric) {
      out[zone] = Math.exp(out[zone] ?? 0);
    }
  }
  return anyMissing;
}

/**
 * DESIGN §3 step 6: per zone, the share of the leaf weight that has data, with the nominal weights
 * (draft overrides applied, not re-weighted — re-weighting would always make it 1). Imputed values
 * do not count as data. Summed leaf by leaf in leaf order, so a complete zone covers exactly 1.
 */
export function measureCoverage(
  prepared: Pick<PreparedScoring, 'nodes' | 'leaves'>,
  weights: Float64Array,
  scratch: Pick<Scratch, 'shares' | 'coverage'>,
): Float64Array {
  const { nodes, leaves } = prepared;
  const { shares, coverage } = scratch;
  coverage.fill(0);
  let total = 0;
  for (let position = 0; position < nodes.length; position++) {
    const node = nodes[position];
    if (node === undefined) continue;
    const share = node.parent < 0 ? 1 : (shares[node.parent] ?? 0) * (weights[position] ?? 0);
    shares[position] = share;
    if (node.leaf >= 0) total += share;
  }
  if (!(total > 0)) return coverage;
  for (let position = 0; position < nodes.length; position++) {
    const leaf = leaves[nodes[position]?.leaf ?? -1];
    if (leaf === undefined) continue;
    const share = shares[position] ?? 0;
    const { hasData } = leaf;
    for (let zone = 0; zone < coverage.length; zone++)
      coverage[zone] = (coverage[zone] ?? 0) + (hasData[zone] ?? 0) * share;
  }
  for (let zone = 0; zone < coverage.length; zone++)
    coverage[zone] = Math.min(1, (coverage[zone] ?? 0) / total);
  return coverage;
}

/** DESIGN §3 step 7: coefficient × aggregate + bonus − deduction (NaN when there is no aggregate). */
export function computeTotals(
  prepared: Pick<PreparedScoring, 'coefficients' | 'bonus' | 'deduction'>,
  aggregates: Float64Array,
  totals: Float64Array = new Float64Array(aggregates.length),
): Float64Array {
  const { coefficients, bonus, deduction } = prepared;
  for (let zone = 0; zone < aggregates.length; zone++) {
    const aggregate = aggregates[zone] ?? Number.NaN;
    const coefficient = coefficients[zone] ?? 1;
    const plus = bonus[zone] ?? 0;
    const minus = deduction[zone] ?? 0;
    totals[zone] =
      coefficient === 1 && plus === 0 && minus === 0 ? aggregate : coefficient * aggregate + plus - minus;
  }
  return totals;
}

/** Rank tiers: insufficient data after the others, vetoed after everyone, excluded not at all. */
export function computeTiers(
  prepared: Pick<PreparedScoring, 'isVetoed' | 'isExcludeMode' | 'minCoverage'>,
  coverage: Float64Array | null,
  tiers: Uint8Array = new Uint8Array(prepared.isVetoed.length),
): Uint8Array {
  const threshold = prepared.minCoverage - COVERAGE_TOLERANCE;
  for (let zone = 0; zone < tiers.length; zone++) {
    if (prepared.isVetoed[zone] === 1) tiers[zone] = prepared.isExcludeMode ? TIER_EXCLUDED : TIER_VETOED;
    else if (coverage !== null && !((coverage[zone] ?? 0) >= threshold)) tiers[zone] = TIER_INSUFFICIENT;
    else tiers[zone] = 0;
  }
  return tiers;
}

/** Whether every zone is sure to meet the coverage threshold (coverage is never below 0). */
function isCoverageMoot(prepared: Pick<PreparedScoring, 'minCoverage'>): boolean {
  return prepared.minCoverage - COVERAGE_TOLERANCE <= 0;
}
