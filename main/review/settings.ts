/**
 * What review remembers in a project file's settings: the local profile, the
 * project's identity (a reviewer copy carries its master's), the reviewers
 * known to the project, and — in a reviewer copy only — whose copy it is and
 * what it held when it was made, so that importing it back brings only what
 * the reviewer did.
 */
import { z } from 'zod';
import { Author, Id, namedRecordWithId, newId, ReviewStatus, Timestamp, UserError } from '../model/index.js';
import type { ProjectStore } from '../store/index.js';

/** What a reviewer copy held when it was made: per thread its comments and state, per chapter its status. */
export const Baseline = z.strictObject({
  threads: z.record(Id, z.strictObject({ commentIds: z.array(Id), resolved: z.boolean() })),
  statuses: z.record(Id, ReviewStatus),
});
export type Baseline = z.infer<typeof Baseline>;

export const ReviewCopy = z.strictObject({
  reviewer: Author,
  projectId: Id,
  madeAt: Timestamp,
  baseline: Baseline,
});
export type ReviewCopy = z.infer<typeof ReviewCopy>;

const keys = {
  profile: 'review.profile',
  projectId: 'review.projectId',
  copy: 'review.copy',
  reviewers: 'review.reviewers',
} as const;

function read<T>(store: ProjectStore, key: string, schema: z.ZodType<T>): T | undefined {
  const value = store.settings.get(key);
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw new UserError('invalidRecord', { ...namedRecordWithId('setting', key), problem: result.error.issues[0]?.message ?? '' });
  return result.data;
}

function write<T>(store: ProjectStore, key: string, schema: z.ZodType<T>, value: T): void {
  const result = schema.safeParse(value);
  if (!result.success) throw new UserError('invalidRecord', { ...namedRecordWithId('setting', key), problem: result.error.issues[0]?.message ?? '' });
  store.settings.put(key, result.data);
}

export const reviewSettings = {
  profile: (store: ProjectStore): Author | null => read(store, keys.profile, Author) ?? null,
  setProfile: (store: ProjectStore, profile: Author): void => write(store, keys.profile, Author, profile),

  copy: (store: ProjectStore): ReviewCopy | null => read(store, keys.copy, ReviewCopy) ?? null,
  setCopy: (store: ProjectStore, copy: ReviewCopy): void => write(store, keys.copy, ReviewCopy, copy),

  /** The project's identity if it has one yet (it gets one when its first reviewer copy is made). */
  knownProjectId: (store: ProjectStore): Id | null => read(store, keys.projectId, Id) ?? null,

  /** The project's identity, made the first time it is asked for. */
  projectId: (store: ProjectStore): Id => {
    const known = read(store, keys.projectId, Id);
    if (known) return known;
    const id = newId();
    store.settings.put(keys.projectId, id);
    return id;
  },

  reviewers: (store: ProjectStore): Author[] => read(store, keys.reviewers, z.array(Author)) ?? [],
  setReviewers: (store: ProjectStore, reviewers: Author[]): void => write(store, keys.reviewers, z.array(Author), reviewers),
};
