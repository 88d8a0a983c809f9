// The layout audit over real content: the demo's chapters in both shipped
// templates, and chapters of the large generated project. Speed is printed,
// never asserted (DESIGN.md).
import { beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { PdfFonts } from '../../../../../main/export/pdf/fonts/index.js';
import { auditDetail } from '../../../../../main/export/notes.js';
import { flowChapter, flowContext, type FlowContext } from '../../../../../main/export/pdf/flow/index.js';
import { hyphenatorFor } from '../../../../../main/export/pdf/hyphenate/index.js';
import { loadTemplateFonts } from '../../../../../main/export/pdf/style/index.js';
import { loadTemplate } from '../../../../../main/export/template/index.js';
import { buildDocument, type DocumentTree } from '../../../../../main/export/tree/index.js';
import { demoProject } from '../../../../../main/demo/index.js';
import { generateProject } from '../../../../fixtures/large/index.js';

async function context(templateId: string, tree: DocumentTree): Promise<FlowContext> {
  const template = loadTemplate(templateId);
  return flowContext(template, await loadTemplateFonts(template), tree.labels, hyphenatorFor(tree.hyphenation), new PdfFonts(await PDFDocument.create()));
}

describe.each(['werkplaats-a4', 'bundel-a5'])('the demo in %s', (templateId) => {
  test('every chapter flows with a clean audit', async () => {
    const tree = buildDocument(demoProject());
    const ctx = await context(templateId, tree);
    for (const chapter of tree.chapters) {
      const { pages, audit } = flowChapter(chapter, ctx);
      expect(pages.length).toBeGreaterThan(0);
      expect(audit).toEqual([]);
    }
  });
});

// The whole project (40 chapters) takes several seconds under a loaded test
// run, so the audit reads the first chapters of it in each template.
const LARGE_CHAPTERS = 8;

describe('the large generated project', () => {
  let tree: DocumentTree;
  beforeAll(() => {
    tree = buildDocument(generateProject({ size: 'large' }));
  });

  test.each(['werkplaats-a4', 'bundel-a5'])('flows its first chapters with a clean audit in %s', async (templateId) => {
    const ctx = await context(templateId, tree);
    const started = performance.now();
    let pages = 0;
    const findings: string[] = [];
    for (const chapter of tree.chapters.slice(0, LARGE_CHAPTERS)) {
      const result = flowChapter(chapter, ctx);
      pages += result.pages.length;
      findings.push(...result.audit.map((f) => `${chapter.title} p${f.page} ${f.rule}: ${auditDetail('en', f)}`));
    }
    console.log(`${templateId}: ${LARGE_CHAPTERS} chapters, ${pages} pages in ${((performance.now() - started) / 1000).toFixed(2)} s (cold)`);
    expect(findings).toEqual([]);
  });
});
