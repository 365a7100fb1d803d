import { dayNumber } from './dates';
import type { ComparisonOperator, Fact, Period, PointEvent, Scorecard, VetoRule, Zone } from './model';

/**
 * 系数 for one zone (DESIGN §3 step 7): the zone's own coefficient, else its category's, else 1.
 * A coefficient must be a finite number ≥ 0.
 */
export function coefficientFor(
  zone: Zone,
  coefficients: Scorecard['coefficients'],
): { coefficient: number; source: 'zone' | 'category' | null } {
  const own = ownNumber(coefficients?.byZone, zone.id);
  const category = ownNumber(coefficients?.byCategory, zone.categoryId);
  const found =
    own !== undefined
      ? { coefficient: own, source: 'zone' as const, key: `byZone["${zone.id}"]` }
      : category !== undefined
        ? { coefficient: category, source: 'category' as const, key: `byCategory["${zone.categoryId}"]` }
        : undefined;
  if (found === undefined) return { coefficient: 1, source: null };
  if (!(Number.isFinite(found.coefficient) && found.coefficient >= 0)) {
    throw new Error(`scorecard coefficient ${found.key} must be a number ≥ 0, got ${found.coefficient}`);
  }
  return { coefficient: found.coefficient, source: found.source };
}

function ownNumber(record: Record<string, number> | undefined, key: string): number | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Bonus and deduction points of one zone, before and after the caps. */
export interface Points {
  bonus: number;
  deduction: number;
  cappedBonus: number;
  cappedDeduction: number;
  eventIds: string[];
  factIds: string[];
}

/**
 * The window in which point events count: [period start, max(period end, asOf)], as day numbers.
 * Null when the scored period's dates are unknown: then every event counts.
 */
export function pointEventWindow(
  period: Period | undefined,
  asOf: string | undefined,
): [number, number] | null {
  if (period === undefined) return null;
  const start = dayNumber(period.start, `period "${period.id}" start`);
  const end = dayNumber(period.end, `period "${period.id}" end`);
  return [start, asOf ? Math.max(end, dayNumber(asOf, 'asOf')) : end];
}

/**
 * 加点 / 扣点 of one zone (DESIGN §3 step 7): positive point events add to the bonus, negative ones
 * to the deduction; facts (scored period) of `bonus` indicators add their size to the bonus, of
 * `deduction` indicators to the deduction — the kind says which way, so a deduction may be
 * written 2 or −2. Each sum is then capped at the scorecard's cap. Non-finite points are ignored.
 */
export function sumPoints(
  events: readonly PointEvent[],
  bonusFacts: readonly Fact[],
  deductionFacts: readonly Fact[],
  window: [number, number] | null,
  caps: Scorecard['points'],
): Points {
  let bonus = 0;
  let deduction = 0;
  const eventIds: string[] = [];
  const factIds: string[] = [];
  for (const event of events) {
    if (!Number.isFinite(event.points) || event.points === 0) continue;
    if (window !== null) {
      const day = dayNumber(event.date, `point event "${event.id}" date`);
      if (day < window[0] || day > window[1]) continue;
    }
    if (event.points > 0) bonus += event.points;
    else deduction -= event.points;
    eventIds.push(event.id);
  }
  for (const fact of bonusFacts) {
    if (!Number.isFinite(fact.value) || fact.value === 0) continue;
    bonus += Math.abs(fact.value);
    factIds.push(fact.id);
  }
  for (const fact of deductionFacts) {
    if (!Number.isFinite(fact.value) || fact.value === 0) continue;
    deduction += Math.abs(fact.value);
    factIds.push(fact.id);
  }
  return {
    bonus,
    deduction,
    cappedBonus: Math.min(bonus, capOf(caps?.bonusCap, 'bonusCap')),
    cappedDeduction: Math.min(deduction, capOf(caps?.deductionCap, 'deductionCap')),
    eventIds,
    factIds,
  };
}

function capOf(cap: number | undefined, name: string): number {
  if (cap === undefined) return Number.POSITIVE_INFINITY;
  if (!(cap >= 0)) throw new Error(`scorecard points.${name} must be a number ≥ 0, got ${cap}`);
  return cap;
}

/** Whether `value op threshold` holds. */
export function compare(value: number, op: ComparisonOperator, threshold: number): boolean {
  switch (op) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '==':
      return value === threshold;
    case '!=':
      return value !== threshold;
    default: {
      const unknown: never = op;
      throw new Error(`veto operator "${String(unknown)}" is unknown; use <, <=, >, >=, == or !=`);
    }
  }
}

/**
 * 一票否决 (DESIGN §3 step 8): the rules whose condition the zone's fact for the rule's indicator
 * in the scored period meets. No fact (or a non-finite one), no veto: the rule needs evidence.
 */
export function firedVetoes(
  rules: readonly VetoRule[],
  factFor: (indicatorId: string) => Fact | undefined,
): { rule: VetoRule; value: number }[] {
  const fired: { rule: VetoRule; value: number }[] = [];
  for (const rule of rules) {
    const value = factFor(rule.indicatorId)?.value;
    if (value !== undefined && Number.isFinite(value) && compare(value, rule.when.op, rule.when.value)) {
      fired.push({ rule, value });
    }
  }
  return fired;
}
