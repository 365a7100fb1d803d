/**
 * Which history shortcut a key press is, if any: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo
 * (⌘ on macOS). Shared by every undo stack (weights, jury grid) so they answer the same keys.
 */
export function historyShortcut(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  // The letter on the key; the physical key only when the layout is not Latin (e.g. Cyrillic).
  const letter = /^[a-z]$/i.test(event.key)
    ? event.key.toLowerCase()
    : event.code.replace(/^Key/, '').toLowerCase();
  if (letter === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && !event.shiftKey) return 'redo';
  return null;
}
