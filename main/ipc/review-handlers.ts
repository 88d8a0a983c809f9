/**
 * The review round's channels: a copy for one reviewer, written where the
 * host says (Electron asks with a save dialog, the test bridge uses a folder
 * beside the project), and what a reviewer sends back merged into this project
 * as it is open, in one transaction.
 */
import path from 'node:path';
import { message, type Author } from '../model/index.js';
import { importReviewInto } from '../review/import.js';
import { initialsOf, makeReviewerCopyOf } from '../review/reviewer-copy.js';
import type { ProjectStore } from '../store/types.js';
import { withChosenFile } from './chosen-file.js';
import type { Handlers } from './handlers.js';
import type { Language } from './language.js';

export interface ReviewCopyServices {
  /** Where to write a reviewer copy, `suggestedName` without extension; null when the user cancelled. */
  chooseCopyTarget(suggestedName: string): Promise<string | null>;
}

type ReviewRoundChannels = 'review.copy' | 'review.import';

export function reviewRoundHandlers(store: ProjectStore, given: ReviewCopyServices | undefined, language: Language): Pick<Handlers, ReviewRoundChannels> {
  return {
    'review.copy': async ({ reviewer, initials }) => {
      if (given === undefined) throw new Error('this host offers no reviewer copies');
      const author: Author = { name: reviewer, initials: initials ?? initialsOf(reviewer), role: 'reviewer' };
      const project = path.basename(store.path, path.extname(store.path));
      const target = await given.chooseCopyTarget(message(language.current, 'reviewRound.copyFileName', { project, name: plainFileName(reviewer) }));
      if (target === null) return null;
      makeReviewerCopyOf(store, target, author);
      return { path: target, reviewer: author };
    },
    'review.import': ({ file }) => withChosenFile(file, (copy) => importReviewInto(store, copy)),
  };
}

/** A name as part of a file name on every system: no separators or characters Windows refuses. */
function plainFileName(name: string): string {
  return name.replace(/[<>:"/\\|?*\p{Cc}]/gu, '_').trim();
}
