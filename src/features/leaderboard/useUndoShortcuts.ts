import { useEffect } from 'react';
import { historyShortcut } from '../../ui/historyShortcut';

/** Text-like inputs whose own Ctrl+Z (undo typing) must not be taken over. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** Marks the weight fields: Ctrl+Z there undoes weights, like anywhere else on the board. */
export const WEIGHT_FIELD_ATTRIBUTE = 'data-weight-field';

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on macOS), unless focus is in a text field other
 * than a weight field, where the browser's own text undo applies.
 */
export function useUndoShortcuts(undo: () => void, redo: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = historyShortcut(event);
      if (!action || isTextEditing(event.target)) return;
      event.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}

function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.hasAttribute(WEIGHT_FIELD_ATTRIBUTE)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}
