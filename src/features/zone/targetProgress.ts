import { dayNumber, elapsedShare } from '../../scoring/dates';
import type { Fact, Period, Target } from '../../scoring/model';

/** How far a zone has come towards one of its 谈打算 targets (DESIGN §3 step 1's derived values). */
export interface TargetProgress {
  target: Target;
  /** The fact the completion is measured with; null when the zone reported no figure for the indicator. */
  fact: Fact | null;
  /** actual ÷ target (0.8 = 80 %); null without a fact or with a target ≤ 0. */
  completion: number | null;
  /** Share (0–1] of the target period elapsed at the as-of date; null when the period's dates are unknown. */
  elapsedShare: number | null;
  /** 序时进度: completion ÷ elapsed share (1 = exactly on pace); null when either is unknown. */
  timePace: number | null;
}

/**
 * Completion and time-pace of one target at `asOf`. The fact may belong to a shorter period than
 * the target (a Q1 figure against a 2023 target): that is exactly what time-pace is for. Among
 * several facts of the indicator, the one of the latest-ending period inside the target period is
 * used (then the latest-ending overall); facts of unknown periods come last.
 */
export function targetProgress(
  target: Target,
  facts: readonly Fact[],
  periods: readonly Period[],
  asOf: string,
): TargetProgress {
  const periodById = new Map(periods.map((period) => [period.id, period]));
  const targetPeriod = periodById.get(target.periodId);
  const fact = pickFact(target, facts, periodById, targetPeriod);
  const completion = fact !== null && target.value > 0 ? fact.value / target.value : null;
  const share = targetPeriod ? elapsedShare(targetPeriod, asOf) : null;
  return {
    target,
    fact,
    completion,
    elapsedShare: share,
    timePace: completion !== null && share !== null ? completion / share : null,
  };
}

/** The progress of every target of a zone, in the targets' order. */
export function targetProgressList(
  targets: readonly Target[],
  facts: readonly Fact[],
  periods: readonly Period[],
  asOf: string,
): TargetProgress[] {
  return targets.map((target) =>
    targetProgress(
      target,
      facts.filter((fact) => fact.zoneId === target.zoneId),
      periods,
      asOf,
    ),
  );
}

function pickFact(
  target: Target,
  facts: readonly Fact[],
  periodById: ReadonlyMap<string, Period>,
  targetPeriod: Period | undefined,
): Fact | null {
  let best: { fact: Fact; isInside: boolean; end: number } | null = null;
  for (const fact of facts) {
    if (fact.indicatorId !== target.indicatorId || fact.zoneId !== target.zoneId) continue;
    const period = periodById.get(fact.periodId);
    const end = period ? dayNumber(period.end, `period "${period.id}" end`) : Number.NEGATIVE_INFINITY;
    const isInside = period !== undefined && targetPeriod !== undefined && isWithin(period, targetPeriod);
    const isBetter =
      best === null || (isInside && !best.isInside) || (isInside === best.isInside && end > best.end);
    if (isBetter) best = { fact, isInside, end };
  }
  return best?.fact ?? null;
}

function isWithin(inner: Period, outer: Period): boolean {
  return (
    dayNumber(inner.start, `period "${inner.id}" start`) >=
      dayNumber(outer.start, `period "${outer.id}" start`) &&
    dayNumber(inner.end, `period "${inner.id}" end`) <= dayNumber(outer.end, `period "${outer.id}" end`)
  );
}
