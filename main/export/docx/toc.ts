/**
 * The table of contents: a TOC field over Kop 1 and Kop 2 that Word fills on
 * an update, written with the tree's entries already in it (linked to the
 * headings' bookmarks), so it reads right in LibreOffice, pandoc and Word
 * before anyone updates it.
 */
import { Paragraph, TableOfContents, TextRun } from 'docx';
import type { DocumentTree } from '../tree/types.js';
import type { Bookmarks } from './bookmarks.js';
import { S } from './style-ids.js';
import type { Template } from '../template/index.js';

export function tableOfContents(tree: DocumentTree, template: Template, bookmarks: Bookmarks): (Paragraph | TableOfContents)[] {
  const depth = template.toc.depth;
  const entries = tree.toc
    .filter((entry) => entry.level <= depth)
    .map((entry) => {
      const href = bookmarks.nameOf(entry.anchor);
      return { title: entry.title, level: entry.level, ...(href === null ? {} : { href }) };
    });
  return [
    new Paragraph({ style: S.tocHeading, children: [new TextRun(tree.labels.contents)] }),
    new TableOfContents(tree.labels.contents, {
      hyperlink: true,
      headingStyleRange: `1-${depth}`,
      cachedEntries: entries,
      ...(template.toc.leaders ? {} : { tabLeader: 'none' as const }),
    }),
  ];
}
