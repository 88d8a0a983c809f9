/**
 * The one contract between the renderer and main: every channel with the zod
 * schema of what goes in and what comes out. Main validates both directions
 * against it; the renderer's typed client is derived from it. Only zod,
 * main/model and the contract's own parts (files.ts and the export, import
 * and review round's channels) are imported, so the renderer can import this
 * file as is.
 *
 * Inputs are always objects (strict: unknown properties are refused) and
 * outputs are JSON values, so the same payloads travel over Electron's IPC and
 * over the HTTP test bridge. "Nothing" is `null`, never `undefined`.
 */
import { z } from 'zod';
import {
  Author,
  Chapter,
  ChapterKind,
  ChapterSnapshot,
  CommentThread,
  Consent,
  ContentHash,
  Contributor,
  EditorialStatus,
  Id,
  ImageMime,
  Line,
  MaterialItem,
  PlainText,
  PrintColumn,
  ProfileRole,
  MaterialKind,
  Publication,
  ReviewStatus,
  RichNode,
  Session,
  Timestamp,
  Visual,
  Workgroup,
  locales,
  maxImageBytes,
  userErrorCodes,
} from '../model/index.js';
import { exportChannels } from './export-contract.js';
import { importChannels } from './import-contract.js';
import { reviewRoundChannels } from './review-contract.js';

export * from './export-contract.js';
export { ImportFile, maxImportBytes } from './files.js';
export * from './import-contract.js';
export * from './review-contract.js';

const none = z.strictObject({});
const byId = z.strictObject({ id: Id });
const done = z.null();

export const MaterialSummary = z.strictObject({
  id: Id,
  kind: MaterialKind,
  title: z.string(),
  workgroupId: Id.nullable(),
  sessionId: Id.nullable(),
  contributorIds: z.array(Id),
  themes: z.array(z.string()),
  consent: Consent,
  editorialStatus: EditorialStatus,
  updatedAt: Timestamp,
  usedIn: z.array(Id),
});
export type MaterialSummary = z.infer<typeof MaterialSummary>;

export const ChapterSummary = z.strictObject({
  id: Id,
  kind: ChapterKind,
  title: z.string(),
  byline: z.string(),
  reviewStatus: ReviewStatus,
  updatedAt: Timestamp,
  words: z.number().int().min(0),
});
export type ChapterSummary = z.infer<typeof ChapterSummary>;

