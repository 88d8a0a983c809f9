// The demo's screen edition is tagged: its logical structure, read back by poppler, holds
// the publication in reading order (cover, colophon, contents, chapters with
// their headings, paragraphs, lists, kaders, figures and notes), and its pages'
// content, decoded by qpdf, paints nothing that is neither tagged nor an
// artifact. What PDF/UA asks besides: alternative text on figures, IDs on
// notes, links in the structure with a description, headings without gaps.
// The print edition, for the press, is not tagged.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import type { Block, ChapterNode } from '../../../../main/export/tree/index.js';
import { eachBlock } from '../../../../main/export/tree/walk.js';
import { exportDemo } from './demo-export.js';
import { pdftotext } from '../../../unit/export/pdf/poppler.js';
import { pdfInfo } from './pdf-readers.js';
import { qpdfFile, type PdfValue } from './qpdf-objects.js';
import { compareWithSource, firstOutOfOrder, sourceTexts, words } from './source-words.js';
import { descendants, pageMarks, parentTree, structElements, structTree, textOf, untiedMarks, type StructElement } from './structure-readers.js';


const text = (value: PdfValue): string => String(value).replace(/^u:/u, '');

/** Blocks of a chapter, the nested ones too. */
function blocksOf(chapter: ChapterNode): Block[] {
  const out: Block[] = [];
  eachBlock(chapter.blocks, (block) => out.push(block));
  return out;
}

