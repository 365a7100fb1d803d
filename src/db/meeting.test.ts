import { afterEach, describe, expect, it } from 'vitest';
import { reduceMeeting } from '../lib/meetingState';
import { ArenaDatabase } from './database';
import { claimPresenter, NotPresenterError, readMeeting, updateMeeting } from './meeting';

const ZONES = ['a', 'b', 'c'];
let db: ArenaDatabase;
let counter = 0;

function freshDb() {
  counter += 1;
  db = new ArenaDatabase(`meeting-test-${counter}`);
  return db;
}

afterEach(async () => {
  await db.delete();
});

describe('meeting state row', () => {
  it('is created by the first presenter claim with the zones in data order', async () => {
    freshDb();
    expect(await readMeeting(db)).toBeNull();
    const record = await claimPresenter(db, 'tab-1', ZONES, 1000);
    expect(record).toMatchObject({ order: ZONES, currentZoneId: null, presenterId: 'tab-1', revision: 1 });
    expect(await readMeeting(db)).toEqual(record);
  });

  it('applies every change of two quick presses, each in its own whole-row transaction', async () => {
    freshDb();
    await claimPresenter(db, 'tab-1', ZONES);
    await Promise.all([
      updateMeeting(db, 'tab-1', (state) => reduceMeeting(state, { type: 'reveal/next', count: 3 }, 0)),
      updateMeeting(db, 'tab-1', (state) => reduceMeeting(state, { type: 'reveal/next', count: 3 }, 0)),
    ]);
    const record = await readMeeting(db);
    expect(record?.reveal.step).toBe(2);
    expect(record?.revision).toBe(3);
  });

  it('refuses writes from a window that lost the presenter role, keeping the new presenter’s state', async () => {
    freshDb();
    await claimPresenter(db, 'tab-1', ZONES);
    await updateMeeting(db, 'tab-1', (state) => ({ ...state, isBlack: true }));
    // A second tab takes over: it keeps the meeting as it stands.
    const taken = await claimPresenter(db, 'tab-2', ZONES);
    expect(taken.isBlack).toBe(true);
    await expect(
      updateMeeting(db, 'tab-1', (state) => ({ ...state, isBlack: false })),
    ).rejects.toBeInstanceOf(NotPresenterError);
    expect((await readMeeting(db))?.isBlack).toBe(true);
    await updateMeeting(db, 'tab-2', (state) => ({ ...state, theme: 'light' }));
    expect((await readMeeting(db))?.theme).toBe('light');
  });

  it('refuses a write before any presenter claimed the row', async () => {
    freshDb();
    await expect(updateMeeting(db, 'tab-1', (state) => state)).rejects.toBeInstanceOf(NotPresenterError);
    expect(await readMeeting(db)).toBeNull();
  });
});
