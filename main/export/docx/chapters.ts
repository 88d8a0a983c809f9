/**
 * A chapter as its own section: it starts where the template says (a new page,
 * or a right-hand page: an odd-page section break), carries its title in the
 * running head, and opens with its label, its title as Kop 1 (bookmarked for
 * links and the TOC) and its byline. Threads without a passage of their own
 * are anchored to the title.
 */
import { Bookmark, CommentRangeEnd, CommentRangeStart, CommentReference, TextRun, type ISectionOptions, type ParagraphChild } from 'docx';
import type { ChapterNode } from '../tree/types.js';
import { blocks } from './blocks.js';
import type { WriteContext } from './context.js';
import type { Flow } from './flow.js';
import { pageProperties, textArea } from './page.js';
import { ReadyParagraph } from './ready-paragraph.js';
import { runningHeads } from './running-heads.js';
import { S } from './style-ids.js';

export function chapterSection(chapter: ChapterNode, publicationTitle: string, ctx: WriteContext, comments: readonly number[], firstChapter: boolean): ISectionOptions {
  const flow: Flow = {
    paragraph: S.normal,
    continued: S.continued,
    list: S.listParagraph,
    headings: [S.section, S.subsection],
    widthMm: textArea(ctx.template).widthMm,
  };
  const opening: ReadyParagraph[] = [];
  if (chapter.label.trim() !== '') opening.push(new ReadyParagraph({ style: S.chapterLabel }, [new TextRun(chapter.label)]));
  opening.push(new ReadyParagraph({ style: S.chapterTitle }, title(chapter, ctx, comments)));
  if (chapter.byline.trim() !== '') opening.push(new ReadyParagraph({ style: S.byline }, [new TextRun(chapter.byline)]));
  return {
    properties: pageProperties(ctx.template, ctx.template.page.chapterStart, true),
    ...runningHeads(ctx.template, publicationTitle, chapter.title, firstChapter),
    children: [...opening, ...blocks(chapter.blocks, flow, ctx)],
  };
}

function title(chapter: ChapterNode, ctx: WriteContext, comments: readonly number[]): ParagraphChild[] {
  const text: ParagraphChild[] = [new TextRun(chapter.title)];
  const commented: ParagraphChild[] =
    comments.length === 0
      ? text
      : [
          ...comments.map((id) => new CommentRangeStart(id)),
          ...text,
          ...comments.map((id) => new CommentRangeEnd(id)),
          ...comments.map((id) => new TextRun({ children: [new CommentReference(id)] })),
        ];
  const bookmark = ctx.bookmarks.nameOf(chapter.anchor);
  return bookmark === null ? commented : [new Bookmark({ id: bookmark, children: commented })];
}
