/**
 * Who may use which channel. Every channel is classified, so a new one cannot
 * slip past the reviewer role: `read` is for everyone, `review` (commenting,
 * replying, resolving, review status, one's own profile) too; `edit` — every
 * write to text, material or structure — and `manage` — running the review
 * round: copies for reviewers, their work imported into the master — only
 * for an editor. A reviewer's call is refused in main, whatever the UI shows.
 */
import { UserError, type UserErrorCode } from '../model/index.js';
import type { Channel } from './contract.js';
import type { Handlers } from './handlers.js';

export type Access = 'read' | 'review' | 'edit' | 'manage';

/** What a reviewer is told for each access only an editor has. */
const refusals: Partial<Record<Access, UserErrorCode>> = { edit: 'reviewerReadOnly', manage: 'reviewerNoCopies' };

export const channelAccess: Record<Channel, Access> = {
  'project.info': 'read',
  'project.check': 'read',
  'publication.get': 'read',
  'publication.put': 'edit',
  // Asking how the patterns divide a word changes nothing: a reviewer may ask too.
  'hyphenation.divide': 'read',
  'workgroups.list': 'read',
  'workgroups.get': 'read',
  'workgroups.put': 'edit',
  'workgroups.delete': 'edit',
  'sessions.list': 'read',
  'sessions.get': 'read',
  'sessions.put': 'edit',
  'sessions.delete': 'edit',
  'contributors.list': 'read',
  'contributors.get': 'read',
  'contributors.put': 'edit',
  'contributors.delete': 'edit',
  'material.summaries': 'read',
  'material.get': 'read',
  'material.put': 'edit',
  'material.delete': 'edit',
  'material.whereUsed': 'read',
  'chapters.summaries': 'read',
  'chapters.get': 'read',
  'chapters.put': 'edit',
  'chapters.patch': 'edit',
  'chapters.delete': 'edit',
  'chapters.reorder': 'edit',
  'chapters.setReviewStatus': 'review',
  'visuals.list': 'read',
  'visuals.get': 'read',
  'visuals.put': 'edit',
  'visuals.delete': 'edit',
  'visuals.printColumn': 'read',
  'visuals.chart': 'read',
  'images.put': 'edit',
  'threads.forChapter': 'read',
  // A raw thread write could rewrite anyone's comments: the editor's, for undo.
  'threads.put': 'edit',
  'threads.delete': 'edit',
  'threads.comment': 'review',
  'threads.reply': 'review',
  'threads.edit': 'review',
  'threads.deleteComment': 'review',
  'threads.resolve': 'review',
  'threads.reopen': 'review',
  'review.overview': 'read',
  'profile.get': 'read',
  'profile.put': 'review',
  'snapshots.take': 'edit',
  'snapshots.list': 'read',
  'snapshots.restore': 'edit',
  search: 'read',
  // Exporting reads the project and writes only the file the user chose.
  'export.options': 'read',
  'export.prepare': 'read',
  'export.start': 'read',
  'export.status': 'read',
  'export.cancel': 'read',
  'export.show': 'read',
  // Previewing runs an untrusted file through the importers: only for whoever may import it.
  'import.preview': 'edit',
  'import.apply': 'edit',
  'contributors.pseudonymise': 'edit',
  'contributors.undoPseudonymisation': 'edit',
  // A reviewer works in their own copy and sends it back; bringing it in is the editor's.
  'review.copy': 'manage',
  'review.import': 'manage',
  'app.recent': 'read',
  'app.locale': 'read',
  // The language one reads Bundel in is one's own business, a reviewer's too.
  'app.setLocale': 'read',
};

/** The handlers with every editor-only channel behind a check that throws the access's refusal for a reviewer. */
export function guardEdits(handlers: Handlers, isReviewer: () => boolean): Handlers {
  // Handlers differ in their input types; each keeps its own, behind a check that only throws.
  const guarded = { ...handlers } as unknown as Record<string, (input: unknown) => unknown>;
  for (const [channel, access] of Object.entries(channelAccess)) {
    const refusal = refusals[access];
    if (refusal === undefined) continue;
    const handler = guarded[channel]!;
    guarded[channel] = (input) => {
      if (isReviewer()) throw new UserError(refusal);
      return handler(input);
    };
  }
  return guarded as unknown as Handlers;
}
