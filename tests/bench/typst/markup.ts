/**
 * A document tree and a template as one Typst document, for the PDF bench's
 * side-by-side figure: the same publication our PDF export sets, in the same
 * page order — cover, colophon (after the cover or at the end), contents,
 * chapters — so Typst does comparable work. It reads only the tree and the
 * template, as our DOCX writer does.
 */
import type { Template } from '../../../main/export/template/index.js';
import type { ChapterNode, Colophon, Cover, DocumentTree } from '../../../main/export/tree/types.js';
import { BlockWriter } from './blocks.js';
import { FigureWriter } from './figures.js';
import { Anchors } from './inlines.js';
import { mm, pt, rgb, str, text } from './literal.js';
import { preamble } from './styles.js';

export interface TypstDocument {
  /** The source of main.typ. */
  readonly main: string;
  /** Further workspace files (the images) by path relative to main.typ. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

export async function typstDocument(tree: DocumentTree, template: Template): Promise<TypstDocument> {
  const anchors = Anchors.of(tree);
  const figures = await FigureWriter.of(tree, template);
  const writer = new BlockWriter(template, anchors, figures);
  const toRight = template.page.chapterStart === 'rightPage' ? ', to: "odd"' : '';
  const colophonPage = colophon(tree.colophon, template, writer);

  // Left running heads carry the cover's title, as our PDF's do.
  const parts = [preamble(template, { ...tree.meta, headTitle: tree.cover.title }), cover(tree.cover, template)];
  if (template.colophon.placement === 'afterCover') parts.push(colophonPage);
  parts.push(
    `#pagebreak(weak: true${toRight})`,
    // Where the folios start.
    '#metadata(none)<bundel-contents>',
    `#p-tocTitle[${text(tree.labels.contents)}]`,
    `#outline(title: none, depth: ${template.toc.depth}, indent: auto)`,
  );
  for (const node of tree.chapters) parts.push(`#pagebreak(weak: true${toRight})`, chapter(node, template, writer, anchors));
  if (template.colophon.placement === 'end') parts.push(colophonPage);
  return { main: `${parts.join('\n\n')}\n`, files: figures.files };
}

/**
 * A chapter opening: a marker the running heads find (they carry the chapter's
 * title and leave its opening page without a head), the sink, the label, the
 * title as a level-1 heading numbered as our contents number it, the byline.
 */
function chapter(node: ChapterNode, template: Template, writer: BlockWriter, anchors: Anchors): string {
  const numbering = node.number === null ? 'none' : `(..n) => ${str(String(node.number))}`;
  const out = [`#metadata(${str(node.title)})<bundel-chapter>`, `#v(${pt(template.chapter.sink)})`];
  if (node.label.trim() !== '') out.push(`#p-chapterLabel[${text(node.label)}]`);
  out.push(`#heading(level: 1, numbering: ${numbering}, outlined: true)[${text(node.title)}]${anchors.place(node.anchor)}`);
  if (node.byline.trim() !== '') out.push(`#p-byline[${text(node.byline)}]`);
  out.push(writer.blocks(node.blocks, { kind: 'chapter', topLevel: true, listDepth: 0 }));
  // Figures still floating go out before the next chapter's page, as our flow places them in their chapter.
  out.push('#place.flush()');
  return out.join('\n\n');
}

/** The cover in the cover colour over the whole page: the title block in the upper third, organisation and year at the foot. */
function cover(node: Cover, template: Template): string {
  const line = (style: string, value: string): string[] => (value.trim() === '' ? [] : [`#p-${style}[${text(value)}]`]);
  return [
    `#page(fill: ${rgb(template.cover.background)}, header: none, footer: none)[`,
    '#v(22%)',
    ...line('coverTitle', node.title),
    ...line('coverSubtitle', node.subtitle),
    ...line('coverEditors', node.editorsLine),
    ...line('coverOrganisation', node.draftNote),
    '#v(1fr)',
    ...line('coverOrganisation', node.organisation),
    ...line('coverOrganisation', node.year),
    ']',
  ].join('\n');
}

/** The colophon page: its facts as label and value in two columns, then the colophon chapter's text at the foot. */
function colophon(node: Colophon, template: Template, writer: BlockWriter): string {
  const cells = node.facts.map((fact) => `s-colophonLabel[${text(fact.label)}], s-colophonText[${text(fact.value)}]`);
  const gap = Math.max(0, template.colophon.text.leading - template.colophon.text.size);
  return [
    '#page(header: none, footer: none)[',
    `#grid(columns: (${mm(32)}, 1fr), row-gutter: ${pt(gap)}, ${cells.join(', ')})`,
    '#v(1fr)',
    `#s-colophonText[\n${writer.blocks(node.blocks, { kind: 'colophon', topLevel: false, listDepth: 0 })}\n]`,
    ']',
  ].join('\n\n');
}
