/**
 * The preamble of the Typst document: the template's page, body type and text
 * styles as Typst set rules and functions, so the markup after it says only
 * what each block is (`#p-section[…]`, `#s-boxText[…]`), as our writers read
 * the template for each block.
 *
 * Line spacing: Typst's `leading` is the gap between line boxes, not the
 * baseline distance the template gives. With the text's top and bottom edges
 * set to exactly 1 em (0.8 above the baseline, 0.2 below), a leading of
 * `template leading − size` gives the template's baseline-to-baseline distance.
 */
import type { Template, TextStyle } from '../../../main/export/template/index.js';
import { mm, pt, rgb, str } from './literal.js';

/** The template's text styles by the names the markup calls them. */
function namedStyles(t: Template): Record<string, TextStyle> {
  return {
    chapterLabel: t.chapter.label,
    chapterTitle: t.chapter.title,
    byline: t.chapter.byline,
    section: t.headings.section,
    subsection: t.headings.subsection,
    quote: t.quote.text,
    footnote: t.footnotes.text,
    boxText: t.boxes.text,
    boxTitle: t.boxes.title,
    boxLabel: t.boxes.label,
    boxSource: t.boxes.source,
    caption: t.figure.caption,
    credit: t.figure.credit,
    runningHead: t.runningHead.text,
    folio: t.folio.text,
    coverTitle: t.cover.title,
    coverSubtitle: t.cover.subtitle,
    coverEditors: t.cover.editors,
    coverOrganisation: t.cover.organisation,
    colophonText: t.colophon.text,
    colophonLabel: t.colophon.label,
    tocTitle: t.toc.title,
    tocChapter: t.toc.chapter,
    tocSection: t.toc.section,
  };
}

/** A Typst array of strings; `(,)` is not one. */
const array = (items: readonly string[]): string => (items.length === 0 ? '()' : `(${items.map(str).join(', ')},)`);

const gapOf = (s: TextStyle): number => Math.max(0, s.leading - s.size);

/** The set rules of a text style, for a code block. Only the body indents paragraphs. */
function setRules(s: TextStyle): string {
  const align = s.align === 'center' ? 'center' : s.align === 'right' ? 'end' : 'start';
  return [
    `set text(font: ${str(s.font)}, size: ${pt(s.size)}, weight: ${s.bold ? '"bold"' : '"regular"'}, style: ${s.italic ? '"italic"' : '"normal"'}, fill: ${rgb(s.color)}, hyphenate: ${s.hyphenate})`,
    `set par(leading: ${pt(gapOf(s))}, spacing: ${pt(gapOf(s) + s.spaceBefore + s.spaceAfter)}, justify: ${s.align === 'justify'}, first-line-indent: 0pt)`,
    `set align(${align})`,
  ].join('\n  ');
}

/**
 * Per style two functions: `s-name[…]` sets a run of blocks in the style
 * (a box's text, a footnote), `p-name[…]` is one paragraph in it with the
 * style's space before and after, kept with what follows when it is a label
 * or heading (as our flow keeps them), recoloured by `fill` (a kind's accent).
 */
function styleFunctions(t: Template): string {
  const sticky = new Set(['chapterLabel', 'chapterTitle', 'byline', 'section', 'subsection', 'boxTitle', 'boxLabel', 'tocTitle']);
  return Object.entries(namedStyles(t))
    .map(([name, s]) => {
      const body = s.uppercase ? 'upper(body)' : 'body';
      return [
        `#let s-${name}(body) = {\n  ${setRules(s)}\n  ${body}\n}`,
        `#let p-${name}(body, fill: none) = block(width: 100%, above: ${pt(gapOf(s) + s.spaceBefore)}, below: ${pt(gapOf(s) + s.spaceAfter)}, sticky: ${sticky.has(name)}, s-${name}({`,
        `  set text(fill: fill) if fill != none`,
        `  body`,
        `}))`,
      ].join('\n');
    })
    .join('\n');
}

