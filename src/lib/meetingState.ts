/**
 * The meeting's durable state (DESIGN §4 screen 5) and every change to it, as pure functions of
 * (state, action, now). The presenter applies an action inside one Dexie transaction on the one
 * stored row, so windows and reloads all read the same state; the clock is passed in, so a timer
 * is timestamps, never a ticking counter, and survives a reload.
 */

export type MeetingTheme = 'light' | 'dark';

/** A stage timer as timestamps: running while `startedAt` is set. */
export interface StageTimer {
  /** Epoch milliseconds when the timer was last started; null while paused or reset. */
  startedAt: number | null;
  /** Time already run before `startedAt` (accumulated over pauses). */
  elapsedMs: number;
}

export interface RevealState {
  /** Whether the audience shows the reveal instead of the live leaderboard. */
  isActive: boolean;
  /** How many positions are revealed, counted from the last; equal to the count, the podium shows. */
  step: number;
}

export interface MeetingState {
  /** Zone ids in running order (the order they take the stage). */
  order: string[];
  /** The zone on stage; null before the first one is called. */
  currentZoneId: string | null;
  /** Minutes each zone has on stage. */
  stageMinutes: number;
  timer: StageTimer;
  reveal: RevealState;
  isBlack: boolean;
  theme: MeetingTheme;
}

export type MeetingAction =
  | { type: 'order/move'; zoneId: string; delta: number }
  | { type: 'zone/select'; zoneId: string }
  | { type: 'zone/next' }
  | { type: 'zone/previous' }
  | { type: 'timer/toggle' }
  | { type: 'timer/reset' }
  | { type: 'stage/minutes'; minutes: number }
  | { type: 'reveal/start' }
  | { type: 'reveal/next'; count: number }
  | { type: 'reveal/back' }
  | { type: 'reveal/reset' }
  | { type: 'reveal/showAll'; count: number }
  | { type: 'reveal/end' }
  | { type: 'black/toggle' }
  | { type: 'theme/set'; theme: MeetingTheme };

export const DEFAULT_STAGE_MINUTES = 8;
export const MIN_STAGE_MINUTES = 1;
export const MAX_STAGE_MINUTES = 60;

const STOPPED: StageTimer = { startedAt: null, elapsedMs: 0 };

/** The state before the presenter touches anything: zones in the given (data) order, nothing on stage. */
export function initialMeetingState(zoneIds: readonly string[]): MeetingState {
  return {
    order: [...zoneIds],
    currentZoneId: null,
    stageMinutes: DEFAULT_STAGE_MINUTES,
    timer: STOPPED,
    reveal: { isActive: false, step: 0 },
    isBlack: false,
    theme: 'dark',
  };
}

/**
 * The running order against the zones that exist now: stored ids that still exist keep their
 * places, zones added since (an import) join at the end, removed ones drop out.
 */
export function reconcileOrder(order: readonly string[], zoneIds: readonly string[]): string[] {
  const existing = new Set(zoneIds);
  const kept = [...new Set(order)].filter((id) => existing.has(id));
  const placed = new Set(kept);
  return [...kept, ...zoneIds.filter((id) => !placed.has(id))];
}

/** Moves one id by `delta` places, clamped to the ends; an unknown id leaves the order as it is. */
export function moveInOrder(order: readonly string[], zoneId: string, delta: number): string[] {
  const from = order.indexOf(zoneId);
  if (from < 0 || !Number.isInteger(delta)) return [...order];
  const to = Math.min(order.length - 1, Math.max(0, from + delta));
  const next = order.filter((id) => id !== zoneId);
  next.splice(to, 0, zoneId);
  return next;
}

/** Milliseconds the timer has run at `now` (a clock that went backwards counts as no time). */
export function timerElapsedMs(timer: StageTimer, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return Math.max(0, timer.elapsedMs) + running;
}

/** Milliseconds left on stage at `now`; negative when the zone is over its time. */
export function timerRemainingMs(state: Pick<MeetingState, 'timer' | 'stageMinutes'>, now: number): number {
  return state.stageMinutes * 60_000 - timerElapsedMs(state.timer, now);
}

export function isTimerRunning(timer: StageTimer): boolean {
  return timer.startedAt !== null;
}

/** `m:ss` of remaining time, rounded up so a timer reads 0:00 only when time is up; overtime with a leading +. */
export function formatClock(remainingMs: number): string {
  const isOver = remainingMs < 0;
  const seconds = isOver ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return isOver ? `+${text}` : text;
}

/** A reveal step within [0, count]. */
export function clampRevealStep(step: number, count: number): number {
  const max = Math.max(0, Math.floor(count));
  if (!Number.isFinite(step)) return step > 0 ? max : 0;
  return Math.min(max, Math.max(0, Math.floor(step)));
}

/**
 * The order positions appear in during a reveal: from the last place to the first. `ranked` is in
 * rank order (the board's rows), so the reveal is simply its reverse.
 */
export function revealSequence<T>(ranked: readonly T[]): T[] {
  return [...ranked].reverse();
}

/** Whether the row at `index` (0 = first place) is revealed after `step` steps of `count`. */
export function isRevealed(index: number, step: number, count: number): boolean {
  return index >= count - clampRevealStep(step, count);
}

/** The podium shows once every position is revealed. */
export function isPodiumShown(reveal: RevealState, count: number): boolean {
  return reveal.isActive && count > 0 && clampRevealStep(reveal.step, count) >= count;
}

