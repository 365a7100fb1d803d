import Dexie, { type EntityTable, type Table } from 'dexie';
import type { BundleMeta } from '../formats/bundle';
import type { MeetingState } from '../lib/meetingState';
import type {
  Category,
  Fact,
  Indicator,
  Judge,
  JuryScore,
  Period,
  PointEvent,
  Scorecard,
  Shortfall,
  Target,
  Zone,
  ZoneText,
} from '../scoring/model';

/** The dataset's own metadata, stored as a single row so the whole bundle round-trips. */
export interface DatasetRecord {
  id: 'dataset';
  meta: BundleMeta;
  /** Where the data came from: the bundled file or a user import. */
  origin: 'bundled' | 'imported';
  loadedAt: string;
}

/** The user's current weights for one scorecard (raw numbers, node id → weight). */
export interface WeightSet {
  scorecardId: string;
  weights: Record<string, number>;
  updatedAt: string;
}

/** A full copy of the data taken before a destructive action, so the action can be undone. */
export interface Backup {
  id?: number;
  reason: 'reset' | 'clear-sample' | 'restore' | 'import' | 'remove-judge';
  createdAt: string;
  /** `BackupContent` as JSON text, kept as text so old backups survive schema changes. */
  contentJson: string;
}

/** Small per-browser choices that are not data, e.g. which scorecard the board shows. */
export interface Setting {
  /** `columnVisibility:<scorecardId>` holds that scorecard's table column visibility as JSON. */
  key: 'activeScorecardId' | `columnVisibility:${string}`;
  value: string;
}

/** One zone's place in a frozen ranking. */
export interface SnapshotEntry {
  zoneId: string;
  /** null when the zone was excluded from the ranking. */
  rank: number | null;
  total: number | null;
}

/**
 * A frozen ranking (DESIGN §2): which rules (scorecard, revision, weights) on which data produced
 * which ranks, and when — the baseline for "rank change since last meeting" and an audit record.
 */
export interface Snapshot {
  id?: number;
  scorecardId: string;
  scorecardRevision: number;
  periodId: string;
  /** The raw weights in force, node id → weight. */
  weights: Record<string, number>;
  /** The dataset's version: its as-of date and when it was loaded (changes on every import or reset). */
  dataVersion: string;
  result: SnapshotEntry[];
  createdAt: string;
  note: string;
}

/**
 * The meeting's one state row (running order, zone on stage, timer, reveal step, black screen,
 * theme), written only by the presenter window and read live by the audience window.
 */
export interface MeetingRecord extends MeetingState {
  id: 'meeting';
  /** Incremented by every write, so a reader can tell the row changed and a test can count writes. */
  revision: number;
  /** The presenter window allowed to write (a per-tab id); another window's writes are refused. */
  presenterId: string;
  /** Epoch milliseconds of the last write. */
  updatedAt: number;
}

export const DATABASE_NAME = 'leitai-arena';

/**
 * The only module that declares the IndexedDB schema. Every version stays listed with its
 * upgrade so a browser holding any older version migrates forward without losing data.
 */
export class ArenaDatabase extends Dexie {
  datasets!: EntityTable<DatasetRecord, 'id'>;
  categories!: EntityTable<Category, 'id'>;
  zones!: EntityTable<Zone, 'id'>;
  periods!: EntityTable<Period, 'id'>;
  indicators!: EntityTable<Indicator, 'id'>;
  facts!: EntityTable<Fact, 'id'>;
  targets!: EntityTable<Target, 'id'>;
  texts!: EntityTable<ZoneText, 'id'>;
  shortfalls!: EntityTable<Shortfall, 'id'>;
  judges!: EntityTable<Judge, 'id'>;
  juryScores!: EntityTable<JuryScore, 'id'>;
  pointEvents!: EntityTable<PointEvent, 'id'>;
  // A plain Table: Dexie's key-path typing recurses forever on the scorecard's node tree.
  scorecards!: Table<Scorecard, string>;
  weightSets!: EntityTable<WeightSet, 'scorecardId'>;
  backups!: EntityTable<Backup, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  meeting!: EntityTable<MeetingRecord, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      datasets: 'id',
      categories: 'id',
      zones: 'id, categoryId',
      periods: 'id',
      indicators: 'id, kind',
      facts: 'id, zoneId, indicatorId, periodId',
      targets: 'id, zoneId, indicatorId, periodId',
      texts: 'id, zoneId, kind',
      shortfalls: 'id, zoneId',
      judges: 'id',
      juryScores: 'id, zoneId, judgeId, indicatorId, isSample',
      pointEvents: 'id, zoneId',
      scorecards: 'id',
      weightSets: 'scorecardId',
      backups: '++id, createdAt',
    });
    // v2 adds the settings table; the existing tables and their data are kept as they are.
    this.version(2).stores({ settings: 'key' });
    // v3 adds saved snapshots (frozen rankings); nothing existing changes.
    this.version(3).stores({ snapshots: '++id, scorecardId, createdAt' });
    // v4 adds the meeting state row (presenter console ⇄ audience view); nothing existing changes.
    this.version(4).stores({ meeting: 'id' });
  }

  /**
   * The tables that hold the dataset (everything a bundle carries). Typed as Dexie's default
   * `Table` (any rows): callers only clear, count or pass them to transactions.
   */
  get dataTables(): Table[] {
    return [
      this.datasets,
      this.categories,
      this.zones,
      this.periods,
      this.indicators,
      this.facts,
      this.targets,
      this.texts,
      this.shortfalls,
      this.judges,
      this.juryScores,
      this.pointEvents,
      // Checking Table<Scorecard> against Table<any> makes TypeScript expand key paths of the
      // recursive node tree forever; the double cast skips that check.
      this.scorecards as unknown as Table,
    ];
  }
}