/** Running heads and folios, as main/export/pdf/document/furniture.ts places them. */
function pageFurniture(t: Template, publicationTitle: string): string {
  const head = t.runningHead;
  const size = head.text.size;
  // The head's baseline stands `offset` above the text area and its rule 0.45 em below that
  // baseline; Typst sets the header's bottom edge `header-ascent` above the text area.
  const ascent = head.offset * (72 / 25.4) - (head.rule ? 0.45 * size : 0.2 * size);
  const descent = t.folio.offset * (72 / 25.4) - 0.8 * t.folio.text.size;
  const leftText = head.content === 'titleAndChapter' ? str(publicationTitle) : 'chapter.value';
  const rule = head.rule ? `\n      v(${pt(0.25 * size)})\n      line(length: 100%, stroke: 0.4pt + ${rgb(t.colors.rule)})` : '';
  const folioAlign = t.folio.align === 'center' ? 'center' : 'if calc.odd(p) { end } else { start }';
  return `// The chapter a page belongs to: the last chapter opening on or before it (none in the front matter).
#let bundel-chapter-on(p) = {
  let found = none
  for m in query(<bundel-chapter>) { if m.location().page() <= p { found = m } }
  found
}
// Odd pages are right-hand pages (the cover is page 1). A chapter's opening page has no running head;
// the contents and the chapters have folios (main/export/pdf/document/assemble.ts).
#let bundel-head = context {
  let p = here().page()
  let chapter = bundel-chapter-on(p)
  if chapter != none and chapter.location().page() != p {
    s-runningHead({
      set align(if calc.odd(p) { end } else { start })
      if calc.odd(p) { chapter.value } else { ${leftText} }${rule}
    })
  }
}
#let bundel-folio = context {
  let p = here().page()
  if query(<bundel-contents>).first().location().page() <= p {
    s-folio({
      set align(${folioAlign})
      str(p)
    })
  }
}
#set page(header: bundel-head, footer: bundel-folio, header-ascent: ${pt(ascent)}, footer-descent: ${pt(descent)})`;
}

export interface PreambleMeta {
  readonly title: string;
  readonly authors: readonly string[];
  readonly keywords: readonly string[];
  readonly language: string;
  /** The publication title in the left running heads. */
  readonly headTitle: string;
}

export function preamble(t: Template, meta: PreambleMeta): string {
  const [lang = 'nl', region] = (meta.language || 'nl-NL').split('-');
  const body = t.body;
  const { margins } = t.page;
  const listGap = gapOf(body) + t.list.itemSpacing;
  return `// Written by tests/bench/typst from Bundel's document tree and template ${str(t.id)}.
#set document(title: ${str(meta.title)}, author: ${array(meta.authors)}, keywords: ${array(meta.keywords)}, date: none)
#set page(width: ${mm(t.page.width)}, height: ${mm(t.page.height)}, margin: (top: ${mm(margins.top)}, bottom: ${mm(margins.bottom)}, inside: ${mm(margins.inner)}, outside: ${mm(margins.outer)}))
#set text(font: ${str(body.font)}, size: ${pt(body.size)}, fill: ${rgb(body.color)}, lang: ${str(lang.toLowerCase())}${region ? `, region: ${str(region)}` : ''}, hyphenate: ${body.hyphenate}, top-edge: 0.8em, bottom-edge: -0.2em)
#set par(justify: ${body.align === 'justify'}, leading: ${pt(gapOf(body))}, spacing: ${pt(gapOf(body))}, first-line-indent: ${pt(t.paragraphIndent)})
#set block(spacing: ${pt(gapOf(body))})
${styleFunctions(t)}
#show heading.where(level: 1): it => p-chapterTitle(it.body)
#show heading.where(level: 2): it => p-section(it.body)
#show heading.where(level: 3): it => p-subsection(it.body)
#set footnote.entry(separator: line(length: ${pt(t.footnotes.ruleLength)}, stroke: 0.4pt + ${rgb(t.colors.rule)}), clearance: ${pt(t.footnotes.spaceAbove)}, gap: ${pt(gapOf(t.footnotes.text))}, indent: 0pt)
#show footnote.entry: it => s-footnote(it)
#set outline.entry(fill: ${t.toc.leaders ? 'repeat(gap: 0.15em)[.]' : 'none'})
#show outline.entry.where(level: 1): it => { set block(above: ${pt(gapOf(t.toc.chapter) + t.toc.chapter.spaceBefore)}); s-tocChapter(it) }
#show outline.entry.where(level: 2): it => s-tocSection(it)
#set figure(gap: ${pt(t.figure.caption.spaceBefore)})
#show figure: set block(spacing: ${pt(t.figure.spacing)})
#show figure.caption: it => s-caption(it.body)
#set list(indent: 0pt, body-indent: 4pt, spacing: ${pt(listGap)})
#set enum(indent: 0pt, body-indent: 4pt, spacing: ${pt(listGap)})
// List markers right-aligned in the template's indent, by depth: the bullet, a dash, the bullet; 1., a., i.
#let bundel-marker(depth) = box(width: ${pt(t.list.indent - 4)}, align(end, (${str(t.list.bullet)}, "–", ${str(t.list.bullet)}).at(calc.rem(depth, 3))))
#let bundel-number(depth) = n => box(width: ${pt(t.list.indent - 4)}, align(end, numbering(("1.", "a.", "i.").at(calc.rem(depth, 3)), n)))
${pageFurniture(t, meta.headTitle)}
`;
}
