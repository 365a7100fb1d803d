import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampRevealStep,
  formatClock,
  initialMeetingState,
  isPodiumShown,
  isRevealed,
  type MeetingAction,
  type MeetingState,
  meetingStateOf,
  moveInOrder,
  parseMeetingAction,
  reconcileOrder,
  reduceMeeting,
  revealSequence,
  timerRemainingMs,
} from './meetingState';

const ZONES = ['a', 'b', 'c', 'd'];
const T0 = Date.UTC(2023, 3, 14, 1, 0, 0);

function run(state: MeetingState, actions: readonly [MeetingAction, number][]): MeetingState {
  return actions.reduce((current, [action, now]) => reduceMeeting(current, action, now), state);
}

describe('moveInOrder', () => {
  it('moves a zone up and down one place and clamps at the ends', () => {
    expect(moveInOrder(ZONES, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveInOrder(ZONES, 'c', 1)).toEqual(['a', 'b', 'd', 'c']);
    expect(moveInOrder(ZONES, 'a', -1)).toEqual(ZONES);
    expect(moveInOrder(ZONES, 'd', 5)).toEqual(ZONES);
    expect(moveInOrder(ZONES, 'x', 1)).toEqual(ZONES);
  });

  it('is always a permutation of the order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { maxLength: 12 }),
        fc.nat(20),
        fc.integer({ min: -20, max: 20 }),
        (order, pick, delta) => {
          const id = order[pick % Math.max(1, order.length)] ?? 'none';
          expect([...moveInOrder(order, id, delta)].sort()).toEqual([...order].sort());
        },
      ),
    );
  });
});

