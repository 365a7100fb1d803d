import { describe, expect, it } from 'vitest';
import { meetingKeyOf } from './useMeetingKeys';

function press(key: string, target: EventTarget | null = document.body, modifiers = {}) {
  return meetingKeyOf({ key, ctrlKey: false, metaKey: false, altKey: false, target, ...modifiers });
}

describe('meetingKeyOf', () => {
  it('maps the meeting keys, a clicker’s page keys included', () => {
    expect(
      ['f', 'F', 'ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'b', 'T', '?', 'h'].map((key) =>
        press(key),
      ),
    ).toEqual([
      'fullscreen',
      'fullscreen',
      'next',
      'next',
      'next',
      'back',
      'back',
      'black',
      'timer',
      'help',
      'help',
    ]);
    expect(press('x')).toBeNull();
  });

  it('ignores keys typed into a field and keys with modifiers (Ctrl+Z stays undo)', () => {
    for (const tag of ['input', 'textarea', 'select'] as const) {
      expect(press('b', document.createElement(tag))).toBeNull();
    }
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    expect(press('b', editable)).toBeNull();
    expect(press('b', document.body, { ctrlKey: true })).toBeNull();
    editable.remove();
  });

  it('treats Space on a focused button as the next step', () => {
    expect(press(' ', document.createElement('button'))).toBe('next');
  });
});
