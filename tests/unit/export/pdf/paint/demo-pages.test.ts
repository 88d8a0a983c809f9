// Demo chapters flowed and painted, read back by poppler and rendered to look at.
import { beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { PdfFonts } from '../../../../../main/export/pdf/fonts/index.js';
import { flowChapter, flowContext, type FlowPage } from '../../../../../main/export/pdf/flow/index.js';
import { hyphenatorFor } from '../../../../../main/export/pdf/hyphenate/index.js';
import { loadTemplateFonts } from '../../../../../main/export/pdf/style/index.js';
import { loadTemplate } from '../../../../../main/export/template/index.js';
import { buildDocument } from '../../../../../main/export/tree/index.js';
import { demoProject } from '../../../../../main/demo/index.js';
import { artifactPath } from '../fixtures.js';
import { pdffonts, pdftotext, qpdfCheck } from '../poppler.js';
import { execFileSync } from 'node:child_process';
import { writeFlowPdf } from './write-flow.js';

describe.each(['werkplaats-a4', 'bundel-a5'])('demo chapters painted with %s', (templateId) => {
  const file = artifactPath(`flow-${templateId}.pdf`);
  let pages: FlowPage[] = [];

  beforeAll(async () => {
    const tree = buildDocument(demoProject());
    const template = loadTemplate(templateId);
    const doc = await PDFDocument.create();
    const ctx = flowContext(template, await loadTemplateFonts(template), tree.labels, hyphenatorFor(tree.hyphenation), new PdfFonts(doc));
    pages = tree.chapters.slice(1, 5).flatMap((chapter) => flowChapter(chapter, ctx).pages);
    await writeFlowPdf(pages, ctx, doc, file);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, artifactPath(`flow-${templateId}`)]);
  });

  test('qpdf finds the file sound', () => {
    expect(qpdfCheck(file).status).toBe(0);
  });

  test('embeds every font, subset', () => {
    const fonts = pdffonts(file);
    expect(fonts.length).toBeGreaterThan(2);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  test('the text reads back', () => {
    const text = pdftotext(file);
    expect(text).toContain('HOOFDSTUK');
    expect(text).toMatch(/Figuur \d+\./u);
  });
});
