import { beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, selectCanRedo, selectCanUndo, useWeightHistoryStore } from './weightHistoryStore';

const store = () => useWeightHistoryStore.getState();
const canUndo = (id: string) => selectCanUndo(id)(store());
const canRedo = (id: string) => selectCanRedo(id)(store());

beforeEach(() => {
  store().clear();
});

describe('weightHistoryStore', () => {
  it('has nothing to undo until a gesture is committed', () => {
    store().begin('card', { a: 1 });
    expect(canUndo('card')).toBe(false);
    expect(store().undo('card')).toBeUndefined();
  });

  it('undoes and redoes whole states, one per committed gesture', () => {
    store().begin('card', { a: 1 });
    store().commit('card', { a: 2 });
    store().commit('card', { a: 3 });
    expect(store().undo('card')).toEqual({ a: 2 });
    expect(store().undo('card')).toEqual({ a: 1 });
    expect(canUndo('card')).toBe(false);
    expect(store().redo('card')).toEqual({ a: 2 });
    expect(canRedo('card')).toBe(true);
  });

  it('ignores a commit that changes nothing', () => {
    store().begin('card', { a: 1 });
    store().commit('card', { a: 1 });
    expect(canUndo('card')).toBe(false);
  });

  it('drops the redo branch when a new gesture is committed after an undo', () => {
    store().begin('card', { a: 1 });
    store().commit('card', { a: 2 });
    store().undo('card');
    store().commit('card', { a: 5 });
    expect(canRedo('card')).toBe(false);
    expect(store().undo('card')).toEqual({ a: 1 });
  });

  it('starts afresh when the weights changed elsewhere since the last step', () => {
    store().begin('card', { a: 1 });
    store().commit('card', { a: 2 });
    store().begin('card', { a: 9 });
    expect(canUndo('card')).toBe(false);
  });

  it('keeps one history per scorecard', () => {
    store().begin('one', { a: 1 });
    store().commit('one', { a: 2 });
    expect(canUndo('one')).toBe(true);
    expect(canUndo('two')).toBe(false);
    expect(selectCanUndo(undefined)(store())).toBe(false);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    store().begin('card', { a: 0 });
    for (let step = 1; step <= HISTORY_LIMIT + 20; step++) store().commit('card', { a: step });
    let undone = 0;
    while (store().undo('card')) undone++;
    expect(undone).toBe(HISTORY_LIMIT);
  });
});