describe('reconcileOrder', () => {
  it('keeps stored places, appends new zones and drops removed ones', () => {
    expect(reconcileOrder(['c', 'x', 'a'], ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
  });
});

describe('stage timer', () => {
  it('counts down from the stage minutes while running and keeps its time over a pause', () => {
    const started = reduceMeeting(
      { ...initialMeetingState(ZONES), stageMinutes: 5 },
      { type: 'timer/toggle' },
      T0,
    );
    expect(started.currentZoneId).toBe('a');
    expect(timerRemainingMs(started, T0 + 60_000)).toBe(4 * 60_000);
    const paused = reduceMeeting(started, { type: 'timer/toggle' }, T0 + 90_000);
    expect(timerRemainingMs(paused, T0 + 10 * 60_000)).toBe(3.5 * 60_000);
    const resumed = reduceMeeting(paused, { type: 'timer/toggle' }, T0 + 100_000);
    expect(timerRemainingMs(resumed, T0 + 110_000)).toBe(3.5 * 60_000 - 10_000);
  });

  it('survives a reload: the remaining time is a function of the stored timestamps and the clock', () => {
    const started = reduceMeeting(initialMeetingState(ZONES), { type: 'timer/toggle' }, T0);
    const reloaded: MeetingState = JSON.parse(JSON.stringify(started));
    expect(timerRemainingMs(reloaded, T0 + 42_000)).toBe(timerRemainingMs(started, T0 + 42_000));
  });

  it('goes negative in overtime and formats it with a plus sign', () => {
    const state = reduceMeeting(
      { ...initialMeetingState(ZONES), stageMinutes: 1 },
      { type: 'timer/toggle' },
      T0,
    );
    const remaining = timerRemainingMs(state, T0 + 75_000);
    expect(remaining).toBe(-15_000);
    expect(formatClock(remaining)).toBe('+0:15');
    expect(formatClock(8 * 60_000)).toBe('8:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(0)).toBe('0:00');
  });

  it('calls the next zone with a fresh, paused timer and stops at the last', () => {
    const state = run(initialMeetingState(ZONES), [
      [{ type: 'timer/toggle' }, T0],
      [{ type: 'zone/next' }, T0 + 1000],
    ]);
    expect(state.currentZoneId).toBe('b');
    expect(state.timer).toEqual({ startedAt: null, elapsedMs: 0 });
    const last = run(state, [
      [{ type: 'zone/next' }, T0],
      [{ type: 'zone/next' }, T0],
      [{ type: 'zone/next' }, T0],
    ]);
    expect(last.currentZoneId).toBe('d');
    expect(reduceMeeting(last, { type: 'zone/previous' }, T0).currentZoneId).toBe('c');
  });

  it('keeps the zone on stage when the running order changes', () => {
    const state = run(initialMeetingState(ZONES), [
      [{ type: 'zone/select', zoneId: 'b' }, T0],
      [{ type: 'order/move', zoneId: 'b', delta: 2 }, T0],
      [{ type: 'zone/next' }, T0],
    ]);
    expect(state.order).toEqual(['a', 'c', 'd', 'b']);
    expect(state.currentZoneId).toBe('b');
  });

  it('clamps the stage minutes to 1–60 whole minutes', () => {
    const state = initialMeetingState(ZONES);
    expect(reduceMeeting(state, { type: 'stage/minutes', minutes: 0 }, T0).stageMinutes).toBe(1);
    expect(reduceMeeting(state, { type: 'stage/minutes', minutes: 7.4 }, T0).stageMinutes).toBe(7);
    expect(reduceMeeting(state, { type: 'stage/minutes', minutes: 600 }, T0).stageMinutes).toBe(60);
    expect(reduceMeeting(state, { type: 'stage/minutes', minutes: Number.NaN }, T0).stageMinutes).toBe(8);
  });
});

describe('reveal', () => {
  it('reveals from the last place to the first, then shows the podium', () => {
    const ranked = ['first', 'second', 'third', 'fourth'];
    expect(revealSequence(ranked)).toEqual(['fourth', 'third', 'second', 'first']);
    let state = reduceMeeting(initialMeetingState(ZONES), { type: 'reveal/start' }, T0);
    const shown: string[][] = [];
    for (let step = 0; step < 6; step++) {
      shown.push(ranked.filter((_, index) => isRevealed(index, state.reveal.step, ranked.length)));
      state = reduceMeeting(state, { type: 'reveal/next', count: ranked.length }, T0);
    }
    expect(shown).toEqual([
      [],
      ['fourth'],
      ['third', 'fourth'],
      ['second', 'third', 'fourth'],
      ranked,
      ranked,
    ]);
    expect(isPodiumShown(state.reveal, ranked.length)).toBe(true);
  });

  it('goes back, resets, shows all and ends', () => {
    const start = reduceMeeting(initialMeetingState(ZONES), { type: 'reveal/start' }, T0);
    const two = run(start, [
      [{ type: 'reveal/next', count: 9 }, T0],
      [{ type: 'reveal/next', count: 9 }, T0],
      [{ type: 'reveal/next', count: 9 }, T0],
      [{ type: 'reveal/back' }, T0],
    ]);
    expect(two.reveal).toEqual({ isActive: true, step: 2 });
    expect(reduceMeeting(two, { type: 'reveal/reset' }, T0).reveal).toEqual({ isActive: true, step: 0 });
    expect(reduceMeeting(two, { type: 'reveal/showAll', count: 9 }, T0).reveal.step).toBe(9);
    expect(reduceMeeting(two, { type: 'reveal/end' }, T0).reveal).toEqual({ isActive: false, step: 0 });
    expect(reduceMeeting(start, { type: 'reveal/back' }, T0).reveal.step).toBe(0);
  });

  it('keeps the step within [0, count] whatever the presses', () => {
    const press = fc.oneof(
      fc.constant<MeetingAction>({ type: 'reveal/back' }),
      fc.constant<MeetingAction>({ type: 'reveal/reset' }),
      fc.nat(15).map<MeetingAction>((count) => ({ type: 'reveal/next', count })),
    );
    fc.assert(
      fc.property(fc.nat(15), fc.array(press, { maxLength: 40 }), (count, actions) => {
        let state = reduceMeeting(initialMeetingState(ZONES), { type: 'reveal/start' }, T0);
        for (const action of actions) {
          const bounded = action.type === 'reveal/next' ? { ...action, count } : action;
          state = reduceMeeting(state, bounded, T0);
          expect(state.reveal.step).toBeGreaterThanOrEqual(0);
          expect(state.reveal.step).toBeLessThanOrEqual(count);
          expect(clampRevealStep(state.reveal.step, count)).toBe(state.reveal.step);
        }
      }),
    );
  });

  it('always reveals a suffix of the ranking: worse places never appear after better ones', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.integer({ min: -5, max: 30 }), (count, step) => {
        const revealed = Array.from({ length: count }, (_, index) => isRevealed(index, step, count));
        const firstRevealed = revealed.indexOf(true);
        if (firstRevealed >= 0) expect(revealed.slice(firstRevealed).every(Boolean)).toBe(true);
        expect(revealed.filter(Boolean)).toHaveLength(clampRevealStep(step, count));
      }),
    );
  });

  it('orders any ranking from the worst rank to the best', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 })), (ranks) => {
        const ranked = [...ranks].sort((a, b) => a - b);
        const sequence = revealSequence(ranked);
        for (let index = 1; index < sequence.length; index++) {
          expect(sequence[index]).toBeLessThanOrEqual(sequence[index - 1] ?? Number.POSITIVE_INFINITY);
        }
      }),
    );
  });
});

describe('parseMeetingAction', () => {
  it('accepts well-formed actions and refuses anything else', () => {
    expect(parseMeetingAction({ type: 'reveal/next', count: 9 })).toEqual({ type: 'reveal/next', count: 9 });
    expect(parseMeetingAction({ type: 'black/toggle', extra: 1 })).toEqual({ type: 'black/toggle' });
    expect(parseMeetingAction({ type: 'reveal/next', count: '9' })).toBeNull();
    expect(parseMeetingAction({ type: 'theme/set', theme: 'pink' })).toBeNull();
    expect(parseMeetingAction({ type: '__proto__' })).toBeNull();
    expect(parseMeetingAction('black/toggle')).toBeNull();
    expect(parseMeetingAction(null)).toBeNull();
  });
});

describe('meetingStateOf', () => {
  it('shows the initial state before any presenter wrote one', () => {
    expect(meetingStateOf(null, ZONES)).toEqual(initialMeetingState(ZONES));
  });

  it('drops a zone on stage that no longer exists and reconciles the order', () => {
    const stored = { ...initialMeetingState(['x', 'a']), currentZoneId: 'x', isBlack: true };
    const state = meetingStateOf(stored, ZONES);
    expect(state.order).toEqual(ZONES);
    expect(state.currentZoneId).toBeNull();
    expect(state.isBlack).toBe(true);
  });
});
