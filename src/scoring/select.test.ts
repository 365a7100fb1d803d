import { describe, expect, it } from 'vitest';
import type { Fact, IndicatorNode, JuryScore, Period, Target } from './model';
import type { DataNeeds, JuryDetail, SelectedColumn, SelectionContext } from './select';
import {
  buildDataIndex,
  juryDetail,
  SELECT_NO_BASE,
  SELECT_NO_TARGET,
  SELECT_OK,
  selectColumn,
  targetPeriodCandidates,
} from './select';
import { buildFact, buildJuryScore, buildJuryScores, buildLeaf, buildTarget, text } from './testFixtures';

const YEAR: Period = { id: '2023', label: text('2023'), start: '2023-01-01', end: '2023-12-31' };
const Q1: Period = { id: '2023Q1', label: text('2023Q1'), start: '2023-01-01', end: '2023-03-31' };
const H1: Period = { id: '2023H1', label: text('2023H1'), start: '2023-01-01', end: '2023-06-30' };
const LAST_Q1: Period = { id: '2022Q1', label: text('2022Q1'), start: '2022-01-01', end: '2022-03-31' };
const PERIODS = [YEAR, H1, Q1, LAST_Q1];

interface ContextOptions {
  facts?: Fact[];
  targets?: Target[];
  juryScores?: JuryScore[];
  periodId?: string;
  periods?: Period[];
  asOf?: string;
  zones?: string[];
}

/** Indexes everything for the zones a and b (override with `zones`). */
function context(options: ContextOptions = {}): SelectionContext {
  const facts = options.facts ?? [];
  const targets = options.targets ?? [];
  const juryScores = options.juryScores ?? [];
  const needs: DataNeeds = { facts: new Map(), targets: new Set(), jury: new Set() };
  for (const fact of facts) {
    const ids = needs.facts.get(fact.periodId) ?? new Set<string>();
    ids.add(fact.indicatorId);
    needs.facts.set(fact.periodId, ids);
  }
  for (const target of targets) needs.targets.add(target.indicatorId);
  for (const score of juryScores) needs.jury.add(score.indicatorId);
  return {
    index: buildDataIndex(options.zones ?? ['a', 'b'], facts, targets, juryScores, needs),
    facts,
    targets,
    periodId: options.periodId ?? '2023Q1',
    periods: options.periods ?? PERIODS,
    asOf: options.asOf,
  };
}

function values(leaf: IndicatorNode, ctx: SelectionContext, isJury = false): (number | null)[] {
  return Array.from(selectColumn(leaf, isJury, ctx).values, (value) => (Number.isNaN(value) ? null : value));
}

function juryAt(column: SelectedColumn, zone: number): JuryDetail | undefined {
  return column.jury === null ? undefined : juryDetail(column.jury, zone);
}

const q1 = (zoneId: string, value: number, overrides: Partial<Fact> = {}) =>
  buildFact(zoneId, 'output', value, { periodId: '2023Q1', ...overrides });

describe('selectColumn: fact', () => {
  it('takes the fact of the scored period and names it', () => {
    const ctx = context({ facts: [q1('a', 7), buildFact('a', 'output', 5, { periodId: '2022Q1' })] });
    const column = selectColumn(buildLeaf('output'), false, ctx);
    expect(Array.from(column.values)).toEqual([7, Number.NaN]);
    expect(ctx.facts[column.factRefs?.[0] ?? -1]?.id).toBe('a/output/2023Q1');
  });

  it('takes the last of several facts for the same zone, indicator and period', () => {
    const ctx = context({ facts: [q1('a', 5, { id: 'first' }), q1('a', 6, { id: 'second' })] });
    const column = selectColumn(buildLeaf('output'), false, ctx);
    expect(column.values[0]).toBe(6);
    expect(ctx.facts[column.factRefs?.[0] ?? -1]?.id).toBe('second');
  });

  it('has no value without a fact, or with a non-finite one', () => {
    expect(values(buildLeaf('output'), context({ facts: [q1('b', Number.NaN)] }))).toEqual([null, null]);
  });

  it('ignores facts of zones that are not scored', () => {
    expect(values(buildLeaf('output'), context({ facts: [q1('z', 1)] }))).toEqual([null, null]);
  });
});

