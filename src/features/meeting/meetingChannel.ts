import { type MeetingAction, parseMeetingAction } from '../../lib/meetingState';

/** Versioned, so a window running an older build ignores messages it cannot read. */
export const MEETING_CHANNEL = 'leitai-arena-meeting-v1';

/**
 * The one ephemeral message between windows: a key pressed in the audience window, asking the
 * presenter (the only writer) to apply it. The state itself never travels here; it is in Dexie,
 * so a window that opens late or reloads needs no hello/state handshake.
 */
export interface MeetingCommand {
  v: 1;
  kind: 'command';
  action: MeetingAction;
}

/** Validates a structured-cloned message from another window; anything malformed is null. */
export function parseMeetingCommand(data: unknown): MeetingCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  if (record.v !== 1 || record.kind !== 'command') return null;
  const action = parseMeetingAction(record.action);
  return action ? { v: 1, kind: 'command', action } : null;
}

/** Opens the channel when the browser has one (every current browser; not jsdom). */
export function openMeetingChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(MEETING_CHANNEL) : null;
}