function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return DEFAULT_STAGE_MINUTES;
  return Math.min(MAX_STAGE_MINUTES, Math.max(MIN_STAGE_MINUTES, Math.round(minutes)));
}

/** Calls a zone to the stage: its timer starts from zero, paused. */
function callZone(state: MeetingState, zoneId: string | null): MeetingState {
  return { ...state, currentZoneId: zoneId, timer: STOPPED };
}

function neighbour(state: MeetingState, delta: 1 | -1): string | null {
  const { order, currentZoneId } = state;
  if (order.length === 0) return null;
  const index = currentZoneId === null ? -1 : order.indexOf(currentZoneId);
  if (index < 0) return delta === 1 ? (order[0] ?? null) : currentZoneId;
  const next = order[index + delta];
  return next ?? currentZoneId;
}

/** The state after `action` at time `now` (epoch ms). Never mutates `state`. */
export function reduceMeeting(state: MeetingState, action: MeetingAction, now: number): MeetingState {
  switch (action.type) {
    case 'order/move':
      return { ...state, order: moveInOrder(state.order, action.zoneId, action.delta) };
    case 'zone/select':
      return state.order.includes(action.zoneId) ? callZone(state, action.zoneId) : state;
    case 'zone/next':
    case 'zone/previous': {
      const target = neighbour(state, action.type === 'zone/next' ? 1 : -1);
      return target === state.currentZoneId ? state : callZone(state, target);
    }
    case 'timer/toggle': {
      const { timer } = state;
      // Starting the timer with nobody on stage calls the first zone of the running order.
      const base = state.currentZoneId === null ? callZone(state, state.order[0] ?? null) : state;
      return timer.startedAt === null
        ? { ...base, timer: { startedAt: now, elapsedMs: base.timer.elapsedMs } }
        : { ...base, timer: { startedAt: null, elapsedMs: timerElapsedMs(timer, now) } };
    }
    case 'timer/reset':
      return { ...state, timer: STOPPED };
    case 'stage/minutes':
      return { ...state, stageMinutes: clampMinutes(action.minutes) };
    case 'reveal/start':
      return { ...state, reveal: { isActive: true, step: 0 } };
    case 'reveal/next':
      return {
        ...state,
        reveal: { isActive: true, step: clampRevealStep(state.reveal.step + 1, action.count) },
      };
    case 'reveal/back':
      return { ...state, reveal: { ...state.reveal, step: Math.max(0, Math.floor(state.reveal.step) - 1) } };
    case 'reveal/reset':
      return { ...state, reveal: { ...state.reveal, step: 0 } };
    case 'reveal/showAll':
      return { ...state, reveal: { isActive: true, step: clampRevealStep(action.count, action.count) } };
    case 'reveal/end':
      return { ...state, reveal: { isActive: false, step: 0 } };
    case 'black/toggle':
      return { ...state, isBlack: !state.isBlack };
    case 'theme/set':
      return { ...state, theme: action.theme };
  }
}

const ACTION_TYPES: ReadonlySet<string> = new Set([
  'order/move',
  'zone/select',
  'zone/next',
  'zone/previous',
  'timer/toggle',
  'timer/reset',
  'stage/minutes',
  'reveal/start',
  'reveal/next',
  'reveal/back',
  'reveal/reset',
  'reveal/showAll',
  'reveal/end',
  'black/toggle',
  'theme/set',
]);

/**
 * Reads an action that arrived from another window (BroadcastChannel: structured clone of
 * anything): returns it only when every field has the type the reducer expects.
 */
export function parseMeetingAction(value: unknown): MeetingAction | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string' || !ACTION_TYPES.has(type)) return null;
  const isFiniteNumber = (key: string) => typeof record[key] === 'number' && Number.isFinite(record[key]);
  switch (type) {
    case 'order/move':
      return typeof record.zoneId === 'string' && isFiniteNumber('delta')
        ? { type, zoneId: record.zoneId, delta: record.delta as number }
        : null;
    case 'zone/select':
      return typeof record.zoneId === 'string' ? { type, zoneId: record.zoneId } : null;
    case 'stage/minutes':
      return isFiniteNumber('minutes') ? { type, minutes: record.minutes as number } : null;
    case 'reveal/next':
    case 'reveal/showAll':
      return isFiniteNumber('count') ? { type, count: record.count as number } : null;
    case 'theme/set':
      return record.theme === 'light' || record.theme === 'dark' ? { type, theme: record.theme } : null;
    default:
      return { type } as MeetingAction;
  }
}

/**
 * The state a window shows: the stored one (or the initial one before any presenter wrote it),
 * with the running order reconciled against the zones that exist and a zone on stage that exists.
 */
export function meetingStateOf(
  stored: MeetingState | null | undefined,
  zoneIds: readonly string[],
): MeetingState {
  const base = stored ?? initialMeetingState(zoneIds);
  const order = reconcileOrder(base.order, zoneIds);
  const currentZoneId =
    base.currentZoneId !== null && order.includes(base.currentZoneId) ? base.currentZoneId : null;
  return {
    order,
    currentZoneId,
    stageMinutes: base.stageMinutes,
    timer: base.timer,
    reveal: base.reveal,
    isBlack: base.isBlack,
    theme: base.theme,
  };
}
