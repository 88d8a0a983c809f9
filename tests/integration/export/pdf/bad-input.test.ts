// The PDF export on content it cannot set as written, and its controls:
// characters no font has, links inside and out, progress and cancelling.
import { writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { demoProject } from '../../../../main/demo/index.js';
import { exportPdf } from '../../../../main/export/pdf/index.js';
import { loadTemplate } from '../../../../main/export/template/index.js';
import { buildDocument, type Block, type DocumentTree } from '../../../../main/export/tree/index.js';
import { UserError } from '../../../../main/model/index.js';
import { artifactPath } from '../../../unit/export/pdf/fixtures.js';
import { links, loadPdf, pageTexts } from './pdf-readers.js';

const template = loadTemplate('werkplaats-a4');

/** The demo's first two chapters, the first opening with a paragraph of our own. */
function treeWith(paragraph: Block): DocumentTree {
  const tree = buildDocument(demoProject());
  const [first, second] = tree.chapters;
  const chapters = [{ ...first!, blocks: [paragraph, ...first!.blocks] }, second!];
  return { ...tree, chapters, toc: tree.toc.filter((e) => chapters.some((c) => c.id === e.chapterId)) };
}

const text = (value: string, link: string | null = null) => ({ type: 'text' as const, text: value, em: false, strong: false, link, threadIds: [] });

describe('content no font can set', () => {
  test('is replaced by a visible mark and reported with its chapter and context, never a crash', async () => {
    const tree = treeWith({ type: 'paragraph', content: [text('Een feestje 🎉 met de buren en een groet: مرحبا بكم، tot slot.')] });
    const { bytes, report } = await exportPdf(tree, template, { edition: 'screen' });
    const file = artifactPath('bad-input.pdf');
    writeFileSync(file, bytes);
    const chapter = tree.chapters[0]!;
    expect(report.missingGlyphs).toEqual([
      expect.objectContaining({ chapterId: chapter.id, where: { kind: 'chapter', title: chapter.title }, characters: expect.stringContaining('🎉') as string }),
    ]);
    expect(report.missingGlyphs[0]!.context).toContain('Een feestje');
    expect(pageTexts(file).join(' ')).toMatch(/Een feestje \? met de buren/u);
  });
});

describe('an empty publication', () => {
  test('still gives a cover and a colophon, with no contents and no bookmarks', async () => {
    const tree = { ...buildDocument(demoProject()), chapters: [], toc: [] };
    const { bytes, report } = await exportPdf(tree, loadTemplate('bundel-a5'), { edition: 'print' });
    expect(report.pageCount).toBe(2);
    expect(report.tocPages).toEqual([]);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
  });
});

describe('links in the text', () => {
  test('go to the anchor inside the publication, or to the web', async () => {
    const tree = treeWith({
      type: 'paragraph',
      content: [text('Lees verder in '), text('het volgende hoofdstuk', `#${buildDocument(demoProject()).chapters[1]!.anchor}`), text(' of op '), text('de website (archief)', 'https://example.org/bundel_(2026)?a=ë'), text('.')],
    });
    const { bytes, report } = await exportPdf(tree, template, { edition: 'screen' });
    const file = artifactPath('links.pdf');
    writeFileSync(file, bytes);
    const all = links(await loadPdf(file));
    const opening = report.chapters[0]!.firstPage;
    const fromText = all.filter((l) => l.page === opening);
    expect(fromText.map((l) => l.destPage)).toContain(report.chapters[1]!.firstPage);
    expect(fromText.map((l) => l.uri)).toContain('https://example.org/bundel_%282026%29?a=%C3%AB');
    expect(report.unresolvedLinks).toEqual([]);
  });

  test('to an anchor that is not in the publication are reported and left unlinked', async () => {
    const tree = treeWith({ type: 'paragraph', content: [text('Zie '), text('elders', '#bestaat-niet'), text('.')] });
    const { report } = await exportPdf(tree, template, { edition: 'screen' });
    expect(report.unresolvedLinks).toEqual(['#bestaat-niet']);
  });
});

describe('progress and cancelling', () => {
  test('reports progress per chapter, then the written file', async () => {
    const tree = treeWith({ type: 'paragraph', content: [text('Kort.')] });
    const calls: [number, number][] = [];
    await exportPdf(tree, template, { edition: 'print', onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
  });

  test('stops with exportCancelled when aborted', async () => {
    const tree = treeWith({ type: 'paragraph', content: [text('Kort.')] });
    const controller = new AbortController();
    const running = exportPdf(tree, template, {
      edition: 'screen',
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    });
    await expect(running).rejects.toBeInstanceOf(UserError);
    await expect(running).rejects.toMatchObject({ code: 'exportCancelled' });
  });
});
