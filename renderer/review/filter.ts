/** Which threads the sidebar shows (and the text highlights). */
import type { Author, CommentThread } from '../../main/model/index.js';
import { sameAuthor } from './authors.js';

export const threadFilters = ['open', 'resolved', 'mine', 'all'] as const;
export type ThreadFilter = (typeof threadFilters)[number];

export function matches(thread: CommentThread, filter: ThreadFilter, me: Author | null): boolean {
  switch (filter) {
    case 'open':
      return !thread.resolved;
    case 'resolved':
      return thread.resolved;
    case 'mine':
      return me !== null && thread.comments.some((c) => sameAuthor(c.author, me));
    case 'all':
      return true;
  }
}
