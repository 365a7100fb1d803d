import { describe, expect, it } from 'vitest';
import { parseMeetingCommand } from './meetingChannel';

describe('parseMeetingCommand', () => {
  it('reads a versioned command and refuses other versions, kinds and malformed actions', () => {
    const command = { v: 1, kind: 'command', action: { type: 'reveal/next', count: 9 } };
    expect(parseMeetingCommand(command)).toEqual(command);
    expect(parseMeetingCommand({ ...command, v: 2 })).toBeNull();
    expect(parseMeetingCommand({ ...command, kind: 'state' })).toBeNull();
    expect(parseMeetingCommand({ ...command, action: { type: 'reveal/next' } })).toBeNull();
    expect(parseMeetingCommand('next')).toBeNull();
  });
});
