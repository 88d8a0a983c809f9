/**
 * Inline content: runs with emphasis, external and internal links, footnote
 * references with real Word footnotes, line breaks, and the comment ranges
 * around the runs that carry a thread.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  ExternalHyperlink,
  FootnoteReferenceRun,
  InternalHyperlink,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { FootnoteRef, Inline, Text } from '../tree/types.js';
import type { WriteContext } from './context.js';
import { S } from './style-ids.js';
import { ReadyParagraph } from './ready-paragraph.js';
import { TextSpan } from './text-span.js';

export function inlines(content: readonly Inline[], ctx: WriteContext): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const inline of content) {
    if (inline.type === 'break') {
      children.push(new TextRun({ break: 1 }));
      continue;
    }
    const starting = ctx.comments?.next() ?? [];
    for (const id of starting) children.push(new CommentRangeStart(id));
    children.push(inline.type === 'text' ? textRun(inline, ctx) : footnote(inline, ctx));
    const ending = ctx.comments?.endingHere() ?? [];
    for (const id of ending) children.push(new CommentRangeEnd(id));
    for (const id of ending) children.push(new TextRun({ children: [new CommentReference(id)] }));
  }
  return children;
}

/** Text without comments or notes: footnote content, captions, running heads. */
export function plainRuns(content: readonly Text[], ctx: WriteContext): ParagraphChild[] {
  return content.map((text) => textRun(text, ctx));
}

function textRun(text: Text, ctx: WriteContext): ParagraphChild {
  const run = (style?: string): TextRun => new TextSpan(ctx.softHyphens.mark(text.text), { italics: text.em, bold: text.strong, ...(style === undefined ? {} : { style }) });
  if (text.link === null) return run();
  if (!text.link.startsWith('#')) return new ExternalHyperlink({ link: text.link, children: [run(S.hyperlink)] });
  const bookmark = ctx.bookmarks.nameOf(text.link);
  if (bookmark !== null) return new InternalHyperlink({ anchor: bookmark, children: [run(S.hyperlink)] });
  // A link to a place that is not in the publication (a deleted heading): the text stays, the link goes.
  ctx.log.warn('unknownAnchor', `Link to ${text.link} points to nothing in the publication; written as plain text.`, ctx.chapterId);
  return run();
}

function footnote(ref: FootnoteRef, ctx: WriteContext): ParagraphChild {
  ctx.footnotes[String(ref.number)] = {
    children: [new ReadyParagraph({ style: S.footnoteText }, plainRuns(ref.content, ctx))],
  };
  ctx.log.footnotes += 1;
  return new FootnoteReferenceRun(ref.number);
}
