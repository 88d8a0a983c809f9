// Writes flowed pages into a PDF the size of the template's page, the text
// area at its margins: what the tests read back with poppler and look at. The
// pages' lines are written in `ctx.pdfFonts`, which must be `doc`'s.
import { writeFileSync } from 'node:fs';
import type { PDFDocument } from 'pdf-lib';
import { mmToPoints, type FlowContext, type FlowPage } from '../../../../../main/export/pdf/flow/index.js';
import { PaintResources, paintFlowPage } from '../../../../../main/export/pdf/paint/index.js';

export async function writeFlowPdf(pages: readonly FlowPage[], ctx: FlowContext, doc: PDFDocument, file: string): Promise<void> {
  const { page: size } = ctx.template;
  const resources = new PaintResources(doc, ctx.fonts.family('Source Sans 3'), ctx.pdfFonts, (name) => ctx.fonts.family(name));
  for (const [i, flow] of pages.entries()) {
    const pdfPage = doc.addPage([mmToPoints(size.width), mmToPoints(size.height)]);
    // Recto pages have the inner margin on the left.
    const left = i % 2 === 0 ? size.margins.inner : size.margins.outer;
    await paintFlowPage(pdfPage, flow, { x: mmToPoints(left), y: mmToPoints(size.height - size.margins.top) }, resources);
  }
  await resources.fonts.write();
  writeFileSync(file, await doc.save());
}
