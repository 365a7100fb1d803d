import { useEffect, useRef } from 'react';
import type { MeetingAction } from '../../lib/meetingState';
import { type MeetingCommand, openMeetingChannel, parseMeetingCommand } from './meetingChannel';

/** The presenter's side: applies commands (keys pressed in the audience window) while `onAction` is set. */
export function useMeetingCommands(onAction: ((action: MeetingAction) => void) | null): void {
  const live = useRef(onAction);
  live.current = onAction;
  const isListening = onAction !== null;
  useEffect(() => {
    if (!isListening) return;
    const channel = openMeetingChannel();
    if (!channel) return;
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const command = parseMeetingCommand(event.data);
      if (command) live.current?.(command.action);
    };
    return () => channel.close();
  }, [isListening]);
}

/** The audience's side: asks the presenter window to apply `action` (the audience never writes). */
export function sendMeetingCommand(action: MeetingAction): void {
  const channel = openMeetingChannel();
  if (!channel) return;
  const command: MeetingCommand = { v: 1, kind: 'command', action };
  channel.postMessage(command);
  channel.close();
}