export const SearchHit = z.strictObject({
  type: z.enum(['material', 'chapter']),
  id: Id,
  title: z.string(),
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

const count = z.number().int().min(0);
export const ProjectCounts = z.strictObject({
  workgroups: count,
  sessions: count,
  contributors: count,
  material: count,
  chapters: count,
  visuals: count,
  threads: count,
});

export const ProjectInfo = z.strictObject({
  path: z.string(),
  /** The file name without folder and extension, for the window title. */
  name: z.string(),
  readOnly: z.boolean(),
  counts: ProjectCounts,
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

const RecordRef = z.strictObject({ type: z.string(), id: z.string() });
export const CheckReport = z.strictObject({
  integrity: z.array(z.string()),
  invalidRecords: z.array(z.strictObject({ type: z.string(), id: z.string(), problem: z.string() })),
  brokenReferences: z.array(z.strictObject({ from: RecordRef, to: RecordRef })),
  ok: z.boolean(),
});

export const RecentProject = z.strictObject({
  path: z.string().min(1).max(4096),
  name: z.string().max(512),
  openedAt: Timestamp,
});
export type RecentProject = z.infer<typeof RecentProject>;

export const Locale = z.enum(locales);

/** Image bytes travel as base64 so that the payload is plain JSON on every transport. */
export const ImageUpload = z.strictObject({
  bytes: z.base64().max(Math.ceil(maxImageBytes / 3) * 4),
  mime: ImageMime,
});

/** What main made of an uploaded image: its hash once stored (an SVG sanitised), its real type and its size, read from the bytes. */
export const ImageStored = z.strictObject({
  hash: ContentHash,
  mime: ImageMime,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** Who is using this file, and how: a reviewer copy opens for a reviewer whatever the profile says. */
export const ProfileState = z.strictObject({
  profile: Author.nullable(),
  role: ProfileRole,
  reviewCopy: z.strictObject({ reviewer: Author, madeAt: Timestamp }).nullable(),
});
export type ProfileState = z.infer<typeof ProfileState>;

const CommentText = PlainText(20_000).trim().min(1);

/** See review/types.ts: the body only when main rewrote it; whether the chapter's threads moved. */
export const SavedChapter = Chapter.extend({ body: Chapter.shape.body.nullable(), threadsMoved: z.boolean() });
export type SavedChapter = z.infer<typeof SavedChapter>;
/** See review/types.ts: the blocks of a chapter's text an edit changed. */
export const ChapterTextPatch = z
  .strictObject({
    id: Id,
    base: Timestamp,
    count,
    from: count,
    to: count,
    blocks: z.array(RichNode).max(100_000),
    updatedAt: Timestamp,
  })
  .refine((patch) => patch.from <= patch.to && patch.to <= patch.count, { message: 'from ≤ to ≤ count' });

/** A change to a thread; `chapter` is the chapter as stored now when a mark was put on or taken off, else null. */
export const ThreadChange = z.strictObject({ thread: CommentThread.nullable(), chapter: Chapter.nullable() });
export type ThreadChange = z.infer<typeof ThreadChange>;

export const ReviewOverview = z.strictObject({
  chapters: z.array(
    z.strictObject({
      chapterId: Id,
      title: z.string(),
      kind: ChapterKind,
      status: ReviewStatus,
      openThreads: z.number().int().min(0),
      resolvedThreads: z.number().int().min(0),
      /** Threads whose passage was deleted and that now sit on the nearest surviving text. */
      movedThreads: z.number().int().min(0),
      lastActivity: Timestamp.nullable(),
    }),
  ),
  /** Per reviewer the chapters "ter review" they have not commented on or decided since they went into review. */
  reviewers: z.array(z.strictObject({ reviewer: Author, owes: z.array(z.strictObject({ chapterId: Id, title: z.string() })) })),
});
export type ReviewOverview = z.infer<typeof ReviewOverview>;

function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/** The four channels of a plain repository of records. */
function repository<R extends z.ZodType>(record: R) {
  return {
    list: channel(none, z.array(record)),
    get: channel(byId, record.nullable()),
    put: channel(record, record),
    delete: channel(byId, done),
  };
}

const workgroups = repository(Workgroup);
const sessions = repository(Session);
const contributors = repository(Contributor);
const visuals = repository(Visual);

/** A generated visual as standalone SVG markup (our own: labels escaped, no scripts), measured in points. */
const ChartSvg = z.strictObject({ svg: z.string().max(10_000_000), width: z.number().positive(), height: z.number().positive() });

export const contract = {
  'project.info': channel(none, ProjectInfo),
  'project.check': channel(none, CheckReport),

  'publication.get': channel(none, Publication),
  'publication.put': channel(Publication, Publication),
  /**
   * How the Dutch patterns alone divide each word, a hyphen at each break
   * ("man-tel-zor-gon-der-steu-ning"): what the editor corrects into a
   * division of the publication's own.
   */
  'hyphenation.divide': channel(
    z.strictObject({ words: z.array(Line(100).min(1)).max(200) }),
    z.strictObject({ divisions: z.array(z.string()).max(200) }),
  ),

  'workgroups.list': workgroups.list,
  'workgroups.get': workgroups.get,
  'workgroups.put': workgroups.put,
  'workgroups.delete': workgroups.delete,

  'sessions.list': sessions.list,
  'sessions.get': sessions.get,
  'sessions.put': sessions.put,
  'sessions.delete': sessions.delete,

  'contributors.list': contributors.list,
  'contributors.get': contributors.get,
  'contributors.put': contributors.put,
  'contributors.delete': contributors.delete,

  'material.summaries': channel(none, z.array(MaterialSummary)),
  'material.get': channel(byId, MaterialItem.nullable()),
  'material.put': channel(MaterialItem, MaterialItem),
  'material.delete': channel(byId, done),
  'material.whereUsed': channel(byId, z.array(z.strictObject({ id: Id, title: z.string() }))),

  'chapters.summaries': channel(none, z.array(ChapterSummary)),
  'chapters.get': channel(byId, Chapter.nullable()),
  'chapters.put': channel(Chapter, SavedChapter),
  /** The editor's save while one types: only the blocks that changed travel; null when the stored chapter has moved on (send it whole). */
  'chapters.patch': channel(ChapterTextPatch, SavedChapter.nullable()),
  'chapters.delete': channel(byId, done),
  'chapters.reorder': channel(z.strictObject({ ids: z.array(Id).max(10_000) }), done),

  'visuals.list': visuals.list,
  'visuals.get': visuals.get,
  'visuals.put': visuals.put,
  'visuals.delete': visuals.delete,

  /** The room a figure gets in the publication's template: the visuals form shows whether an image is sharp in it. */
  'visuals.printColumn': channel(none, PrintColumn),
  /** A chart visual drawn from the project's current data in its template, as SVG; null for an image visual. */
  'visuals.chart': channel(byId, ChartSvg.nullable()),

  'images.put': channel(ImageUpload, ImageStored),

  'threads.forChapter': channel(z.strictObject({ chapterId: Id }), z.array(CommentThread)),
  'threads.put': channel(CommentThread, CommentThread),
  'threads.delete': channel(byId, done),
  /** Opens a thread on the passage from `from` to `to` (positions in the stored body); the chapter comes back with its mark. */
  'threads.comment': channel(
    z.strictObject({ chapterId: Id, from: z.number().int().min(0), to: z.number().int().min(0), text: CommentText }),
    z.strictObject({ thread: CommentThread, chapter: Chapter }),
  ),
  'threads.reply': channel(z.strictObject({ threadId: Id, text: CommentText }), CommentThread),
  /** Only your own comment. */
  'threads.edit': channel(z.strictObject({ threadId: Id, commentId: Id, text: CommentText }), CommentThread),
  /** Only your own comment; deleting a thread's only comment deletes the thread and its mark. */
  'threads.deleteComment': channel(z.strictObject({ threadId: Id, commentId: Id }), ThreadChange),
  'threads.resolve': channel(z.strictObject({ threadId: Id }), CommentThread),
  'threads.reopen': channel(z.strictObject({ threadId: Id }), CommentThread),

  'chapters.setReviewStatus': channel(z.strictObject({ chapterId: Id, status: ReviewStatus }), Chapter),
  'review.overview': channel(none, ReviewOverview),
  'profile.get': channel(none, ProfileState),
  'profile.put': channel(Author, ProfileState),

  'snapshots.take': channel(z.strictObject({ chapterId: Id, label: Line(200) }), ChapterSnapshot),
  'snapshots.list': channel(z.strictObject({ chapterId: Id }), z.array(ChapterSnapshot)),
  'snapshots.restore': channel(z.strictObject({ snapshotId: Id }), Chapter),

  search: channel(
    z.strictObject({ query: z.string().max(500), limit: z.number().int().min(1).max(200).optional() }),
    z.array(SearchHit),
  ),

  ...exportChannels,
  ...importChannels,
  ...reviewRoundChannels,

  'app.recent': channel(none, z.array(RecentProject)),
  'app.locale': channel(none, z.strictObject({ locale: Locale })),
  /** The app's language, for its menus, dialogs and messages as well as the UI; kept for the next start. */
  'app.setLocale': channel(z.strictObject({ locale: Locale }), z.strictObject({ locale: Locale })),
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes on a channel (before zod's transforms, e.g. trimming). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a channel delivers once validated. */
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Error codes on the wire: the store's user errors plus the contract's own. */
export const ipcErrorCodes = [...userErrorCodes, 'unknownChannel', 'invalidPayload', 'forbidden', 'unexpected'] as const;
export const IpcErrorCode = z.enum(ipcErrorCodes);
export type IpcErrorCode = z.infer<typeof IpcErrorCode>;

export const IpcError = z.strictObject({
  code: IpcErrorCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The sentence to show, from the message catalogue in the app's locale. */
  message: z.string(),
});
export type IpcError = z.infer<typeof IpcError>;

/** Every answer: the value, or an error the UI can show as is. */
export const Envelope = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: IpcError }),
]);
export type Envelope = z.infer<typeof Envelope>;
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Commands the native menu sends to the focused window's UI (main → renderer, no answer). */
/** `language`: the app's language changed (from the menu or another window); read it again. */
export const menuCommands = ['export', 'find', 'reviewCopy', 'reviewImport', 'language'] as const;
export const MenuCommand = z.enum(menuCommands);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** What the preload puts on `window.bundel`: the contract's one entry point and the menu commands. */
export interface PreloadApi {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** Returns a function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Where the two transports carry the contract: both ends read these names. */
export const transportNames = {
  /** The renderer's origin in the desktop app; the IPC sender must be this origin's main frame. */
  appOrigin: 'bundel://app',
  /** Project images in the desktop app: `bundel://image/<hash>`. */
  imageBase: 'bundel://image/',
  /** The test bridge: POST {channel, payload} here. */
  bridgeIpcPath: '/ipc',
  /** The test bridge's images: `/image/<hash>`. */
  bridgeImagePath: '/image/',
  /** The test bridge's per-run token: in the first URL's query, then in this header on every call. */
  bridgeTokenParam: 'token',
  bridgeTokenHeader: 'x-bundel-token',
} as const;

/** A call over the test bridge's HTTP transport. */
export const BridgeRequest = z.strictObject({ channel: z.string().max(100), payload: z.unknown() });
