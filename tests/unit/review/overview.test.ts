import { describe, expect, it } from 'vitest';
import type { Author, Chapter, CommentThread } from '../../../main/model/index.js';
import { reviewOverview } from '../../../main/review/overview.js';
import type { StatusChange } from '../../../main/store/index.js';

const samira: Author = { name: 'Samira El Amrani', initials: 'SEA', role: 'reviewer' };
const jeroen: Author = { name: 'Jeroen Smits', initials: 'JS', role: 'reviewer' };
const eva: Author = { name: 'Eva Rademaker', initials: 'ER', role: 'editor' };

const chapter = (id: string, reviewStatus: Chapter['reviewStatus']): Chapter => ({
  id,
  kind: 'chapter',
  title: `Hoofdstuk ${id}`,
  byline: '',
  reviewStatus,
  updatedAt: '2026-03-01T00:00:00.000Z',
  body: { type: 'doc', content: [{ type: 'paragraph' }] },
});

const thread = (id: string, chapterId: string, author: Author, createdAt: string, resolved = false): CommentThread => ({
  id,
  chapterId,
  anchor: { quote: 'x', prefix: '', suffix: '' },
  comments: [{ id: `${id}-1`, author, text: 'Hm.', createdAt, editedAt: null }],
  resolved,
  resolvedBy: resolved ? eva : null,
  resolvedAt: resolved ? '2026-03-20T00:00:00.000Z' : null,
  reanchoredAt: null,
});

const change = (chapterId: string, to: StatusChange['to'], author: Author | null, at: string): StatusChange => ({
  id: `${chapterId}-${to}-${at}`,
  chapterId,
  from: 'draft',
  to,
  author,
  at,
});

describe('the review overview', () => {
  it('counts open and resolved threads and finds the last activity per chapter', () => {
    const overview = reviewOverview({
      chapters: [chapter('a', 'inReview'), chapter('b', 'draft')],
      threads: [thread('t1', 'a', samira, '2026-03-10T09:00:00.000Z'), thread('t2', 'a', jeroen, '2026-03-11T09:00:00.000Z', true)],
      changes: [change('a', 'inReview', eva, '2026-03-05T00:00:00.000Z')],
      reviewers: [],
    });
    expect(overview.chapters).toEqual([
      { chapterId: 'a', title: 'Hoofdstuk a', kind: 'chapter', status: 'inReview', openThreads: 1, resolvedThreads: 1, movedThreads: 0, lastActivity: '2026-03-20T00:00:00.000Z' },
      { chapterId: 'b', title: 'Hoofdstuk b', kind: 'chapter', status: 'draft', openThreads: 0, resolvedThreads: 0, movedThreads: 0, lastActivity: null },
    ]);
  });

  it('says per reviewer which chapters in review they have not reacted to since they went into review', () => {
    const overview = reviewOverview({
      chapters: [chapter('a', 'inReview'), chapter('b', 'inReview'), chapter('c', 'approved')],
      threads: [
        // Samira commented on a before it went into review again: that round still waits for her.
        thread('t1', 'a', samira, '2026-03-01T09:00:00.000Z'),
        thread('t2', 'b', samira, '2026-03-12T09:00:00.000Z'),
      ],
      changes: [
        change('a', 'inReview', eva, '2026-03-10T00:00:00.000Z'),
        change('b', 'inReview', eva, '2026-03-10T00:00:00.000Z'),
        // Jeroen approved b before it went back into review: he owes b again, and a, which he never read.
        change('b', 'approved', jeroen, '2026-03-08T00:00:00.000Z'),
      ],
      reviewers: [jeroen, { ...eva }],
    });
    expect(overview.reviewers).toEqual([
      { reviewer: jeroen, owes: [{ chapterId: 'a', title: 'Hoofdstuk a' }, { chapterId: 'b', title: 'Hoofdstuk b' }] },
      { reviewer: samira, owes: [{ chapterId: 'a', title: 'Hoofdstuk a' }] },
    ]);
  });
});
