/**
 * Running heads and folios of a chapter's section. Odd pages are right-hand
 * pages: with even-and-odd headers on, `default` is the right page and `even`
 * the left. The chapter's opening page has no running head but keeps its folio,
 * centred.
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { Template } from '../template/index.js';
import { S } from './style-ids.js';

/** Right and left pages; a chapter's opening page may be either, so its folio is centred (a drop folio). */
type Side = 'right' | 'left' | 'opening';

/**
 * A section without a header or footer of some kind inherits the previous
 * section's: only the first chapter writes the folios, the empty first-page
 * head and (with the publication title on left pages) the left head, so a
 * publication of forty chapters has some forty header parts instead of 240.
 */
export function runningHeads(template: Template, publicationTitle: string, chapterTitle: string, firstChapter: boolean): Pick<ISectionOptions, 'headers' | 'footers'> {
  const titleOnLeft = template.runningHead.content === 'titleAndChapter';
  const left = titleOnLeft ? publicationTitle : chapterTitle;
  if (!firstChapter) {
    return { headers: { default: head(template, chapterTitle, 'right'), ...(titleOnLeft ? {} : { even: head(template, left, 'left') }) } };
  }
  return {
    headers: {
      default: head(template, chapterTitle, 'right'),
      even: head(template, left, 'left'),
      first: new Header({ children: [new Paragraph({ style: S.normal })] }),
    },
    footers: {
      default: folio(template, 'right'),
      even: folio(template, 'left'),
      first: folio(template, 'opening'),
    },
  };
}

/** Front matter: no running head and no folio. */
export function blankHeads(): Pick<ISectionOptions, 'headers' | 'footers'> {
  const empty = (): Paragraph => new Paragraph({ style: S.normal });
  return {
    headers: { default: new Header({ children: [empty()] }), even: new Header({ children: [empty()] }), first: new Header({ children: [empty()] }) },
    footers: { default: new Footer({ children: [empty()] }), even: new Footer({ children: [empty()] }), first: new Footer({ children: [empty()] }) },
  };
}

function alignment(template: Template, side: Side): (typeof AlignmentType)[keyof typeof AlignmentType] {
  if (template.folio.align === 'center' || side === 'opening') return AlignmentType.CENTER;
  return side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
}

function head(template: Template, text: string, side: Side): Header {
  return new Header({ children: [new Paragraph({ style: S.header, alignment: alignment(template, side), children: [new TextRun(text)] })] });
}

function folio(template: Template, side: Side): Footer {
  return new Footer({
    children: [new Paragraph({ style: S.footer, alignment: alignment(template, side), children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
  });
}
