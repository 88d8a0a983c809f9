// Writes flowed pages into a PDF the size of the template's page, the text
// area at its margins: what the tests read back with poppler and look at.
import { writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { mmToPoints, type FlowContext, type FlowPage } from '../../../../../main/export/pdf/flow/index.js';
import { PaintResources, paintFlowPage, writeLines } from '../../../../../main/export/pdf/paint/index.js';

export async function writeFlowPdf(pages: readonly FlowPage[], ctx: FlowContext, file: string): Promise<void> {
  const { page: size } = ctx.template;
  const doc = await PDFDocument.create();
  const resources = new PaintResources(doc, ctx.fonts.family('Source Sans 3'), undefined, (name) => ctx.fonts.family(name));
  for (const [i, flow] of pages.entries()) {
    const pdfPage = doc.addPage([mmToPoints(size.width), mmToPoints(size.height)]);
    // Recto pages have the inner margin on the left.
    const left = i % 2 === 0 ? size.margins.inner : size.margins.outer;
    await paintFlowPage(pdfPage, writeLines(flow, resources.fonts), { x: mmToPoints(left), y: mmToPoints(size.height - size.margins.top) }, resources);
  }
  await resources.fonts.write();
  writeFileSync(file, await doc.save());
}
