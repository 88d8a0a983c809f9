/**
 * The contract's channels implemented over one open project. Handlers receive
 * input that the dispatcher has already validated and return plain values;
 * the dispatcher validates those too before they leave main.
 */
import path from 'node:path';
import type { z } from 'zod';
import { exportHandlers, type ExportServices } from './export-handlers.js';
import { imageHandlers } from './image-handlers.js';
import { importHandlers } from './import-handlers.js';
import { reviewRoundHandlers, type ReviewCopyServices } from './review-handlers.js';
import type { Repository, ProjectStore } from '../store/types.js';
import type { Channel, Contract, Output, RecentProject } from './contract.js';
import type { Language } from './language.js';
import { reviewService } from '../review/service.js';
import { formatDivision } from '../model/index.js';
import { guardEdits } from './access.js';

/** What a handler receives: the input as the contract's schema parsed it. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;

export type Handler<C extends Channel> = (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

/** What the app around the project offers: Electron gives its own, the test bridge a fixed one. */
export interface AppServices {
  recent(): RecentProject[];
  readonly language: Language;
  /** Absent where nothing can be exported (tests of other channels). */
  readonly exports?: ExportServices;
  /** Absent where no reviewer copy can be made. */
  readonly reviewCopies?: ReviewCopyServices;
}

/** The list/get/put/delete quartet of a plain repository; `get` turns "absent" into JSON's null. */
function repository<T extends { id: string }>(repo: Repository<T>) {
  return {
    list: () => repo.list(),
    get: ({ id }: { id: string }) => repo.get(id) ?? null,
    put: (record: T) => repo.put(record),
    delete: ({ id }: { id: string }) => {
      repo.delete(id);
      return null;
    },
  };
}

export function createHandlers(store: ProjectStore, app: AppServices): Handlers {
  const workgroups = repository(store.workgroups);
  const sessions = repository(store.sessions);
  const contributors = repository(store.contributors);
  const visuals = repository(store.visuals);
  const review = reviewService(store);
  return guardEdits({
    'project.info': () => ({
      path: store.path,
      name: path.basename(store.path, path.extname(store.path)),
      readOnly: store.readOnly,
      counts: store.counts(),
    }),
    'project.check': () => store.check(),

    'publication.get': () => store.publication.get(),
    'publication.put': (publication) => store.publication.put(publication),
    // The patterns load on the first question, not with the app: most sessions never ask one.
    'hyphenation.divide': async ({ words }) => {
      const { patternDivision } = await import('../export/pdf/hyphenate/index.js');
      return { divisions: words.map((word) => formatDivision(patternDivision(word))) };
    },

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

    'material.summaries': () => store.material.summaries(),
    'material.get': ({ id }) => store.material.get(id) ?? null,
    'material.put': (item) => store.material.put(item),
    'material.delete': ({ id }) => {
      store.material.delete(id);
      return null;
    },
    'material.whereUsed': ({ id }) => store.material.whereUsed(id),

    'chapters.summaries': () => store.chapters.summaries(),
    'chapters.get': ({ id }) => store.chapters.get(id) ?? null,
    // Saving a body re-anchors its threads: a comment is never lost with the text it was on.
    'chapters.put': (chapter) => review.saveChapter(chapter),
    'chapters.patch': (patch) => review.patchChapter(patch),
    'chapters.delete': ({ id }) => {
      store.chapters.delete(id);
      return null;
    },
    'chapters.reorder': ({ ids }) => {
      store.chapters.reorder(ids);
      return null;
    },

    'visuals.list': visuals.list,
    'visuals.get': visuals.get,
    'visuals.put': visuals.put,
    'visuals.delete': visuals.delete,


    'threads.forChapter': ({ chapterId }) => store.threads.forChapter(chapterId),
    'threads.put': (thread) => store.threads.put(thread),
    'threads.delete': ({ id }) => {
      review.deleteThread(id);
      return null;
    },
    'threads.comment': (input) => review.comment(input),
    'threads.reply': ({ threadId, text }) => review.reply(threadId, text),
    'threads.edit': ({ threadId, commentId, text }) => review.edit(threadId, commentId, text),
    'threads.deleteComment': ({ threadId, commentId }) => review.deleteComment(threadId, commentId),
    'threads.resolve': ({ threadId }) => review.resolve(threadId),
    'threads.reopen': ({ threadId }) => review.reopen(threadId),
    'chapters.setReviewStatus': ({ chapterId, status }) => review.setStatus(chapterId, status),
    'review.overview': () => review.overview(),
    'profile.get': () => review.state(),
    'profile.put': (profile) => review.setProfile(profile),

    'snapshots.take': ({ chapterId, label }) => store.snapshots.take(chapterId, label),
    'snapshots.list': ({ chapterId }) => store.snapshots.list(chapterId),
    'snapshots.restore': ({ snapshotId }) => review.restoreSnapshot(snapshotId),

    search: ({ query, limit }) => store.search(query, limit),

    ...exportHandlers(store, app.exports, app.language),
    ...importHandlers(store),
    ...imageHandlers(store),
    ...reviewRoundHandlers(store, app.reviewCopies, app.language),

    'app.recent': () => app.recent(),
    'app.locale': () => ({ locale: app.language.current }),
    'app.setLocale': ({ locale }) => {
      app.language.set(locale);
      return { locale: app.language.current };
    },
  }, () => review.role() === 'reviewer');
}
