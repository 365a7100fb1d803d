import { describe, expect, it } from 'vitest';
import type { VetoRule } from './model';
import { coefficientFor, compare, firedVetoes, pointEventWindow, sumPoints } from './rules';
import { buildFact, buildPeriod, buildPointEvent, buildZone, text } from './testFixtures';

const zone = buildZone('a', { categoryId: 'hi-tech' });

describe('coefficientFor', () => {
  it('takes the zone’s own coefficient before its category’s', () => {
    expect(coefficientFor(zone, { byZone: { a: 1.1 }, byCategory: { 'hi-tech': 0.9 } })).toEqual({
      coefficient: 1.1,
      source: 'zone',
    });
    expect(coefficientFor(zone, { byCategory: { 'hi-tech': 0.9 } })).toEqual({
      coefficient: 0.9,
      source: 'category',
    });
  });

  it('is 1 when the scorecard sets none', () => {
    expect(coefficientFor(zone, undefined)).toEqual({ coefficient: 1, source: null });
    expect(coefficientFor(zone, { byZone: { b: 2 } })).toEqual({ coefficient: 1, source: null });
  });

  it('does not read inherited keys', () => {
    expect(coefficientFor(buildZone('toString'), { byZone: {} })).toEqual({ coefficient: 1, source: null });
  });

  it('rejects a coefficient that is negative or not a number', () => {
    expect(() => coefficientFor(zone, { byZone: { a: -1 } })).toThrow(
      'scorecard coefficient byZone["a"] must be a number ≥ 0, got -1',
    );
  });
});

describe('pointEventWindow', () => {
  const q1 = buildPeriod('2023Q1', '2023-01-01', '2023-03-31');

  it('runs from the period start to the later of its end and the as-of date', () => {
    const [start, end] = pointEventWindow(q1, '2023-04-14') ?? [0, 0];
    expect(end - start).toBe(103);
    const [, endWithoutAsOf] = pointEventWindow(q1, undefined) ?? [0, 0];
    expect(endWithoutAsOf - start).toBe(89);
    const [, endEarlyAsOf] = pointEventWindow(q1, '2023-02-01') ?? [0, 0];
    expect(endEarlyAsOf - start).toBe(89);
  });

  it('is open (null) when the period’s dates are unknown', () => {
    expect(pointEventWindow(undefined, '2023-04-14')).toBeNull();
  });
});

describe('sumPoints', () => {
  const window = pointEventWindow(buildPeriod('2023', '2023-01-01', '2023-12-31'), undefined);
  const events = [
    buildPointEvent('a', 3, '2023-03-01', { id: 'e1' }),
    buildPointEvent('a', 4, '2023-05-01', { id: 'e2' }),
    buildPointEvent('a', -2, '2023-06-01', { id: 'e3' }),
    buildPointEvent('a', 9, '2022-12-31', { id: 'outside' }),
  ];

  it('adds positive events to the bonus and negative ones to the deduction, inside the window', () => {
    expect(sumPoints(events, [], [], window, undefined)).toEqual({
      bonus: 7,
      deduction: 2,
      cappedBonus: 7,
      cappedDeduction: 2,
      eventIds: ['e1', 'e2', 'e3'],
      factIds: [],
    });
  });

  it('counts every event when the window is open', () => {
    expect(sumPoints(events, [], [], null, undefined).bonus).toBe(16);
  });

  it('adds the size of bonus and deduction facts, whatever their sign', () => {
    const points = sumPoints(
      [],
      [buildFact('a', 'award', 1.5)],
      [buildFact('a', 'penalty', -2)],
      window,
      undefined,
    );
    expect(points).toMatchObject({ bonus: 1.5, deduction: 2, factIds: ['a/award/2023', 'a/penalty/2023'] });
  });

  it('caps each sum: bonus 7 at 5, deduction 2 under its cap 3', () => {
    expect(sumPoints(events, [], [], window, { bonusCap: 5, deductionCap: 3 })).toMatchObject({
      bonus: 7,
      cappedBonus: 5,
      deduction: 2,
      cappedDeduction: 2,
    });
  });

  it('rejects a negative cap', () => {
    expect(() => sumPoints(events, [], [], window, { bonusCap: -1 })).toThrow(
      'scorecard points.bonusCap must be a number ≥ 0, got -1',
    );
  });

  it('names an event whose date cannot be read', () => {
    expect(() =>
      sumPoints([buildPointEvent('a', 1, 'soon', { id: 'bad' })], [], [], window, undefined),
    ).toThrow('point event "bad" date: "soon" is not an ISO date');
  });
});

describe('compare', () => {
  it.each([
    [1, '<', 2, true],
    [2, '<=', 2, true],
    [3, '>', 2, true],
    [2, '>=', 3, false],
    [2, '==', 2, true],
    [2, '!=', 2, false],
  ] as const)('%d %s %d is %s', (value, op, threshold, expected) => {
    expect(compare(value, op, threshold)).toBe(expected);
  });
});

describe('firedVetoes', () => {
  const rules: VetoRule[] = [
    { id: 'safety', indicatorId: 'accidents', when: { op: '>', value: 0 }, reason: text('major accident') },
    { id: 'audit', indicatorId: 'audit-failed', when: { op: '==', value: 1 }, reason: text('audit failed') },
  ];

  it('returns the rules whose condition the fact meets, in scorecard order', () => {
    const facts = new Map([
      ['accidents', buildFact('a', 'accidents', 2)],
      ['audit-failed', buildFact('a', 'audit-failed', 1)],
    ]);
    expect(firedVetoes(rules, (id) => facts.get(id)).map(({ rule, value }) => [rule.id, value])).toEqual([
      ['safety', 2],
      ['audit', 1],
    ]);
  });

  it('does not veto without a fact', () => {
    expect(firedVetoes(rules, () => undefined)).toEqual([]);
  });
});
