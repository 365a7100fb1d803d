import { describe, expect, it } from 'vitest';
import { historyShortcut } from './historyShortcut';

const press = (key: string, modifiers: Partial<KeyboardEvent> = {}, code = `Key${key.toUpperCase()}`) => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('historyShortcut', () => {
  it.each([
    [press('z', { ctrlKey: true }), 'undo'],
    [press('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [press('y', { ctrlKey: true }), 'redo'],
    [press('z', { metaKey: true }), 'undo'],
    // A Cyrillic layout: the letter is я, the physical key is Z.
    [press('я', { ctrlKey: true }, 'KeyZ'), 'undo'],
  ] as const)('%o → %s', (event, expected) => {
    expect(historyShortcut(event)).toBe(expected);
  });

  it.each([
    press('z'),
    press('z', { ctrlKey: true, altKey: true }),
    press('y', { ctrlKey: true, shiftKey: true }),
    press('x', { ctrlKey: true }),
  ])('ignores %o', (event) => {
    expect(historyShortcut(event)).toBeNull();
  });
});
