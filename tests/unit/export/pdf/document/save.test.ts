// Saving the screen edition with its small objects in compressed object
// streams: the file reads the same to poppler and qpdf, and is a fraction of
// the print edition's classic form when it holds thousands of small objects
// (a tagged book's structure).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { expect, test } from 'vitest';
import { saveEdition } from '../../../../../main/export/pdf/document/save.js';
import { artifactPath } from '../fixtures.js';
import { pdftotext, qpdfCheck } from '../poppler.js';

async function bookLike(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= 20; p++) doc.addPage([300, 400]).drawText(`Bladzijde ${p}: samenspel`, { x: 20, y: 360, size: 12, font });
  // Thousands of small dictionaries pointing at each other, as structure elements do.
  const { context } = doc;
  let parent = context.nextRef();
  context.assign(parent, context.obj({ S: 'Document' }));
  const root = parent;
  for (let i = 0; i < 3000; i++) {
    const ref = context.register(context.obj({ S: 'P', P: parent, K: [i % 40] }));
    if (i % 100 === 0) parent = ref;
  }
  doc.catalog.set(PDFName.of('StructTreeRoot'), context.obj({ Type: 'StructTreeRoot', K: root }));
  doc.setTitle('Samenspel');
  return doc;
}

test('reads back whole in qpdf and poppler, its small objects packed and a fraction of the classic size', async () => {
  const compact = await saveEdition(await bookLike(), 'screen');
  const classic = await saveEdition(await bookLike(), 'print');
  const file = artifactPath('save-compressed.pdf');
  writeFileSync(file, compact);

  expect(qpdfCheck(file).status).toBe(0);
  expect(pdftotext(file, '-f', '20', '-l', '20')).toContain('Bladzijde 20: samenspel');
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Title:\s+Samenspel/u);
  const xref = execFileSync('qpdf', ['--show-xref', file], { encoding: 'utf8' }).split('\n');
  expect(xref.filter((line) => line.includes('compressed')).length).toBeGreaterThan(3000);
  expect(compact.length).toBeLessThan(classic.length / 3);
  // The print edition keeps the classic table every RIP reads.
  expect(Buffer.from(classic).toString('latin1')).toMatch(/\nxref\n0 \d+\n/u);
});
