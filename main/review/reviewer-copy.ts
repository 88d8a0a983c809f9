/**
 * Reviewer copies: a copy of the project for one reviewer, which opens in
 * reviewer mode and remembers what it held when it was made, so that importing
 * it back brings exactly what the reviewer did.
 */
import { now, type Author, type Timestamp } from '../model/index.js';
import { copyProject, openProject, type ProjectStore } from '../store/index.js';
import { reviewSettings, type Baseline } from './settings.js';
import { sameAuthor } from './threads.js';

/** Initials from a name: the first letter of each word, "Samira El Amrani" → "SEA". */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => word.match(/\p{L}/u)?.[0] ?? '')
    .join('');
  return (letters || name.trim().slice(0, 1) || '?').toLocaleUpperCase('nl').slice(0, 8);
}

export function makeReviewerCopy(master: string, out: string, reviewer: Author, at: Timestamp = now()): void {
  const source = openProject(master);
  try {
    makeReviewerCopyOf(source, out, reviewer, at);
  } finally {
    source.close();
  }
}

/**
 * The same from a project that is open (the app's): the reviewer is
 * remembered in it, then SQLite copies the file as committed, so nothing the
 * app has stored is missing from the copy.
 */
export function makeReviewerCopyOf(source: ProjectStore, out: string, reviewer: Author, at: Timestamp = now()): void {
  const projectId = source.transaction(() => {
    const id = reviewSettings.projectId(source);
    const known = reviewSettings.reviewers(source);
    if (!known.some((r) => sameAuthor(r, reviewer))) reviewSettings.setReviewers(source, [...known, reviewer]);
    return id;
  });
  copyProject(source.path, out, (copy) =>
    copy.transaction(() => {
      reviewSettings.setCopy(copy, { reviewer, projectId, madeAt: at, baseline: baselineOf(copy) });
      reviewSettings.setProfile(copy, reviewer);
    }),
  );
}

export function baselineOf(store: ProjectStore): Baseline {
  return {
    threads: Object.fromEntries(
      store.threads.list().map((t) => [t.id, { commentIds: t.comments.map((c) => c.id), resolved: t.resolved }]),
    ),
    statuses: Object.fromEntries(store.chapters.summaries().map((c) => [c.id, c.reviewStatus])),
  };
}
