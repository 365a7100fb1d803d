import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalise, rebalance, type SiblingWeight, sharesOf } from './rebalance';

const dimensions = (locked: readonly string[] = []): SiblingWeight[] =>
  [
    { id: 'achievements', weight: 35 },
    { id: 'shortfalls', weight: 20 },
    { id: 'plans', weight: 35 },
    { id: 'quantitative', weight: 10 },
  ].map((sibling) => ({ ...sibling, isLocked: locked.includes(sibling.id) }));

/** Sibling sets of 2–8 with weights 0 or 0.001–100 (no denormals: shares of 5e-324 are noise). */
const siblingsArbitrary = fc
  .array(
    fc.record({
      weight: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 100, noNaN: true })),
      isLocked: fc.boolean(),
    }),
    { minLength: 2, maxLength: 8 },
  )
  .map((items) => items.map((item, index) => ({ ...item, id: `n${index}` })));

function shareMap(weights: Record<string, number>): Record<string, number> {
  const ids = Object.keys(weights);
  const shares = sharesOf(ids.map((id) => weights[id] ?? 0));
  return Object.fromEntries(ids.map((id, index) => [id, shares[index] ?? 0]));
}

describe('rebalance', () => {
  it('moves only the dragged sibling when nothing is locked (independent sliders)', () => {
    expect(rebalance(dimensions(), 'plans', 80)).toEqual({
      achievements: 35,
      shortfalls: 20,
      plans: 80,
      quantitative: 10,
    });
  });

  it('keeps a locked share while the unlocked siblings absorb the change in proportion', () => {
    const result = rebalance(dimensions(['achievements']), 'plans', 45);
    expect(result).not.toBeNull();
    const weights = result ?? {};
    expect(weights.achievements).toBe(35);
    expect(weights.plans).toBe(45);
    // 100 − 35 − 45 = 20 left for shortfalls and quantitative, split 20 : 10.
    expect(weights.shortfalls).toBeCloseTo(40 / 3, 10);
    expect(weights.quantitative).toBeCloseTo(20 / 3, 10);
    expect(shareMap(weights).achievements).toBeCloseTo(0.35, 12);
  });

  it('gives the moved sibling at most what the locked ones leave', () => {
    const weights = rebalance(dimensions(['achievements', 'plans']), 'shortfalls', 100) ?? {};
    expect(weights).toEqual({ achievements: 35, shortfalls: 30, plans: 35, quantitative: 0 });
  });

  it('splits the rest equally when every unlocked sibling is at 0', () => {
    const siblings: SiblingWeight[] = [
      { id: 'a', weight: 50, isLocked: true },
      { id: 'b', weight: 50, isLocked: false },
      { id: 'c', weight: 0, isLocked: false },
      { id: 'd', weight: 0, isLocked: false },
    ];
    expect(rebalance(siblings, 'b', 10)).toEqual({ a: 50, b: 10, c: 20, d: 20 });
  });

  it('refuses the move when every other sibling is locked', () => {
    expect(rebalance(dimensions(['achievements', 'shortfalls', 'quantitative']), 'plans', 60)).toBeNull();
  });

  it('refuses to move a locked sibling or an unknown one', () => {
    expect(rebalance(dimensions(['plans']), 'plans', 60)).toBeNull();
    expect(rebalance(dimensions(['plans']), 'nope', 60)).toBeNull();
  });

  it('scales everything down together when a result would exceed the slider maximum', () => {
    const siblings: SiblingWeight[] = [
      { id: 'a', weight: 60, isLocked: true },
      { id: 'b', weight: 60, isLocked: false },
      { id: 'c', weight: 60, isLocked: false },
    ];
    const weights = rebalance(siblings, 'b', 0, { max: 100 }) ?? {};
    expect(Math.max(...Object.values(weights))).toBeCloseTo(100, 10);
    expect(shareMap(weights).a).toBeCloseTo(1 / 3, 12);
    expect(weights.b).toBe(0);
  });

  it('keeps shares summing to 100 %, locked shares unchanged and no weight negative', () => {
    fc.assert(
      fc.property(
        siblingsArbitrary,
        fc.nat(),
        fc.double({ min: -20, max: 150, noNaN: true }),
        (siblings, pick, weight) => {
          const moved = siblings[pick % siblings.length];
          if (!moved) return;
          const result = rebalance(siblings, moved.id, weight, { max: 100 });
          const othersUnlocked = siblings.some((sibling) => sibling !== moved && !sibling.isLocked);
          const total = siblings.reduce((sum, sibling) => sum + sibling.weight, 0);
          const hasLock = siblings.some((sibling) => sibling.isLocked);
          if (moved.isLocked || (hasLock && (!othersUnlocked || total <= 0))) {
            expect(result).toBeNull();
            return;
          }
          expect(result).not.toBeNull();
          const weights = result ?? {};
          for (const value of Object.values(weights)) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100 + 1e-9);
          }
          const after = shareMap(weights);
          expect(Object.values(after).reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 9);
          if (hasLock) {
            const before = shareMap(
              Object.fromEntries(siblings.map((sibling) => [sibling.id, sibling.weight])),
            );
            for (const sibling of siblings.filter((candidate) => candidate.isLocked)) {
              expect(after[sibling.id]).toBeCloseTo(before[sibling.id] ?? Number.NaN, 9);
            }
          }
        },
      ),
    );
  });
});

describe('equalise', () => {
  it('gives every sibling the same weight, keeping the total', () => {
    expect(equalise(dimensions())).toEqual({ achievements: 25, shortfalls: 25, plans: 25, quantitative: 25 });
  });

  it('leaves locked siblings alone and splits what the others had', () => {
    expect(equalise(dimensions(['achievements']))).toEqual({
      achievements: 35,
      shortfalls: 65 / 3,
      plans: 65 / 3,
      quantitative: 65 / 3,
    });
  });

  it('gives 1 each when everything is 0, and refuses when all are locked', () => {
    expect(
      equalise([
        { id: 'a', weight: 0, isLocked: false },
        { id: 'b', weight: 0, isLocked: false },
      ]),
    ).toEqual({ a: 1, b: 1 });
    expect(equalise(dimensions(['achievements', 'shortfalls', 'plans', 'quantitative']))).toBeNull();
  });

  it('keeps locked shares and equal unlocked weights for any siblings', () => {
    fc.assert(
      fc.property(siblingsArbitrary, (siblings) => {
        const result = equalise(siblings, { max: 100 });
        if (siblings.every((sibling) => sibling.isLocked)) {
          expect(result).toBeNull();
          return;
        }
        const weights = result ?? {};
        const unlocked = siblings
          .filter((sibling) => !sibling.isLocked)
          .map((sibling) => weights[sibling.id]);
        for (const value of unlocked) expect(value).toBeCloseTo(unlocked[0] ?? Number.NaN, 9);
        const total = siblings.reduce((sum, sibling) => sum + sibling.weight, 0);
        if (total > 0 && siblings.some((sibling) => !sibling.isLocked && sibling.weight > 0)) {
          const before = shareMap(
            Object.fromEntries(siblings.map((sibling) => [sibling.id, sibling.weight])),
          );
          const after = shareMap(weights);
          for (const sibling of siblings.filter((candidate) => candidate.isLocked)) {
            expect(after[sibling.id]).toBeCloseTo(before[sibling.id] ?? Number.NaN, 9);
          }
        }
      }),
    );
  });
});
