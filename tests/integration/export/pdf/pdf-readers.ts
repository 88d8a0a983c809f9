// Reading exported PDFs back with independent tools (poppler, qpdf) and pdf-lib.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** The text of each page (pdftotext's reading order), index 0 for page 1. */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = text.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** One page's text laid out as on the page (`-layout`): a contents entry stays on its line. */
export function layoutText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Each page's boxes as `pdfinfo -box` prints them. */
export function pageBoxes(file: string): Map<string, Box>[] {
  const out = execFileSync('pdfinfo', ['-box', '-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  const pages: Map<string, Box>[] = [];
  for (const match of out.matchAll(/^Page\s+(\d+)\s+(\w+):\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/gmu)) {
    const index = Number(match[1]) - 1;
    pages[index] ??= new Map();
    pages[index].set(match[2]!, { x1: Number(match[3]), y1: Number(match[4]), x2: Number(match[5]), y2: Number(match[6]) });
  }
  return pages;
}

/**
 * pdfinfo's fields. Only the document's own: the indented lines under "PDF
 * subtype" (the standard's title, abbreviation, …) are left out.
 */
export function pdfInfo(file: string): Map<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return new Map(out.split('\n').flatMap((line) => {
    const at = line.indexOf(':');
    return at < 0 || /^\s/u.test(line) ? [] : [[line.slice(0, at).trim(), line.slice(at + 1).trim()] as [string, string]];
  }));
}

export async function loadPdf(file: string): Promise<PDFDocument> {
  return PDFDocument.load(readFileSync(file), { updateMetadata: false });
}

export interface Bookmark {
  readonly title: string;
  /** 1-based page its destination points at. */
  readonly page: number;
  readonly children: Bookmark[];
}

/** The outline read back from the catalog. */
export function bookmarks(doc: PDFDocument): Bookmark[] {
  const pageNumbers = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const read = (first: PDFDict | undefined): Bookmark[] => {
    const out: Bookmark[] = [];
    for (let item = first; item !== undefined; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookup(PDFName.of('Title'));
      const dest = item.lookup(PDFName.of('Dest'), PDFArray);
      out.push({
        title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
        page: pageNumbers.get(dest.get(0).toString()) ?? 0,
        children: read(item.lookupMaybe(PDFName.of('First'), PDFDict)),
      });
    }
    return out;
  };
  return read(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
}

export interface LinkAnnotation {
  readonly page: number;
  /** 1-based page of a GoTo destination, or null. */
  readonly destPage: number | null;
  readonly uri: string | null;
}

export function links(doc: PDFDocument): LinkAnnotation[] {
  const pageNumbers = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out: LinkAnnotation[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let n = 0; n < (annots?.size() ?? 0); n++) {
      const annot = annots!.lookup(n, PDFDict);
      const dest = annot.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString);
      const target = dest?.get(0);
      out.push({
        page: i + 1,
        destPage: target instanceof PDFRef ? (pageNumbers.get(target.toString()) ?? null) : null,
        uri: uri?.decodeText() ?? null,
      });
    }
  });
  return out;
}
