// The demo exported as PDF in both templates and both editions, read back by
// independent tools: fonts, text, page boxes, structure, contents, bookmarks,
// links and metadata.
import { PDFDict, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { demoProject } from '../../../../main/demo/index.js';
import { pdffonts, pdfimages, qpdfCheck } from '../../../unit/export/pdf/poppler.js';
import { DEMO_CASES, exportDemo } from './demo-export.js';
import { bookmarks, layoutText, links, loadPdf, pageBoxes, pageTexts, pdfInfo } from './pdf-readers.js';
import { compareWithSource, firstOutOfOrder, words } from './source-words.js';

const MM = 72 / 25.4;
const TRIM = { 'werkplaats-a4': [210, 297], 'bundel-a5': [148, 210] } as const;

/**
 * A chapter's pages as one text: less the running head (the first line on every
 * page but the opening one) and the folio (the last line), with a word
 * hyphenated across a page break joined again.
 */
function chapterText(pages: readonly string[], placed: { firstPage: number; pageCount: number }): string {
  return pages
    .slice(placed.firstPage - 1, placed.firstPage - 1 + placed.pageCount)
    .map((page, i) => {
      const lines = page.split('\n').filter((line) => line.trim() !== '');
      if (/^\d+$/u.test(lines[lines.length - 1]?.trim() ?? '')) lines.pop();
      return (i === 0 ? lines : lines.slice(1)).join('\n');
    })
    .join('\n')
    .replace(/(\p{L})[-\u00ad]\n(\p{Ll})/gu, '$1$2');
}

describe.each(DEMO_CASES)('the demo in %s, %s edition', (templateId, edition) => {
  const exported = () => exportDemo(templateId, edition);

  test('embeds every font, as a subset', async () => {
    const fonts = pdffonts((await exported()).file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect((await exported()).report.fonts.every((f) => f.embedded && f.subset)).toBe(true);
  });

  test('passes qpdf --check', async () => {
    const { status, output } = qpdfCheck((await exported()).file);
    expect(output).toContain('No syntax or stream encoding errors');
    expect(status).toBe(0);
  });

  test('has the page boxes of its edition', async () => {
    const [width, height] = TRIM[templateId];
    const boxes = pageBoxes((await exported()).file);
    const size = (b: { x1: number; y1: number; x2: number; y2: number }) => [b.x2 - b.x1, b.y2 - b.y1];
    for (const page of boxes) {
      if (edition === 'screen') {
        expect(size(page.get('MediaBox')!)[0]).toBeCloseTo(width * MM, 1);
        expect(size(page.get('MediaBox')!)[1]).toBeCloseTo(height * MM, 1);
        continue;
      }
      const trim = page.get('TrimBox')!;
      const bleed = page.get('BleedBox')!;
      const media = page.get('MediaBox')!;
      expect(size(trim)[0]).toBeCloseTo(width * MM, 1);
      expect(size(trim)[1]).toBeCloseTo(height * MM, 1);
      for (const [b, t] of [[bleed.x1, trim.x1], [bleed.y1, trim.y1]] as const) expect(t - b).toBeCloseTo(3 * MM, 1);
      for (const [b, t] of [[bleed.x2, trim.x2], [bleed.y2, trim.y2]] as const) expect(b - t).toBeCloseTo(3 * MM, 1);
      // Room for the crop marks outside the bleed.
      expect(bleed.x1 - media.x1).toBeGreaterThan(5 * MM);
      expect(media.y2 - bleed.y2).toBeGreaterThan(5 * MM);
    }
  });

  test("shows every chapter's words, none lost or doubled, diacritics whole", async () => {
    const { file, report, tree } = await exported();
    const pages = pageTexts(file);
    expect(pages.join('')).not.toMatch(/[\uFFFD\p{M}]/u);
    for (const placed of report.chapters) {
      const chapter = tree.chapters.find((c) => c.id === placed.chapterId)!;
      const { missing, unexplained, strictMissing } = compareWithSource(chapterText(pages, placed), chapter, tree.labels.figure);
      expect(missing, chapter.title).toEqual({});
      expect(unexplained, chapter.title).toEqual([]);
      // Where the hyphenation's rule drops a diaeresis at a line end (co-ordinatie), the text still reads coördinatie.
      expect(strictMissing, chapter.title).toEqual([]);
    }
  });

  test('sets the chapters in reading order', async () => {
    const { file, report, tree } = await exported();
    const pages = pageTexts(file);
    for (const placed of report.chapters) {
      const chapter = tree.chapters.find((c) => c.id === placed.chapterId)!;
      expect(firstOutOfOrder(chapterText(pages, placed), chapter), chapter.title).toBeNull();
    }
  });

  test("numbers the contents with the page each chapter starts on", async () => {
    const { file, report, tree, template } = await exported();
    const pages = pageTexts(file);
    const tocText = report.tocPages.map((n) => layoutText(file, n)).join('\n');
    expect(tocText).toContain(tree.labels.contents);
    const chapters = tree.toc.filter((e) => e.level === 1);
    const firstTocPage = report.tocPages[0]!;
    const afterToc = report.tocPages[report.tocPages.length - 1]!;
    for (const entry of chapters) {
      // The page that opens with the chapter's label and title, found in the text and not the report.
      const title = words(entry.title).join(' ');
      const startsOn = pages.findIndex((page, i) => i >= afterToc && words(page).slice(0, 20).join(' ').includes(title)) + 1;
      const tocLine = tocText.split('\n').find((line) => line.replace(/\s+\d+\s*$/u, '').trim().endsWith(entry.title));
      expect(tocLine, entry.title).toBeDefined();
      expect(Number(/(\d+)\s*$/u.exec(tocLine!)?.[1]), entry.title).toBe(startsOn);
      if (template.page.chapterStart === 'rightPage') expect(startsOn % 2, entry.title).toBe(1);
    }
    expect(firstTocPage).toBeGreaterThan(1);
  });

  test('links each contents entry to its page (screen), and has one bookmark per chapter', async () => {
    const { file, report, tree, template } = await exported();
    const doc = await loadPdf(file);
    const marks = bookmarks(doc);
    expect(marks.map((m) => m.page)).toEqual(report.chapters.map((c) => c.firstPage));
    expect(marks.length).toBe(tree.chapters.length);
    const sections = tree.toc.filter((e) => e.level === 2).length;
    expect(marks.reduce((sum, m) => sum + m.children.length, 0)).toBe(sections);

    // PDF/X allows no annotations on the printed area: the print edition has bookmarks, no links.
    if (edition === 'print') {
      expect(links(doc)).toEqual([]);
      return;
    }
    const tocLinks = links(doc).filter((l) => report.tocPages.includes(l.page));
    const shown = tree.toc.filter((e) => e.level <= template.toc.depth);
    expect(tocLinks.length).toBe(shown.length);
    const chapterLinks = tocLinks.filter((_, i) => shown[i]!.level === 1).map((l) => l.destPage);
    expect(chapterLinks).toEqual(report.chapters.map((c) => c.firstPage));
  });

  test('carries title, authors, subject, keywords, creator and language', async () => {
    const { file, tree } = await exported();
    const info = pdfInfo(file);
    expect(info.get('Title')).toContain(tree.meta.title);
    expect(info.get('Author')).toBe(tree.meta.authors.join(', '));
    expect(info.get('Subject')).toBe(tree.meta.description);
    expect(info.get('Creator')).toBe('Bundel');
    if (tree.meta.keywords.length > 0) expect(info.get('Keywords')).toContain(tree.meta.keywords[0]);
    const doc = await loadPdf(file);
    expect(doc.catalog.get((await import('pdf-lib')).PDFName.of('Lang'))?.toString()).toBe(`(${tree.meta.language})`);
  });

  test('paints its SVG pictures as vectors, each once, in the colours its pages declare: its only image is the map', async () => {
    const { file } = await exported();
    const doc = await loadPdf(file);
    const forms = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'))
      // A translucent group inside a picture is a form of its own, drawn by the picture's.
      .filter((form) => !form.dict.has(PDFName.of('Group')));
    expect(forms).toHaveLength(demoProject().images.filter((image) => image.mime === 'image/svg+xml').length);
    for (const form of forms) {
      const spaces = form.dict.lookup(PDFName.of('Resources'), PDFDict).lookupMaybe(PDFName.of('ColorSpace'), PDFDict);
      expect(spaces?.has(PDFName.of('DefaultRGB')) ?? false).toBe(edition === 'print');
    }
    expect(pdfimages(file).filter((row) => row.type === 'image')).toHaveLength(1);
  });

  test('reports a clean layout, and for print what it leaves to the printer', async () => {
    const { report } = await exported();
    expect(report.audit).toEqual([]);
    expect(report.missingGlyphs).toEqual([]);
    expect(report.unresolvedLinks).toEqual([]);
    expect(report.colophonOverflows).toBe(false);
    if (edition === 'print') {
      // The demo's pictures are opaque and its charts solid; its templates print the body text in black alone.
      expect(report.notPdfX).toEqual(['rgb']);
      for (const image of report.lowResolutionImages) {
        expect(image.dpi).toBeLessThan(300);
        expect(image.figure).toBeGreaterThan(0);
      }
    } else {
      expect(report.notPdfX).toEqual([]);
      expect(report.lowResolutionImages).toEqual([]);
    }
  });
});
