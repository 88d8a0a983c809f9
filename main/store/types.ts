/**
 * The public face of a project file: what the CLI, the IPC handlers, the
 * importers and the exporters use. Every method that writes runs in one
 * transaction and validates its input; every error a user can act on is a
 * `UserError` from main/model.
 */
import type {
  Chapter,
  ChapterKind,
  CheckedMaterialItem,
  ChapterSnapshot,
  CommentThread,
  Consent,
  Contributor,
  EditorialStatus,
  MaterialItem,
  MaterialKind,
  ProjectData,
  Publication,
  ReviewStatus,
  RichDoc,
  Session,
  Visual,
  Workgroup,
} from '../model/index.js';
import type { StatusChange } from './repositories/review.js';

export type { StatusChange } from './repositories/review.js';

/** Records with an id: list, get, insert-or-replace, delete. */
export interface Repository<T extends { id: string }> {
  list(): T[];
  get(id: string): T | undefined;
  /** Validates and inserts or replaces; returns the stored record. */
  put(record: T): T;
  /** Throws `notFound` when there is no such record. */
  delete(id: string): void;
}

/** What the material library shows in its list, without reading bodies. */
export interface MaterialSummary {
  id: string;
  kind: MaterialKind;
  title: string;
  workgroupId: string | null;
  sessionId: string | null;
  contributorIds: string[];
  themes: string[];
  consent: Consent;
  editorialStatus: EditorialStatus;
  updatedAt: string;
  /** Ids of the chapters whose boxes show the item. */
  usedIn: string[];
}

export interface ChapterSummary {
  id: string;
  kind: ChapterKind;
  title: string;
  byline: string;
  reviewStatus: ReviewStatus;
  updatedAt: string;
  words: number;
}

export interface SearchHit {
  type: 'material' | 'chapter';
  id: string;
  title: string;
  /** A short stretch of matching text with the hits between « and ». */
  snippet: string;
}

export interface StoredImage {
  hash: string;
  mime: string;
  bytes: Uint8Array;
}

export interface CheckReport {
  /** `PRAGMA integrity_check` lines; `['ok']` when sound. */
  integrity: string[];
  invalidRecords: { type: string; id: string; problem: string }[];
  brokenReferences: { from: { type: string; id: string }; to: { type: string; id: string } }[];
  ok: boolean;
}

export interface ProjectCounts {
  workgroups: number;
  sessions: number;
  contributors: number;
  material: number;
  chapters: number;
  visuals: number;
  threads: number;
}

export interface ProjectStore {
  readonly path: string;
  /** True when the file could only be opened for reading; every write then throws `readOnly`. */
  readonly readOnly: boolean;

  publication: { get(): Publication; put(publication: Publication): Publication };
  workgroups: Repository<Workgroup>;
  sessions: Repository<Session>;
  contributors: Repository<Contributor>;
  material: Repository<MaterialItem> & {
    /**
     * As `put`, for an item that passed `MaterialItem` already: an import of thousands is not checked twice.
     * With `indexLater`, the item's text is indexed for search just after the transaction, not in it
     * (see `searchIndexed`).
     */
    putChecked(item: CheckedMaterialItem, options?: { indexLater?: boolean }): MaterialItem;
    summaries(): MaterialSummary[];
    /**
     * Each item's id, title and body, in `list()` order: for reading the items' text (as the
     * duplicate check does) without checking the rest of every record.
     */
    bodies(): { id: string; title: string; body: RichDoc }[];
    /** Chapters whose boxes show the item, in reading order. */
    whereUsed(id: string): { id: string; title: string }[];
  };
  /** `list()` is in reading order; `put` of a new chapter appends it. */
  chapters: Repository<Chapter> & {
    summaries(): ChapterSummary[];
    /** Sets the reading order; `ids` must be exactly the chapters' ids. */
    reorder(ids: string[]): void;
  };
  visuals: Repository<Visual>;
  /** Image bytes, stored once per content hash (SHA-256). */
  images: {
    put(bytes: Uint8Array, mime: string): string;
    get(hash: string): StoredImage | undefined;
  };
  threads: Repository<CommentThread> & { forChapter(chapterId: string): CommentThread[] };
  /** Every change of a chapter's review status, oldest first. */
  statusChanges: {
    list(): StatusChange[];
    get(id: string): StatusChange | undefined;
    forChapter(chapterId: string): StatusChange[];
    /** Refuses an id that is there already: a change is recorded once. */
    add(change: StatusChange): StatusChange;
  };
  snapshots: {
    take(chapterId: string, label: string): ChapterSnapshot;
    /** Newest first. */
    list(chapterId: string): ChapterSnapshot[];
    /** Puts the snapshot's title, byline and body back; first snapshots the current state, so a restore can be undone. */
    restore(snapshotId: string): Chapter;
  };

  /**
   * What the project remembers besides its records, as JSON values by key;
   * `get` returns the parsed JSON unvalidated: its reader checks it.
   */
  settings: {
    get(key: string): unknown;
    put(key: string, value: unknown): void;
    /** Removing a key that is not there does nothing. */
    delete(key: string): void;
  };

  /**
   * Runs `fn` so that all of its writes are saved together or not at all (the
   * repositories' own writes inside it become part of it). Returns what `fn` returns. A `large`
   * write (an import of thousands of items) leaves copying the write-ahead log into the file to
   * the next commit instead of making its caller wait for it.
   */
  transaction<T>(fn: () => T, options?: { large?: boolean }): T;

  /**
   * Full-text search over material and chapters; diacritics fold (reünie ≈ reunie); the last word matches as a prefix.
   * Items still waiting to be indexed are indexed first, so a search right after an import finds them.
   */
  search(query: string, limit?: number): SearchHit[];
  /**
   * Resolves once every item written with `indexLater` is in the search index (that happens in the
   * background by itself; this is for whoever must know when it is done). Rejects when it failed.
   */
  searchIndexed(): Promise<void>;
  counts(): ProjectCounts;
  /** Every record, ready to write elsewhere with `createProject`. */
  exportData(): ProjectData;
  /**
   * A name for the file's content as it is now, for whoever keeps a copy of
   * `exportData()`: it changes with every write through this store (SQLite's
   * total_changes, which also counts writes that nothing reads, such as the
   * search index's) and every commit of another connection (data_version).
   * While it stays the same, `exportData()` gives the same.
   */
  revision(): string;
  /** Integrity of the file and validation of every record and reference. */
  check(): CheckReport;
  close(): void;
}
