/**
 * Comment threads as Word comments. Each thread becomes its first comment and
 * the replies to it (parentId, so Word shows them as one thread, and resolved,
 * written to commentsExtended as w15:done). Every comment of a thread spans the
 * same passage: from the first run carrying the thread's id to the last,
 * found by walking the chapter beforehand. A thread whose text is gone, or that
 * was never anchored, spans the chapter's title. References never go into a
 * footnote: the tree puts a covered footnote's thread ids on its reference.
 */
import { Paragraph, type ICommentOptions } from 'docx';
import type { ChapterNode, DocumentTree, ThreadNode } from '../tree/types.js';
import type { ReportLog } from './report.js';
import { walkInlines } from './walk.js';

export class CommentPlan {
  private readonly comments: ICommentOptions[] = [];
  private readonly byChapter = new Map<string, ChapterComments>();

  constructor(tree: DocumentTree, log: ReportLog) {
    const chapters = new Map(tree.chapters.map((chapter) => [chapter.id, chapter]));
    const spans = new Map<string, Map<string, Span>>();
    for (const thread of tree.threads) {
      const chapter = chapters.get(thread.chapterId);
      if (chapter === undefined) {
        log.warn('threadWithoutChapter', `Comment thread ${thread.id} is on a chapter that is not in the publication; it is left out.`, thread.chapterId);
        continue;
      }
      const ids = this.add(thread);
      const chapterSpans = spans.get(chapter.id) ?? spansOf(chapter);
      spans.set(chapter.id, chapterSpans);
      this.chapter(chapter.id).place(ids, thread.anchored ? chapterSpans.get(thread.id) : undefined);
    }
  }

  /** The comments part of the document. */
  get options(): readonly ICommentOptions[] {
    return this.comments;
  }

  /** The ranges of one chapter, or none when it has no threads. */
  chapter(chapterId: string): ChapterComments {
    let chapter = this.byChapter.get(chapterId);
    if (chapter === undefined) {
      chapter = new ChapterComments();
      this.byChapter.set(chapterId, chapter);
    }
    return chapter;
  }

  private add(thread: ThreadNode): number[] {
    const ids: number[] = [];
    for (const comment of thread.comments) {
      const id = this.comments.length;
      const date = new Date(comment.date);
      this.comments.push({
        id,
        author: comment.author,
        initials: comment.initials,
        ...(Number.isNaN(date.getTime()) ? {} : { date }),
        ...(ids.length > 0 ? { parentId: ids[0] } : {}),
        resolved: thread.resolved,
        children: paragraphsOf(comment.text),
      });
      ids.push(id);
    }
    return ids;
  }
}

/** Where, in the order of a chapter's inlines, a thread's passage starts and ends. */
interface Span {
  first: number;
  last: number;
}

function spansOf(chapter: ChapterNode): Map<string, Span> {
  const spans = new Map<string, Span>();
  let ordinal = 0;
  walkInlines(chapter.blocks, (inline) => {
    for (const id of inline.threadIds) {
      const span = spans.get(id);
      if (span === undefined) spans.set(id, { first: ordinal, last: ordinal });
      else span.last = ordinal;
    }
    ordinal += 1;
  });
  return spans;
}

/**
 * A chapter's comment ranges, consumed while its inlines are written in the
 * same order walkInlines visits them: `next()` before each inline says which
 * ranges start there, `after()` which end after it.
 */
export class ChapterComments {
  readonly atTitle: number[] = [];
  private readonly starts = new Map<number, number[]>();
  private readonly ends = new Map<number, number[]>();
  private ordinal = -1;

  place(ids: readonly number[], span: Span | undefined): void {
    if (ids.length === 0) return;
    if (span === undefined) {
      this.atTitle.push(...ids);
      return;
    }
    this.starts.set(span.first, [...(this.starts.get(span.first) ?? []), ...ids]);
    this.ends.set(span.last, [...(this.ends.get(span.last) ?? []), ...ids]);
  }

  /** Moves to the next inline and returns the comments whose range starts at it. */
  next(): readonly number[] {
    this.ordinal += 1;
    return this.starts.get(this.ordinal) ?? [];
  }

  /** The comments whose range ends after the current inline. */
  endingHere(): readonly number[] {
    return this.ends.get(this.ordinal) ?? [];
  }
}

function paragraphsOf(text: string): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return lines.map((line) => new Paragraph({ text: line }));
}
