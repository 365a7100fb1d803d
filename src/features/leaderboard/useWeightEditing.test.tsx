import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseProvider } from '../../db/DatabaseContext';
import { ArenaDatabase } from '../../db/database';
import { buildGroup, buildLeaf, buildScorecard } from '../../scoring/testFixtures';
import { useWeightDraftStore } from '../../store/weightDraftStore';
import { useWeightHistoryStore } from '../../store/weightHistoryStore';
import { useWeightEditing } from './useWeightEditing';

const scorecard = buildScorecard(
  [
    buildGroup('dim-a', [buildLeaf('leaf-a')], { weight: 40 }),
    buildGroup('dim-b', [buildLeaf('leaf-b')], { weight: 40 }),
    buildGroup('dim-c', [buildLeaf('leaf-c')], { weight: 20 }),
  ],
  { id: 'card' },
);

let db: ArenaDatabase;
let counter = 0;

beforeEach(async () => {
  db = new ArenaDatabase(`weight-editing-${counter++}`);
  await db.open();
  useWeightDraftStore.setState({ drafts: {}, locks: {} });
  useWeightHistoryStore.getState().clear();
});

afterEach(async () => {
  // Unmounting flushes pending saves: let them land before the database goes away.
  cleanup();
  await db.transaction('r', db.weightSets, () => db.weightSets.count());
  await db.delete();
});

function renderEditing() {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseProvider db={db}>{children}</DatabaseProvider>
  );
  return renderHook(() => useWeightEditing(scorecard, undefined), { wrapper });
}

describe('useWeightEditing', () => {
  it('records a whole drag as one undo step, and undo is saved to the database', async () => {
    const { result } = renderEditing();
    act(() => {
      result.current.beginGesture();
      for (const weight of [35, 30, 20, 10]) result.current.setWeight('dim-a', weight);
    });
    expect(result.current.weights['dim-a']).toBe(10);
    expect(result.current.isModified).toBe(true);
    act(() => result.current.endGesture());
    expect(result.current.canUndo).toBe(true);
    await waitFor(async () => expect((await db.weightSets.get('card'))?.weights['dim-a']).toBe(10));
    act(() => result.current.undo());
    expect(result.current.weights['dim-a']).toBe(40);
    expect(result.current.canUndo).toBe(false);
    expect(result.current.canRedo).toBe(true);
    expect(result.current.isModified).toBe(false);
    await waitFor(async () => expect((await db.weightSets.get('card'))?.weights['dim-a']).toBe(40));
    act(() => result.current.redo());
    expect(result.current.weights['dim-a']).toBe(10);
  });

  it('records a step after the weights rest, without a pointer gesture (typed numbers)', async () => {
    const { result } = renderEditing();
    act(() => result.current.setWeight('dim-c', 50));
    expect(result.current.canUndo).toBe(false);
    await waitFor(() => expect(result.current.canUndo).toBe(true));
    expect((await db.weightSets.get('card'))?.weights['dim-c']).toBe(50);
  });

  it('rebalances the unlocked siblings when one is locked', () => {
    const { result } = renderEditing();
    act(() => result.current.toggleLock('dim-a'));
    expect(result.current.lockedIds).toEqual({ 'dim-a': true });
    act(() => result.current.setWeight('dim-b', 50));
    expect(result.current.weights).toMatchObject({ 'dim-a': 40, 'dim-b': 50, 'dim-c': 10 });
  });

  it('equalises, applies presets and resets, each as its own undo step', () => {
    const { result } = renderEditing();
    act(() => result.current.equalise('root'));
    expect(result.current.weights['dim-a']).toBeCloseTo(100 / 3, 10);
    const preset = buildScorecard([buildGroup('dim-c', [buildLeaf('leaf-c')], { weight: 90 })], {
      id: 'preset',
    });
    act(() => result.current.applyPreset(preset));
    expect(result.current.weights['dim-c']).toBe(90);
    act(() => result.current.reset());
    expect(result.current.weights).toMatchObject({ 'dim-a': 40, 'dim-b': 40, 'dim-c': 20 });
    act(() => result.current.undo());
    expect(result.current.weights['dim-c']).toBe(90);
    act(() => result.current.undo());
    expect(result.current.weights['dim-c']).toBeCloseTo(100 / 3, 10);
    act(() => result.current.undo());
    expect(result.current.weights['dim-c']).toBe(20);
  });
});
