/**
 * The document's Word styles, defined from the template: every paragraph the
 * writer makes names one of these, so a user restyles the publication in Word
 * by changing a style, and the PDF and DOCX agree because both read the template.
 */
import { LineRuleType, type IParagraphStyleOptions, type IStylesOptions, type ICharacterStyleOptions } from 'docx';
import { materialKinds } from '../../model/index.js';
import type { BoxKind, Template, TextStyle } from '../template/index.js';
import { boxStyleId, boxStyleName, S } from './style-ids.js';
import { paragraphOf, runOf } from './text-style.js';
import { hex, twip } from './units.js';

interface Definition {
  id: string;
  name: string;
  text: TextStyle;
  basedOn?: string;
  next?: string;
  extra?: IParagraphStyleOptions['paragraph'];
  /** For headings: the outline level (0 for Kop 1) that the navigation pane and TOC read. */
  outline?: number;
  hidden?: boolean;
}

function paragraphStyle(d: Definition): IParagraphStyleOptions {
  return {
    id: d.id,
    name: d.name,
    basedOn: d.basedOn ?? S.normal,
    next: d.next ?? S.normal,
    quickFormat: !d.hidden,
    ...(d.hidden ? { semiHidden: true, unhideWhenUsed: true } : {}),
    run: runOf(d.text),
    paragraph: {
      ...paragraphOf(d.text),
      ...(d.outline === undefined ? {} : { outlineLevel: d.outline, keepNext: true, keepLines: true }),
      ...d.extra,
    },
  };
}

export function documentStyles(template: Template, language: string): IStylesOptions {
  const t = template;
  const boxes = t.boxes;
  const definitions: Definition[] = [
    { id: S.normal, name: 'Normal', text: t.body, basedOn: S.normal },
    { id: S.continued, name: 'Standaard vervolg', text: t.body, next: S.continued, extra: { indent: { firstLine: twip(t.paragraphIndent) } } },
    { id: S.title, name: 'Title', text: t.cover.title },
    { id: S.subtitle, name: 'Subtitle', text: t.cover.subtitle },
    { id: S.coverEditors, name: 'Omslag redactie', text: t.cover.editors },
    { id: S.coverOrganisation, name: 'Omslag organisatie', text: t.cover.organisation },
    { id: S.chapterLabel, name: 'Hoofdstuklabel', text: t.chapter.label, next: S.chapterTitle, extra: { keepNext: true, spacing: { before: twip(t.chapter.sink), after: twip(t.chapter.label.spaceAfter), line: twip(t.chapter.label.leading), lineRule: LineRuleType.EXACT } } },
    { id: S.chapterTitle, name: 'heading 1', text: t.chapter.title, outline: 0 },
    { id: S.byline, name: 'Auteursregel', text: t.chapter.byline, extra: { keepNext: true } },
    { id: S.section, name: 'heading 2', text: t.headings.section, outline: 1 },
    { id: S.subsection, name: 'heading 3', text: t.headings.subsection, outline: 2 },
    { id: S.quote, name: 'Quote', text: t.quote.text, extra: { indent: { left: twip(t.quote.indent), right: twip(t.quote.indent) } } },
    { id: S.listParagraph, name: 'List Paragraph', text: t.body, extra: { spacing: { after: twip(t.list.itemSpacing), line: twip(t.body.leading), lineRule: LineRuleType.EXACT } } },
    { id: S.figure, name: 'Figuur', text: t.body, next: S.caption, extra: figureParagraph(t) },
    { id: S.figureMissing, name: 'Figuur ontbreekt', text: { ...t.figure.caption, italic: true, align: 'center' }, next: S.caption, extra: missingFigureParagraph(t) },
    { id: S.caption, name: 'caption', text: t.figure.caption, extra: { keepNext: true } },
    { id: S.credit, name: 'Beeldcredit', text: t.figure.credit, extra: { spacing: { before: twip(t.figure.credit.spaceBefore), after: twip(t.figure.spacing), line: twip(t.figure.credit.leading), lineRule: LineRuleType.EXACT } } },
    { id: S.footnoteText, name: 'footnote text', text: t.footnotes.text, hidden: true },
    { id: S.header, name: 'header', text: t.runningHead.text, hidden: true, extra: headerRule(t) },
    { id: S.footer, name: 'footer', text: t.folio.text, hidden: true },
    { id: S.tocHeading, name: 'TOC Heading', text: t.toc.title, hidden: true },
    { id: S.toc1, name: 'toc 1', text: t.toc.chapter, hidden: true },
    { id: S.toc2, name: 'toc 2', text: t.toc.section, hidden: true, extra: { indent: { left: twip(t.list.indent) } } },
    { id: S.colophon, name: 'Colofon', text: t.colophon.text },
    { id: S.boxTitle, name: 'Kadertitel', text: boxes.title, extra: { keepNext: true } },
    { id: S.boxLabel, name: 'Kaderlabel', text: boxes.label, extra: { keepNext: true } },
    { id: S.boxSource, name: 'Kaderbron', text: boxes.source },
    ...[...materialKinds, 'mixed' as const].map((kind) => boxTextStyle(kind, t)),
  ];
  const characterStyles: ICharacterStyleOptions[] = [
    { id: S.footnoteReference, name: 'footnote reference', basedOn: 'DefaultParagraphFont', run: { superScript: true } },
    { id: S.hyperlink, name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: hex(t.colors.accent), underline: {} } },
    { id: S.colophonLabel, name: 'Colofonlabel', basedOn: 'DefaultParagraphFont', run: runOf(t.colophon.label) },
  ];
  return {
    default: {
      document: {
        run: { ...runOf(t.body), language: { value: language } },
        paragraph: {},
      },
    },
    paragraphStyles: definitions.map(paragraphStyle),
    characterStyles,
  };
}

/** The text inside a box of one kind, with the kind's background so the cell and the paragraphs read as one surface. */
function boxTextStyle(kind: BoxKind, t: Template): Definition {
  return {
    id: boxStyleId(kind),
    name: boxStyleName(kind),
    text: t.boxes.text,
    next: boxStyleId(kind),
    extra: { shading: { fill: hex(t.boxes.kinds[kind].background) } },
  };
}

/** An image paragraph: auto line height, or an exact leading would clip the picture. */
function figureParagraph(t: Template): IParagraphStyleOptions['paragraph'] {
  return { alignment: 'center', keepNext: true, spacing: { before: twip(t.figure.spacing), after: 0, line: 240, lineRule: LineRuleType.AUTO } };
}

function missingFigureParagraph(t: Template): IParagraphStyleOptions['paragraph'] {
  const rule = { style: 'dashed' as const, size: 6, color: hex(t.colors.rule), space: 8 };
  return {
    keepNext: true,
    border: { top: rule, bottom: rule, left: rule, right: rule },
    spacing: { before: twip(t.figure.spacing + 8), after: twip(8), line: twip(t.figure.caption.leading), lineRule: LineRuleType.EXACT },
  };
}

function headerRule(t: Template): IParagraphStyleOptions['paragraph'] {
  if (!t.runningHead.rule) return {};
  return { border: { bottom: { style: 'single', size: 4, color: hex(t.colors.rule), space: 2 } } };
}
