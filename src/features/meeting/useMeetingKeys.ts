import { useEffect, useRef } from 'react';

export interface MeetingKeyHandlers {
  fullscreen: () => void;
  next: () => void;
  back: () => void;
  black: () => void;
  timer: () => void;
  help: () => void;
  /** Escape: closes the help overlay. */
  close: () => void;
}

/** The shortcuts as the help overlay lists them (message keys are built from `id`). */
export const MEETING_SHORTCUTS = [
  { id: 'fullscreen', keys: ['F'] },
  { id: 'next', keys: ['→', 'Space'] },
  { id: 'back', keys: ['←'] },
  { id: 'black', keys: ['B'] },
  { id: 'timer', keys: ['T'] },
  { id: 'help', keys: ['?', 'H'] },
] as const;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // isContentEditable is the browser's answer; the attribute check covers DOMs that lack it (jsdom).
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])'))
    return true;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Which handler a key press means, or null (keys typed into a field are text, not shortcuts). */
export function meetingKeyOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): keyof MeetingKeyHandlers | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return null;
  switch (event.key) {
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
      // Space is the presenter's "next" even on a focused button (Enter still presses buttons):
      // otherwise Space right after clicking "start reveal" would press the button that replaced it.
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'back';
    case 'b':
    case 'B':
      return 'black';
    case 't':
    case 'T':
      return 'timer';
    case '?':
    case 'h':
    case 'H':
      return 'help';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

/**
 * The meeting's keys in this window (presenter or audience). PageDown/PageUp are what a
 * presentation clicker sends, so one works as → and ←.
 */
export function useMeetingKeys(handlers: MeetingKeyHandlers): void {
  const live = useRef(handlers);
  live.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = meetingKeyOf(event);
      if (!key || event.repeat) return;
      // Escape also leaves fullscreen; the browser must still see it.
      if (key !== 'close') event.preventDefault();
      live.current[key]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