describe.each(['werkplaats-a4', 'bundel-a5'] as const)('the demo in %s, screen edition, as a tagged PDF', (templateId) => {
  const exported = () => exportDemo(templateId, 'screen');

  test('says it is tagged and PDF/UA-1, in Dutch, its title shown', async () => {
    const { file } = await exported();
    const info = pdfInfo(file);
    expect(info.get('Tagged')).toBe('yes');
    const pdf = qpdfFile(file);
    const catalog = pdf.dict(pdf.trailer['/Root']);
    expect(pdf.dict(catalog['/MarkInfo'])['/Marked']).toBe(true);
    expect(pdf.dict(catalog['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);
    expect(text(catalog['/Lang'])).toBe('nl-NL');
    const xmp = new DOMParser().parseFromString(pdf.streamData(catalog['/Metadata']).toString('utf8'), 'text/xml');
    const values = (ns: string, name: string): string[] => Array.from(xmp.getElementsByTagNameNS(ns, name)).map((e) => e.textContent ?? '');
    expect(values('http://www.aiim.org/pdfua/ns/id/', 'part')).toEqual(['1']);
    expect(values('http://purl.org/dc/elements/1.1/', 'title')).toEqual([info.get('Title')]);
  });

  test('paints nothing that is neither tagged nor an artifact; running heads, folios and frames are artifacts', async () => {
    const { file, report } = await exported();
    const pdf = qpdfFile(file);
    const openings = new Set(report.chapters.map((c) => c.firstPage));
    for (const [i, page] of pdf.pages.entries()) {
      const marks = pageMarks(pdf, page);
      expect(marks.unmarked, `page ${i + 1}`).toEqual([]);
      const inChapter = report.chapters.some((c) => i + 1 >= c.firstPage && i + 1 < c.firstPage + c.pageCount);
      // A running head and a folio.
      if (inChapter && !openings.has(i + 1)) expect(marks.artifacts.length, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
    }
  });

  test('ties each marked-content id to its element in the parent tree, and the element back to it', async () => {
    const pdf = qpdfFile((await exported()).file);
    let tagged = 0;
    for (const [i, page] of pdf.pages.entries()) {
      if (pageMarks(pdf, page).mcids.length === 0) continue;
      tagged += 1;
      expect(untiedMarks(pdf, i), `page ${i + 1}`).toEqual([]);
    }
    // All but blank pages.
    expect(tagged).toBeGreaterThan(pdf.pages.length * 0.8);
  });

  test('reads as the publication: cover, colophon, contents, then each chapter under its heading', async () => {
    const { file, tree, template } = await exported();
    const document = structTree(file);
    const shown = tree.toc.filter((entry) => entry.level <= template.toc.depth);
    expect(document.type).toBe('Document');
    const [cover, colophon, contents, ...chapters] = document.children;
    expect(cover!.children[0]!.type).toBe('H1');
    expect(textOf(cover!.children[0]!).trim()).toBe(tree.cover.title);
    expect(words(textOf(colophon!))).toEqual(expect.arrayContaining(words(tree.colophon.facts.map((f) => `${f.label} ${f.value}`).join(' '))));
    expect(contents!.children.map((c) => c.type)).toEqual(['H1', 'TOC']);
    const entries = contents!.children[1]!.children;
    expect(entries.map((e) => e.type)).toEqual(shown.map(() => 'TOCI'));
    expect(entries.map((e) => words(textOf(e)).join(' '))).toEqual(
      shown.map((entry) => expect.stringContaining(words(`${entry.number ?? ''} ${entry.title}`).join(' '))),
    );
    expect(chapters.map((c) => c.type)).toEqual(tree.chapters.map(() => 'Sect'));
    for (const [i, chapter] of tree.chapters.entries()) {
      const heading = chapters[i]!.children[0]!;
      expect(heading.type).toBe('H1');
      expect(words(textOf(heading))).toEqual(words(`${chapter.label} ${chapter.title}`));
    }
  });

  test("holds every chapter's words in its elements, none lost or doubled, and in reading order", async () => {
    const { file, tree } = await exported();
    const chapters = structTree(file).children.slice(3);
    for (const [i, chapter] of tree.chapters.entries()) {
      const structure = textOf(chapters[i]!);
      const { missing, unexplained, strictMissing } = compareWithSource(structure, chapter, tree.labels.figure);
      expect(missing, chapter.title).toEqual({});
      expect(strictMissing, chapter.title).toEqual([]);
      // Never a running head or folio: those would be words the source does not explain.
      expect(unexplained, chapter.title).toEqual([]);
      expect(firstOutOfOrder(structure, chapter), chapter.title).toBeNull();
    }
  });

  test('sees the words apart where a line ends between them', async () => {
    const { file, tree } = await exported();
    const chapters = structTree(file).children.slice(3);
    for (const [i, chapter] of tree.chapters.entries()) {
      const paragraphs = descendants(chapters[i]!).filter((e) => e.type === 'P');
      const kinds = chapter.blocks.flatMap((b) => (b.type === 'box' ? b.items.map((item) => item.kindLabel) : []));
      const sourceWords = new Set(words([...sourceTexts(chapter), ...kinds, tree.labels.figure].join(' ')));
      // A word run into the next at a line end is a "word" the source does not have.
      const runTogether = paragraphs.flatMap((p) => words(textOf(p).replace(/(\p{L})-(\p{Ll})/gu, '$1$2'))).filter((w) => !sourceWords.has(w));
      expect(runTogether, chapter.title).toEqual([]);
    }
  });

  test('reads the hyphen a line break added as a soft hyphen, so the word it divides reads whole', async () => {
    const { file, tree } = await exported();
    const source = JSON.stringify(tree);
    const ownHyphens = (text: string): string[] => [...text.matchAll(/(\p{L}+)-\n?(\p{L}+)/gu)].map((m) => `${m[1]}-${m[2]}`);
    // PDF 1.7 14.8.2.2.3: in the structure only the source's own hyphens remain…
    expect(ownHyphens(textOf(structTree(file))).filter((word) => !source.includes(word))).toEqual([]);
    // …and the page text ends such a line in U+00AD.
    const raw = pdftotext(file, '-raw');
    expect(raw.match(/\p{L}\u00ad\n\p{Ll}/gu)?.length ?? 0).toBeGreaterThan(10);
    expect(ownHyphens(raw).filter((word) => !source.includes(word))).toEqual([]);
  });

  test('nests its headings without skipping a level', async () => {
    const { file } = await exported();
    const levels = descendants(structTree(file))
      .map((e) => /^H([1-6])$/u.exec(e.type))
      .filter((m) => m !== null)
      .map((m) => Number(m[1]));
    expect(levels.length).toBeGreaterThan(10);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i + 1}`).toBeLessThanOrEqual(1);
  });

  test('gives every figure its alternative text, every note a unique ID, every list its labelled items', async () => {
    const { file, tree } = await exported();
    const blocks = tree.chapters.flatMap(blocksOf);
    const pdf = qpdfFile(file);
    const figures = structElements(pdf).filter((e) => e.dict['/S'] === '/Figure');
    const expected = blocks.flatMap((b) => (b.type === 'figure' ? [b.altText.trim() || b.title] : []));
    expect(expected.length).toBeGreaterThan(2);
    expect(figures.map((f) => text(f.dict['/Alt']))).toEqual(expected);
    // Where each lies on its page (PDF 1.7 asks it of a figure on one page): inside the page.
    for (const figure of figures) {
      const [x1, y1, x2, y2] = pdf.dict(figure.dict['/A'])['/BBox'] as number[];
      const [, , width, height] = pdf.dict(figure.dict['/Pg'])['/MediaBox'] as number[];
      expect(0 <= x1! && x1! < x2! && x2! <= width! && 0 <= y1! && y1! < y2! && y2! <= height!, JSON.stringify([x1, y1, x2, y2])).toBe(true);
    }

    const all = descendants(structTree(file));
    const notes = all.filter((e) => e.type === 'Note');
    const references = blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.content.filter((c) => c.type === 'footnote') : []));
    expect(references.length).toBeGreaterThan(0);
    expect(notes.map((n) => n.id)).toEqual(references.map((r) => `note-${r.number}`));
    expect(notes.map((n) => textOf(n).trim())).toEqual(references.map((r) => expect.stringContaining(r.content.map((c) => c.text).join('').slice(0, 20))));

    const lists = all.filter((e) => e.type === 'L');
    const listBlocks = blocks.filter((b) => b.type === 'list');
    expect(lists.map((l) => l.children.length)).toEqual(listBlocks.map((l) => l.items.length));
    for (const item of lists.flatMap((l) => l.children)) expect(item.children.map((c: StructElement) => c.type)).toEqual(['Lbl', 'LBody']);

    // Each kader an article per material item, under a heading.
    const articles = all.filter((e) => e.type === 'Art');
    const items = blocks.flatMap((b) => (b.type === 'box' ? b.items : []));
    expect(articles.map((a) => a.children.find((c) => /^H[1-6]$/u.test(c.type))).map((h) => (h === undefined ? '' : textOf(h).trim()))).toEqual(items.map((item) => item.title));
  });
});

describe.each(['werkplaats-a4', 'bundel-a5'] as const)('the demo in %s, print edition', (templateId) => {
  test('is not tagged and claims no PDF/UA: it goes to the press', async () => {
    const { file } = await exportDemo(templateId, 'print');
    expect(pdfInfo(file).get('Tagged')).toBe('no');
    const pdf = qpdfFile(file);
    const catalog = pdf.dict(pdf.trailer['/Root']);
    expect(catalog['/StructTreeRoot']).toBeUndefined();
    const xmp = pdf.streamData(catalog['/Metadata']).toString('utf8');
    expect(xmp).toContain('GTS_PDFXVersion');
    expect(xmp).not.toContain('<pdfuaid:part>');
  });
});

describe.each(['werkplaats-a4', 'bundel-a5'] as const)('the demo in %s, screen edition: links', (templateId) => {
  test('are Link elements of the text they are over, each with a description, in structure tab order', async () => {
    const pdf = qpdfFile((await exportDemo(templateId, 'screen')).file);
    const tree = parentTree(pdf);
    let seen = 0;
    for (const [i, page] of pdf.pages.entries()) {
      const annots = (page['/Annots'] ?? []) as string[];
      if (annots.length === 0) continue;
      expect(page['/Tabs'], `page ${i + 1}`).toBe('/S');
      for (const ref of annots) {
        const annotation = pdf.dict(ref);
        expect(text(annotation['/Contents']).trim(), `page ${i + 1}`).not.toBe('');
        const link = pdf.dict(tree.get(annotation['/StructParent'] as number));
        expect(link['/S']).toBe('/Link');
        const objr = pdf.dict(link['/K']);
        expect(objr['/Type']).toBe('/OBJR');
        expect(objr['/Obj']).toBe(ref);
        expect(pdf.dict(link['/P'])['/S']).toMatch(/^\/(P|TOCI|Note|H[1-6])$/u);
        seen += 1;
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});