describe('selectColumn: jury', () => {
  it('combines jury scores with a trimmed mean by default and names the dropped scores', () => {
    const ctx = context({ juryScores: buildJuryScores('a', 'pitch', [60, 70, 80, 90, 100]) });
    const column = selectColumn(buildLeaf('pitch'), true, ctx);
    expect(column.values[0]).toBe(80);
    expect(juryAt(column, 0)).toEqual({
      count: 5,
      droppedIds: ['j1/a/pitch', 'j5/a/pitch'],
      usesSampleData: false,
      isUntrimmed: false,
    });
  });

  it("uses the leaf's own jury combination", () => {
    const ctx = context({ juryScores: buildJuryScores('a', 'pitch', [60, 70, 100]) });
    const leaf = buildLeaf('pitch', { jury: { method: 'median' } });
    expect(values(leaf, ctx, true)[0]).toBe(70);
    expect(juryAt(selectColumn(leaf, true, ctx), 0)?.droppedIds).toEqual([]);
  });

  it('marks sample data when any jury score of the zone is a sample', () => {
    const scores = [
      ...buildJuryScores('a', 'pitch', [80, 90]),
      buildJuryScore('demo', 'a', 'pitch', 85, { isSample: true }),
    ];
    expect(
      juryAt(selectColumn(buildLeaf('pitch'), true, context({ juryScores: scores })), 0)?.usesSampleData,
    ).toBe(true);
  });

  it('has no value and a count of 0 for a zone without jury scores', () => {
    const ctx = context({ juryScores: buildJuryScores('a', 'pitch', [80]) });
    const column = selectColumn(buildLeaf('pitch'), true, ctx);
    expect(column.values[1]).toBeNaN();
    expect(juryAt(column, 1)).toMatchObject({ count: 0, isUntrimmed: false });
    expect(juryAt(column, 0)).toMatchObject({ count: 1, isUntrimmed: true });
  });

  it('refuses a derived value on a jury leaf', () => {
    const leaf = buildLeaf('pitch', { value: { kind: 'growth' } });
    expect(() => selectColumn(leaf, true, context())).toThrow('jury leaves take the judges');
  });
});

describe('selectColumn: target-completion', () => {
  const completion = buildLeaf('output', { value: { kind: 'target-completion' } });

  it('divides the actual by the target of the period containing the scored one', () => {
    // a: 33 / 230; b has no target
    const ctx = context({ facts: [q1('a', 33), q1('b', 42)], targets: [buildTarget('a', 'output', 230)] });
    const column = selectColumn(completion, false, ctx);
    expect(column.values[0]).toBe(33 / 230);
    expect(column.values[1]).toBeNaN();
    expect(Array.from(column.status)).toEqual([SELECT_OK, SELECT_NO_TARGET]);
    expect(ctx.targets[column.targetRefs?.[0] ?? -1]?.id).toBe('a/output/2023');
  });

  it('prefers the shortest containing period that holds a target', () => {
    const targets = [
      buildTarget('a', 'output', 200),
      buildTarget('a', 'output', 100, { periodId: '2023H1' }),
    ];
    expect(values(completion, context({ facts: [q1('a', 50)], targets }))[0]).toBe(0.5);
  });

  it('uses the named target period', () => {
    const targets = [
      buildTarget('a', 'output', 200),
      buildTarget('a', 'output', 100, { periodId: '2023H1' }),
    ];
    const leaf = buildLeaf('output', { value: { kind: 'target-completion', targetPeriodId: '2023' } });
    expect(values(leaf, context({ facts: [q1('a', 50)], targets }))[0]).toBe(0.25);
  });

  it('treats a target ≤ 0 as missing', () => {
    const ctx = context({ facts: [q1('a', 5)], targets: [buildTarget('a', 'output', 0)] });
    expect(selectColumn(completion, false, ctx).status[0]).toBe(SELECT_NO_TARGET);
  });
});

describe('selectColumn: time-pace', () => {
  const pace = buildLeaf('output', { value: { kind: 'time-pace' } });

  it('divides completion by the elapsed share of the target period at the as-of date', () => {
    // 2023-01-01 … 2023-04-14 is 31 + 28 + 31 + 14 = 104 of 365 days: (33 / 230) / (104 / 365)
    const ctx = context({
      facts: [q1('a', 33)],
      targets: [buildTarget('a', 'output', 230)],
      asOf: '2023-04-14',
    });
    const column = selectColumn(pace, false, ctx);
    expect(column.values[0]).toBeCloseTo((33 * 365) / (230 * 104), 12);
    expect(column.elapsed?.[0]).toBe(104 / 365);
  });

  it('throws a clear error without an as-of date', () => {
    expect(() => selectColumn(pace, false, context())).toThrow(
      'scorecard node "output" uses time-pace (序时进度), which needs the as-of date',
    );
  });
});

describe('selectColumn: growth', () => {
  const growth = buildLeaf('output', { value: { kind: 'growth' } });

  it('divides by the same period one year earlier, minus 1', () => {
    const facts = [q1('a', 120), q1('b', 50), buildFact('a', 'output', 100, { periodId: '2022Q1' })];
    const column = selectColumn(growth, false, context({ facts }));
    expect(column.values[0]).toBeCloseTo(0.2, 15);
    expect(column.values[1]).toBeNaN();
    expect(Array.from(column.status)).toEqual([SELECT_OK, SELECT_NO_BASE]);
    expect(column.basePeriodId).toBe('2022Q1');
  });

  it('has no base when the periods hold no period one year earlier', () => {
    const column = selectColumn(growth, false, context({ facts: [q1('a', 120)], periods: [Q1] }));
    expect(column.basePeriodId).toBeNull();
    expect(column.status[0]).toBe(SELECT_NO_BASE);
  });
});

describe('targetPeriodCandidates', () => {
  it('lists the periods containing the scored one, shortest first', () => {
    expect(targetPeriodCandidates(buildLeaf('output'), context())).toEqual(['2023Q1', '2023H1', '2023']);
  });

  it('falls back to the scored period when its dates are unknown', () => {
    expect(targetPeriodCandidates(buildLeaf('output'), context({ periods: [] }))).toEqual(['2023Q1']);
  });
});
