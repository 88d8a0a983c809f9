/**
 * PDF bookmarks: one per chapter, its sections as children, each pointing at
 * its heading. pdf-lib has no outline API; these are the dictionaries of
 * PDF 32000 12.3.3 built by hand and linked as a doubly linked tree.
 */
import { PDFHexString, PDFName, PDFNumber, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { TocEntry } from '../../tree/types.js';
import { destinationArray, type Destination } from './links.js';

interface OutlineNode {
  readonly title: string;
  readonly destination: Destination;
  readonly children: OutlineNode[];
}

/** Builds the outline from the contents' entries; entries without a placed anchor are left out. */
export function addOutline(doc: PDFDocument, entries: readonly TocEntry[], destinations: ReadonlyMap<string, Destination>): number {
  const roots: OutlineNode[] = [];
  for (const entry of entries) {
    const destination = destinations.get(entry.anchor);
    if (destination === undefined) continue;
    const title = entry.number === null ? entry.title : `${entry.number} ${entry.title}`;
    const node: OutlineNode = { title, destination, children: [] };
    const parent = roots[roots.length - 1];
    if (entry.level === 2 && parent !== undefined) parent.children.push(node);
    else roots.push(node);
  }
  if (roots.length === 0) return 0;

  const outlinesRef = doc.context.nextRef();
  const refs = writeLevel(doc, roots, outlinesRef);
  const outlines = doc.context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: PDFNumber.of(roots.length) });
  doc.context.assign(outlinesRef, outlines);
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  // Readers open the bookmarks pane beside the document.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return roots.length;
}

function writeLevel(doc: PDFDocument, nodes: readonly OutlineNode[], parent: PDFRef): PDFRef[] {
  const refs = nodes.map(() => doc.context.nextRef());
  nodes.forEach((node, i) => {
    const item: PDFDict = doc.context.obj({
      Title: PDFHexString.fromText(node.title),
      Parent: parent,
      Dest: destinationArray(doc, node.destination),
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    if (node.children.length > 0) {
      const children = writeLevel(doc, node.children, refs[i]!);
      item.set(PDFName.of('First'), children[0]!);
      item.set(PDFName.of('Last'), children[children.length - 1]!);
      // Negative: the chapter's sections start closed.
      item.set(PDFName.of('Count'), PDFNumber.of(-node.children.length));
    }
    doc.context.assign(refs[i]!, item);
  });
  return refs;
}
